package id.sakip.budget.score;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static id.sakip.budget.common.Numbers.round2;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** SMART 2021-2023 (Tabel III.22) from the seed's components and the SMART-2021 scheme. */
class SmartCalculatorTest {

    @ParameterizedTest(name = "{0}: efficiency score {1}, score {2}")
    @CsvSource({
            // the report prints the efficiency scores 64.84 / 61.99 / 100 (E rounded by the source application)
            "2021,  64.85, 78.36",
            "2022,  62.00, 88.18",
            "2023, 100.00, 98.36",
    })
    void reproducesTheReportedScores(int year, String efficiencyScore, String score) {
        SmartCalculator.Result r = SeedSchemes.smart(year);
        assertEquals(new BigDecimal(efficiencyScore), round2(r.values().get("NILAI_EFISIENSI")));
        assertEquals(new BigDecimal(score), round2(r.score()));
    }

    @ParameterizedTest(name = "E = {0} gives {1}")
    @CsvSource({"-25, 0.00", "-20, 0.00", "0, 50.00", "5.94, 64.85", "20, 100.00", "31, 100.00"})
    void efficiencyIsClampedToPlusMinusTwenty(String e, String expected) {
        ClampFormula f = ClampFormula.parse("50 + (clamp(E,-20,20)/20)*50").orElseThrow();
        assertEquals(new BigDecimal(expected), round2(f.apply(new BigDecimal(e))));
    }

    @Test
    void unsupportedFormulasAreRejected() {
        assertTrue(ClampFormula.parse("E * 2").isEmpty());
        assertTrue(ClampFormula.parse("50 + (clamp(E,20,-20)/20)*50").isEmpty());
        assertTrue(ClampFormula.parse("50 + (clamp(E,-20,20)/0)*50").isEmpty());
    }

    @Test
    void aMissingComponentLeavesTheScoreUnknown() {
        SmartCalculator.Result r = SmartCalculator.compute(
                List.of(new SmartCalculator.Weight("A", BigDecimal.TEN), new SmartCalculator.Weight("B", BigDecimal.TEN)),
                List.of(), Map.of("A", BigDecimal.ONE));
        assertNull(r.score());
    }
}
