package id.sakip.indicators.achievement;

import id.sakip.indicators.plan.IndicatorKind;
import id.sakip.indicators.plan.Polarity;
import id.sakip.indicators.plan.YearAggregation;
import id.sakip.indicators.plan.LowerIsBetterFormula;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static id.sakip.indicators.achievement.AchievementCalculator.present;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Figures from the LKjIP 2024 of Kanim Tanjungpinang (Tabel III.1 and the comparisons of Bab III). */
class AchievementCalculatorTest {

    private static final IndicatorRule RATIO_SUM = IndicatorRule.of(IndicatorKind.RATIO, Polarity.HIGHER_IS_BETTER,
            YearAggregation.SUM);
    private static final IndicatorRule INDEX_LAST = IndicatorRule.of(IndicatorKind.VALUE, Polarity.HIGHER_IS_BETTER,
            YearAggregation.LAST);

    private static BigDecimal d(String s) {
        return s == null || s.isEmpty() ? null : new BigDecimal(s);
    }

    @ParameterizedTest(name = "{0}: {1}/{2} against {3} → realization {4}, achievement {5}")
    @CsvSource({
            // indicator, numerator, denominator, target, realization, achievement
            "IKK-1.1, 1, 1, 90, 100.00, 111.11",
            "IKK-1.2, 72, 72, 90, 100.00, 111.11",
            "IKK-2.1, 28334, 28334, 90, 100.00, 111.11",
            "IKK-3.1, 114, 114, 100, 100.00, 100.00",
            "half done, 1, 2, 90, 50.00, 55.56",
            "one third, 1, 3, 100, 33.33, 33.33",
            "two thirds rounds up, 2, 3, 100, 66.67, 66.67",
    })
    void ratioAchievementIsRealizationOverTarget(String name, long num, long den, String target, String realization,
                                                 String achievement) {
        Measure m = AchievementCalculator.year(RATIO_SUM, d(target), List.of(PeriodEntry.ratio("FY", num, den)));
        assertTrue(m.applicable(), name);
        assertEquals(d(realization), present(m.realization()), name);
        assertEquals(d(achievement), present(m.achievement()), name);
    }

    @Test
    void indexAchievementUsesTheLastQuarter() {
        List<PeriodEntry> entries = List.of(PeriodEntry.value("Q1", "3.50"), PeriodEntry.value("Q2", "3.80"),
                PeriodEntry.value("Q4", "3.96"), PeriodEntry.value("Q3", "3.90"));
        Measure m = AchievementCalculator.year(INDEX_LAST, d("3.1"), entries);
        assertEquals(d("3.96"), present(m.realization()));
        assertEquals(d("127.74"), present(m.achievement()));
    }

    @Test
    void averageAggregationTakesTheMeanOfValues() {
        IndicatorRule rule = IndicatorRule.of(IndicatorKind.VALUE, Polarity.HIGHER_IS_BETTER, YearAggregation.AVERAGE);
        Measure m = AchievementCalculator.year(rule, d("4"), List.of(PeriodEntry.value("Q1", "3"),
                PeriodEntry.value("Q2", "4"), PeriodEntry.value("Q3", "4")));
        assertEquals(d("3.67"), present(m.value()));
        assertEquals(d("91.67"), present(m.achievement()));
    }

    @Test
    void sumAggregationAddsNumeratorsAndDenominators() {
        List<PeriodEntry> rb = List.of(PeriodEntry.ratio("Q1", 32, 32), PeriodEntry.ratio("Q2", 29, 29),
                PeriodEntry.ratio("Q3", 25, 25), PeriodEntry.ratio("Q4", 28, 28));
        Measure m = AchievementCalculator.year(RATIO_SUM, d("100"), rb);
        assertEquals(d("114"), m.numerator());
        assertEquals(d("114"), m.denominator());
        assertEquals(d("100.00"), present(m.achievement()));
    }

    @Test
    void sumOfUnevenQuartersIsNotTheMeanOfQuarterRatios() {
        Measure m = AchievementCalculator.year(RATIO_SUM, d("100"),
                List.of(PeriodEntry.ratio("Q1", 1, 1), PeriodEntry.ratio("Q2", 1, 3)));
        assertEquals(d("50.00"), present(m.realization()));
    }

    @Test
    void achievementIsNotApplicableWhenNothingWasHandled() {
        Measure m = AchievementCalculator.year(RATIO_SUM, d("90"), List.of(PeriodEntry.ratio("FY", 0, 0)));
        assertFalse(m.applicable());
        assertNull(m.realization());
        assertNull(m.achievement());
        assertEquals(AchievementCalculator.ZERO_DENOMINATOR, m.reason());
    }

    @Test
    void proYustisiaYearToDateIsNotApplicableUntilTheFirstCase() {
        List<PeriodEntry> entries = List.of(PeriodEntry.ratio("Q1", 0, 0), PeriodEntry.ratio("Q2", 0, 0),
                PeriodEntry.ratio("Q3", 1, 1), PeriodEntry.ratio("Q4", 0, 0));
        List<Measure> ytd = AchievementCalculator.yearToDate(RATIO_SUM, d("90"), entries);
        assertEquals(4, ytd.size());
        assertFalse(ytd.get(0).applicable());
        assertFalse(ytd.get(1).applicable());
        assertEquals(d("100.00"), present(ytd.get(2).realization()));
        assertEquals(d("111.11"), present(ytd.get(2).achievement()));
        assertEquals(d("100.00"), present(ytd.get(3).realization()));
        assertEquals(d("111.11"), present(ytd.get(3).achievement()));
    }

