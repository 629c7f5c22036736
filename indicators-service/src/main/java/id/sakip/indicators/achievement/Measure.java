package id.sakip.indicators.achievement;

import java.math.BigDecimal;

/**
 * Computed figures for one indicator over a span (a year or year-to-date), unrounded. {@code applicable}
 * says whether there is a realization at all (a zero denominator means nothing to measure); {@code reason}
 * explains a missing realization or achievement.
 */
public record Measure(BigDecimal numerator, BigDecimal denominator, BigDecimal value, BigDecimal realization,
                      BigDecimal achievement, boolean applicable, String reason) {
}
