package id.sakip.budget.score;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static id.sakip.budget.common.Numbers.round2;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

/** IKPA recomputed from the seed's components and schemes; expected figures from Tabel III.23-III.26. */
class IkpaCalculatorTest {

    @ParameterizedTest(name = "{0}: total {1}, weights {2}, final {3}")
    @CsvSource({
            // year, weighted total, weight points that apply, final score
            "2021, 94.40,  95, 99.36",
            "2022, 93.07, 100, 93.07",
            "2023, 95.69, 100, 95.69",
            "2024, 85.91, 100, 85.91",
    })
    void finalScoreIsTheWeightedMeanOverTheComponentsThatApply(int year, String total, String weights, String fin) {
        IkpaCalculator.Result r = SeedSchemes.ikpa(year);
        assertEquals(new BigDecimal(total), round2(r.total()));
        assertEquals(0, new BigDecimal(weights).compareTo(r.applicableWeight()));
        assertEquals(new BigDecimal(fin), round2(r.finalScore()));
    }

    @Test
    void renkasWeighsNothingIn2021SoItDoesNotApply() {
        IkpaCalculator.Result r = SeedSchemes.ikpa(2021);
        assertFalse(r.applied().contains("RENKAS"));
        assertEquals(12, r.applied().size());
    }

    @ParameterizedTest(name = "{0} {1} = {2}")
    @CsvSource({
            "2021, PLANNING_CONFORMITY, 97.64",
            "2021, COMPLIANCE,         100.00",
            "2021, EFFICIENCY,          95.00",
            "2022, PLANNING_QUALITY,    90.61",
            "2022, EXECUTION_QUALITY,   93.63",
            "2023, PLANNING_QUALITY,    84.91",
            "2023, EXECUTION_QUALITY,   97.93",
            "2024, PLANNING_QUALITY,    93.60",
            "2024, EXECUTION_QUALITY,   95.23",
            "2024, RESULT_QUALITY,      65.00",
    })
    void aspectsAreTheMeanOfTheirComponents(int year, String aspect, String expected) {
        assertEquals(new BigDecimal(expected), round2(SeedSchemes.ikpa(year).aspects().get(aspect)));
    }

    @ParameterizedTest(name = "2024 {0} weighted {1}")
    @CsvSource({
            // Tabel III.28 prints 16.38 for PENYERAPAN; 84.90 × 20% is 16.98 (Tabel III.26 prints that)
            "REVISI_DIPA, 10.00", "DEVIASI_HAL3, 13.08", "PENYERAPAN, 16.98", "KONTRAKTUAL, 9.60",
            "TAGIHAN, 10.00", "UP_TUP, 10.00", "CAPAIAN_OUTPUT, 16.25",
    })
    void weightedValuesOf2024(String key, String expected) {
        assertEquals(new BigDecimal(expected), round2(SeedSchemes.ikpa(2024).weighted().get(key)));
    }

    @Test
    void reducersAreDeductedUpToTheirMaximum() {
        List<IkpaCalculator.Weight> weights = List.of(new IkpaCalculator.Weight("A", "X", new BigDecimal("100")));
        List<IkpaCalculator.Reducer> reducers = List.of(new IkpaCalculator.Reducer("R", BigDecimal.ONE));
        IkpaCalculator.Result r = IkpaCalculator.compute(weights, Map.of("A", new BigDecimal("90")), reducers,
                Map.of("R", new BigDecimal("2.5")));
        assertEquals(new BigDecimal("89.00"), round2(r.finalScore()));
    }

    @Test
    void noApplyingComponentGivesNoScore() {
        IkpaCalculator.Result r = IkpaCalculator.compute(
                List.of(new IkpaCalculator.Weight("A", "X", BigDecimal.TEN)), Map.of(), List.of(), Map.of());
        assertNull(r.finalScore());
    }
}