    @Test
    void yearToDateIsEmptyForAFullYearEntry() {
        assertTrue(AchievementCalculator.yearToDate(RATIO_SUM, d("90"),
                List.of(PeriodEntry.ratio("FY", 72, 72))).isEmpty());
    }

    @Test
    void noEntriesMeansNotApplicable() {
        Measure m = AchievementCalculator.year(RATIO_SUM, d("90"), List.of());
        assertFalse(m.applicable());
        assertEquals(AchievementCalculator.NO_ENTRY, m.reason());
    }

    @Test
    void missingTargetKeepsTheRealizationButHasNoAchievement() {
        Measure m = AchievementCalculator.year(RATIO_SUM, null, List.of(PeriodEntry.ratio("FY", 27, 27)));
        assertTrue(m.applicable());
        assertEquals(d("100.00"), present(m.realization()));
        assertNull(m.achievement());
        assertEquals(AchievementCalculator.NO_TARGET, m.reason());
    }

    @ParameterizedTest(name = "lower is better {0}: target {1}, realization {2} → {3}")
    @CsvSource({
            "DIFFERENCE, 10, 5, 150.00",
            "DIFFERENCE, 10, 10, 100.00",
            "DIFFERENCE, 10, 15, 50.00",
            "DIFFERENCE, 10, 25, 0.00",
            "DIFFERENCE, 0, 5, ",
            "INVERSE, 10, 5, 200.00",
            "INVERSE, 10, 20, 50.00",
            "INVERSE, 3, 7, 42.86",
            "INVERSE, 10, 0, ",
    })
    void lowerIsBetterAchievement(LowerIsBetterFormula formula, String target, String realization, String expected) {
        IndicatorRule rule = new IndicatorRule(IndicatorKind.VALUE, Polarity.LOWER_IS_BETTER, YearAggregation.LAST,
                formula);
        AchievementCalculator.Outcome o = AchievementCalculator.achievement(rule, d(target), d(realization));
        assertEquals(d(expected), present(o.value()));
        if (expected == null) {
            assertTrue(o.reason() != null);
        }
    }

    @Test
    void higherIsBetterWithZeroTargetIsNotComputable() {
        AchievementCalculator.Outcome o = AchievementCalculator.achievement(RATIO_SUM, BigDecimal.ZERO, d("100"));
        assertNull(o.value());
        assertEquals(AchievementCalculator.ZERO_TARGET, o.reason());
    }

    @Test
    void objectiveAndOverallAveragesUseUnroundedValues() {
        BigDecimal ikk11 = AchievementCalculator.year(RATIO_SUM, d("90"), List.of(PeriodEntry.ratio("FY", 1, 1)))
                .achievement();
        BigDecimal ikk12 = ikk11;
        BigDecimal ikk21 = ikk11;
        BigDecimal ikk31 = AchievementCalculator.year(RATIO_SUM, d("100"), List.of(PeriodEntry.ratio("FY", 114, 114)))
                .achievement();
        BigDecimal ikk32 = AchievementCalculator.year(INDEX_LAST, d("3.1"), List.of(PeriodEntry.value("Q4", "3.96")))
                .achievement();
        BigDecimal sk1 = AchievementCalculator.average(List.of(ikk11, ikk12));
        BigDecimal sk2 = AchievementCalculator.average(List.of(ikk21));
        BigDecimal sk3 = AchievementCalculator.average(List.of(ikk31, ikk32));
        assertEquals(d("111.11"), present(sk1));
        assertEquals(d("111.11"), present(sk2));
        assertEquals(d("113.87"), present(sk3));
        assertEquals(d("112.03"), present(AchievementCalculator.average(List.of(sk1, sk2, sk3))));
        // Rounding first would give (111.11 + 111.11 + 113.87) / 3 = 112.03 as well, but 111.11 + 111.11 + 113.87
        // rounded separately loses the 0.0033 that the unrounded path keeps:
        assertEquals(d("112.0311"), AchievementCalculator.average(List.of(sk1, sk2, sk3))
                .setScale(4, java.math.RoundingMode.HALF_UP));
    }

    @Test
    void notApplicableAchievementsAreLeftOutOfAverages() {
        List<BigDecimal> values = new ArrayList<>(Arrays.asList(d("120"), null, d("100")));
        assertEquals(d("110.00"), present(AchievementCalculator.average(values)));
        assertNull(AchievementCalculator.average(new ArrayList<>(Arrays.asList((BigDecimal) null))));
    }

    @ParameterizedTest(name = "benchmark {0}: {1} / {2} → {3}")
    @CsvSource({
            "IKK-1.1, 111.111111111, 39.68, 280.02",
            "IKK-1.2, 111.111111111, 107.91, 102.97",
            "IKK-2.1, 111.111111111, 111.1, 100.01",
            "IKK-3.1, 100, 100, 100.00",
            "IKK-3.2, 3.96, 3.93, 100.76",
            "zero average, 100, 0, ",
    })
    void benchmarkRatioIsOwnOverAverage(String name, String own, String average, String expected) {
        assertEquals(d(expected), present(AchievementCalculator.ratio(d(own), d(average))), name);
    }

    @Test
    void roundingIsHalfUp() {
        assertEquals(d("0.13"), present(d("0.125")));
        assertEquals(d("127.74"), present(d("127.741935")));
        assertEquals(d("111.11"), present(d("111.1111")));
        assertEquals(d("100.01"), present(d("100.005")));
    }
}
