package id.sakip.indicators.achievement.dto;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The achievement of one unit in one year, per objective and indicator, with raw inputs beside every computed
 * figure (CONTRACT.md). Percentages are rounded half-up to two decimals; averages come from unrounded values.
 */
public record Scorecard(Ref workUnit, int year, Ref plan, AgreementRef agreement, List<ObjectiveCard> objectives,
                        BigDecimal overallAverageAchievement, List<Reported> reported, OffsetDateTime updatedAt) {

    /** A code and a name. */
    public record Ref(String code, String name) {
    }

    /** The agreement revision in force. */
    public record AgreementRef(int revision, String status, LocalDate signedOn) {
    }

    /** An objective with its indicators and their average achievement. */
    public record ObjectiveCard(String code, String name, String level, Ref parent, BigDecimal averageAchievement,
                                List<IndicatorCard> indicators) {
    }

    /** One indicator: target, raw figures, realization, achievement, year-to-date, series and benchmark. */
    public record IndicatorCard(String code, String name, String kind, String unit, String polarity,
                                String yearAggregation, String numeratorLabel, String denominatorLabel,
                                BigDecimal target, String periodBasis, BigDecimal numerator, BigDecimal denominator,
                                BigDecimal value, BigDecimal realization, BigDecimal achievement, boolean applicable,
                                String reason, List<QuarterCard> quarters, BigDecimal mediumTermTarget,
                                List<SeriesPoint> series, Benchmark benchmark, Derived derived) {
    }

    /** A quarter's own entry and the year-to-date figures after it. */
    public record QuarterCard(String period, BigDecimal numerator, BigDecimal denominator, BigDecimal value,
                              BigDecimal ytdNumerator, BigDecimal ytdDenominator, BigDecimal ytdValue,
                              BigDecimal ytdRealization, BigDecimal ytdAchievement, boolean applicable,
                              String reason) {
    }

    /** One year of the indicator's series (following {@code continues} across plans). */
    public record SeriesPoint(int year, String plan, String indicator, BigDecimal target, BigDecimal numerator,
                              BigDecimal denominator, BigDecimal value, BigDecimal realization,
                              BigDecimal achievement, boolean applicable, String reason) {
    }

    /** The benchmark computed from every unit held here, next to an imported one; both labelled. */
    public record Benchmark(BenchmarkSource computed, BenchmarkSource imported) {
    }

    /** One benchmark source: average achievement (or value, for an index) and own / average × 100. */
    public record BenchmarkSource(String source, String scope, Integer workUnitCount, BigDecimal averageAchievement,
                                  BigDecimal averageValue, BigDecimal ratio) {
    }

    /**
     * Numerator and denominator (or, for a VALUE indicator, the value) derived from an evidence register by a
     * derivation rule, shown beside the entered figures; {@code quarters} is empty when the register has no
     * quarters. A difference ({@code matchesEntered} false) is a finding for the report.
     */
    public record Derived(BigDecimal numerator, BigDecimal denominator, BigDecimal realization, String source,
                          boolean matchesEntered, List<PeriodFigure> quarters, BigDecimal value, Long ruleId,
                          String rule) {
    }

    /** A derived figure of one period. */
    public record PeriodFigure(String period, BigDecimal numerator, BigDecimal denominator, BigDecimal value) {
    }

    /** A figure as printed by the source document; never an input. */
    public record Reported(String key, String indicator, String objective, BigDecimal value, String where) {
    }
}
