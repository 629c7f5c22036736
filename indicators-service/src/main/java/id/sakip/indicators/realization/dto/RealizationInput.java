package id.sakip.indicators.realization.dto;

import java.math.BigDecimal;
import java.util.List;

/**
 * A realization entry: {@code numerator} and {@code denominator} for a RATIO indicator, {@code value} for a
 * VALUE indicator. {@code period} is Q1-Q4 or FY (never both for the same indicator and year).
 */
public record RealizationInput(String workUnit, Integer year, String indicator, String period, BigDecimal numerator,
                               BigDecimal denominator, BigDecimal value, String note, List<String> links) {
}
