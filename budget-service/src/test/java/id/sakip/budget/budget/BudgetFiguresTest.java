package id.sakip.budget.budget;

import id.sakip.budget.budget.dto.BudgetData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.List;

import static id.sakip.budget.common.Numbers.round2;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Absorption and breakdown sums with the figures of Tabel III.16 and III.17. */
class BudgetFiguresTest {

    /** Tabel III.16 (2024 by activity objective and indicator). */
    private static final List<BudgetData.Line> BY_INDICATOR_2024 = List.of(
            new BudgetData.Line("SK1", "IKK-1.1", 881_367_000L, 870_585_957L),
            new BudgetData.Line("SK1", "IKK-1.2", 1_407_870_000L, 1_226_547_847L),
            new BudgetData.Line("SK2", "IKK-2.1", 1_583_171_000L, 1_576_402_608L),
            new BudgetData.Line("SK3", "IKK-3.1", 70_482_000L, 54_159_317L),
            new BudgetData.Line("SK3", "IKK-3.2", 22_912_948_000L, 22_319_092_506L));

    @ParameterizedTest(name = "{0}: {1} of {2} = {3}")
    @CsvSource({
            // Tabel III.17 totals; the report prints 93,32 for 2022 where its own figures give 92,74
            "2021 total,           8286517517,  9055941000, 91.50",
            "2022 total,          10224811187, 11025531000, 92.74",
            "2023 total,          17906369834, 18588427000, 96.33",
            "2024 total,          26046788234, 26855838000, 96.99",
            "2024 personnel (51),  4537210192,  4636514000, 97.86",
            "2024 goods (52),      7187813791,  7630946000, 94.19",
            "2024 capital (53),   14321764251, 14588378000, 98.17",
            "2024 IKK-1.1,           870585957,    881367000, 98.78",
            "2024 IKK-1.2,          1226547847,   1407870000, 87.12",
            "2024 IKK-2.1,          1576402608,   1583171000, 99.57",
            "2024 IKK-3.1,            54159317,     70482000, 76.84",
            "2024 IKK-3.2,         22319092506,  22912948000, 97.41",
    })
    void absorptionIsSpendingOverCeiling(String what, long realization, long ceiling, String expected) {
        assertEquals(new BigDecimal(expected), round2(BudgetFigures.absorption(realization, ceiling)));
    }

    @Test
    void absorptionIsUnknownWithoutSpendingOrCeiling() {
        assertNull(BudgetFigures.absorption(null, 10L));
        assertNull(BudgetFigures.absorption(10L, 0L));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({"SK1, 91.61, 2289237000", "SK2, 99.57, 1583171000", "SK3, 97.35, 22983430000"})
    void objectivesAreDerivedFromTheirIndicators(String objective, String absorption, long ceiling) {
        BudgetFigures.ObjectiveTotal total = BudgetFigures.byObjective(BY_INDICATOR_2024).stream()
                .filter(o -> o.objective().equals(objective)).findFirst().orElseThrow();
        assertEquals(ceiling, total.ceiling());
        assertEquals(new BigDecimal(absorption), round2(total.absorption()));
    }

    @Test
    void theIndicatorTableSumsToOneRupiahMoreThanTheTotal() {
        BudgetFigures.Sum sum = BudgetFigures.sum("byIndicator", "realization",
                BY_INDICATOR_2024.stream().map(BudgetData.Line::realization).toList(), 26_046_788_234L);
        assertEquals(26_046_788_235L, sum.sum());
        assertEquals(1L, sum.difference());
        BudgetFigures.Sum ceilings = BudgetFigures.sum("byIndicator", "ceiling",
                BY_INDICATOR_2024.stream().map(BudgetData.Line::ceiling).toList(), 26_855_838_000L);
        assertEquals(0L, ceilings.difference());
    }
}
