package id.sakip.indicators.achievement;

import id.sakip.indicators.plan.IndicatorKind;
import id.sakip.indicators.plan.Polarity;
import id.sakip.indicators.plan.LowerIsBetterFormula;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The achievement engine of DOMAIN.md: year and year-to-date values by the indicator's aggregation,
 * achievement by polarity, not-applicable spans, averages and benchmark ratios. Pure BigDecimal
 * arithmetic; rounding happens only in {@link #present(BigDecimal)}.
 */
public final class AchievementCalculator {

    public static final String NO_ENTRY = "No realization entered";
    public static final String ZERO_DENOMINATOR = "Nothing to measure: the denominator is 0";
    public static final String INVALID_RATIO = "Invalid: numerator without a denominator";
    public static final String NO_TARGET = "No target agreed";
    public static final String ZERO_TARGET = "Target is 0";
    public static final String ZERO_REALIZATION = "Realization is 0: target / realization is undefined";
    public static final List<String> QUARTERS = List.of("Q1", "Q2", "Q3", "Q4");

    private static final MathContext MC = MathContext.DECIMAL128;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private AchievementCalculator() {
    }

    /** Figures of the whole year from all entries of that year. */
    public static Measure year(IndicatorRule rule, BigDecimal target, List<PeriodEntry> entries) {
        return measure(rule, target, entries);
    }

    /** Year-to-date figures after each quarter; empty when the entries are not quarterly. */
    public static List<Measure> yearToDate(IndicatorRule rule, BigDecimal target, List<PeriodEntry> entries) {
        if (entries.isEmpty() || entries.stream().anyMatch(e -> "FY".equals(e.period()))) {
            return List.of();
        }
        List<Measure> out = new ArrayList<>();
        for (int q = 1; q <= 4; q++) {
            int upTo = q;
            out.add(measure(rule, target, entries.stream().filter(e -> e.order() <= upTo).toList()));
        }
        return out;
    }

    /** Aggregates the entries by the rule, then computes realization and achievement. */
    public static Measure measure(IndicatorRule rule, BigDecimal target, List<PeriodEntry> entries) {
        List<PeriodEntry> sorted = entries.stream().sorted(Comparator.comparingInt(PeriodEntry::order)).toList();
        if (sorted.isEmpty()) {
            return new Measure(null, null, null, null, null, false, NO_ENTRY);
        }
        BigDecimal numerator = null;
        BigDecimal denominator = null;
        BigDecimal value = null;
        BigDecimal realization;
        String reason = null;
        if (rule.kind() == IndicatorKind.RATIO) {
            switch (rule.aggregation()) {
                case SUM -> {
                    numerator = sum(sorted.stream().map(PeriodEntry::numerator).toList());
                    denominator = sum(sorted.stream().map(PeriodEntry::denominator).toList());
                }
                case LAST -> {
                    PeriodEntry last = sorted.get(sorted.size() - 1);
                    numerator = last.numerator();
                    denominator = last.denominator();
                }
                case AVERAGE -> {
                    numerator = mean(sorted.stream().map(PeriodEntry::numerator).toList());
                    denominator = mean(sorted.stream().map(PeriodEntry::denominator).toList());
                }
            }
            if (numerator == null || denominator == null) {
                return new Measure(numerator, denominator, null, null, null, false, NO_ENTRY);
            }
            if (denominator.signum() == 0) {
                String why = numerator.signum() == 0 ? ZERO_DENOMINATOR : INVALID_RATIO;
                return new Measure(numerator, denominator, null, null, null, false, why);
            }
            realization = numerator.multiply(HUNDRED).divide(denominator, MC);
        } else {
            List<BigDecimal> values = sorted.stream().map(PeriodEntry::value).filter(Objects::nonNull).toList();
            if (values.isEmpty()) {
                return new Measure(null, null, null, null, null, false, NO_ENTRY);
            }
            value = switch (rule.aggregation()) {
                case SUM -> sum(values);
                case LAST -> values.get(values.size() - 1);
                case AVERAGE -> mean(values);
            };
            realization = value;
        }
        BigDecimal achievement = null;
        if (target == null) {
            reason = NO_TARGET;
        } else {
            Outcome outcome = achievement(rule, target, realization);
            achievement = outcome.value();
            reason = outcome.reason();
        }
        return new Measure(numerator, denominator, value, realization, achievement, true, reason);
    }

    /** Achievement of a realization against a target, in percent, or null with the reason. */
    public static Outcome achievement(IndicatorRule rule, BigDecimal target, BigDecimal realization) {
        if (target == null) {
            return new Outcome(null, NO_TARGET);
        }
        if (realization == null) {
            return new Outcome(null, NO_ENTRY);
        }
        if (rule.polarity() == Polarity.HIGHER_IS_BETTER) {
            if (target.signum() == 0) {
                return new Outcome(null, ZERO_TARGET);
            }
            return new Outcome(realization.multiply(HUNDRED).divide(target, MC), null);
        }
        if (rule.lowerIsBetterFormula() == LowerIsBetterFormula.INVERSE) {
            if (realization.signum() == 0) {
                return new Outcome(null, ZERO_REALIZATION);
            }
            return new Outcome(target.multiply(HUNDRED).divide(realization, MC), null);
        }
        if (target.signum() == 0) {
            return new Outcome(null, ZERO_TARGET);
        }
        BigDecimal raw = target.multiply(BigDecimal.valueOf(2)).subtract(realization)
                .multiply(HUNDRED).divide(target, MC);
        return new Outcome(raw.signum() < 0 ? BigDecimal.ZERO : raw, null);
    }

    /** Mean of the values that are known; null when none is. Not-applicable achievements are left out. */
    public static BigDecimal average(List<BigDecimal> values) {
        return mean(values.stream().filter(Objects::nonNull).toList());
    }

    /** {@code own / average × 100}; null when either is unknown or the average is 0. */
    public static BigDecimal ratio(BigDecimal own, BigDecimal average) {
        if (own == null || average == null || average.signum() == 0) {
            return null;
        }
        return own.multiply(HUNDRED).divide(average, MC);
    }

    /** Presentation rounding: half-up to two decimals; null stays null. */
    public static BigDecimal present(BigDecimal value) {
        return value == null ? null : value.setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal sum(List<BigDecimal> values) {
        BigDecimal total = BigDecimal.ZERO;
        for (BigDecimal v : values) {
            if (v == null) {
                return null;
            }
            total = total.add(v);
        }
        return total;
    }

    private static BigDecimal mean(List<BigDecimal> values) {
        if (values.isEmpty() || values.contains(null)) {
            return null;
        }
        return sum(values).divide(BigDecimal.valueOf(values.size()), MC);
    }

    /** An achievement, or null with the reason it cannot be computed. */
    public record Outcome(BigDecimal value, String reason) {
    }
}
