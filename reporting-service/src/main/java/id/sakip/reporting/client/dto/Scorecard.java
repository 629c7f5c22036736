package id.sakip.reporting.client.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The achievements of one unit and year ({@code GET /api/v1/achievements?workUnit=&year=}), per CONTRACT.md. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Scorecard(Ref workUnit, int year, Ref plan, AgreementRef agreement, List<Objective> objectives,
                        BigDecimal overallAverageAchievement, List<Reported> reported, String updatedAt) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Ref(String code, String name) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record AgreementRef(Integer revision, String status, LocalDate signedOn) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Objective(String code, String name, String level, Ref parent, BigDecimal averageAchievement,
                            List<Indicator> indicators) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Indicator(String code, String name, String kind, String unit, String polarity, String yearAggregation,
                            String numeratorLabel, String denominatorLabel, BigDecimal target, String periodBasis,
                            Long numerator, Long denominator, BigDecimal value, BigDecimal realization,
                            BigDecimal achievement, Boolean applicable, String reason, List<Quarter> quarters,
                            BigDecimal mediumTermTarget, List<SeriesPoint> series, Benchmarks benchmark,
                            Derived derived) {
    }

    /**
     * The figures indicators-service derives from an evidence register by a derivation rule ({@code rule},
     * {@code source} = the register), beside the entered ones; null when no rule covers the indicator.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Derived(BigDecimal numerator, BigDecimal denominator, BigDecimal realization, String source,
                          Boolean matchesEntered, List<PeriodFigure> quarters, BigDecimal value, Long ruleId,
                          String rule) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PeriodFigure(String period, BigDecimal numerator, BigDecimal denominator, BigDecimal value) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Quarter(String period, Long numerator, Long denominator, BigDecimal value, Long ytdNumerator,
                          Long ytdDenominator, BigDecimal ytdRealization, BigDecimal ytdAchievement, Boolean applicable,
                          String reason) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SeriesPoint(int year, String plan, String indicator, BigDecimal target, Long numerator,
                              Long denominator, BigDecimal value, BigDecimal realization, BigDecimal achievement,
                              Boolean applicable, String reason) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Benchmarks(Benchmark computed, Benchmark imported) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Benchmark(String source, String scope, Integer workUnitCount, BigDecimal averageAchievement,
                            BigDecimal averageValue, BigDecimal ratio) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Reported(String key, String indicator, String objective, BigDecimal value, String where) {
    }
}
