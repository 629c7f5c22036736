package id.sakip.indicators.achievement;

import java.math.BigDecimal;

/** One entered realization: a period ({@code Q1}-{@code Q4} or {@code FY}) and its raw figures. */
public record PeriodEntry(String period, BigDecimal numerator, BigDecimal denominator, BigDecimal value) {

    public static PeriodEntry ratio(String period, long numerator, long denominator) {
        return new PeriodEntry(period, BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator), null);
    }

    public static PeriodEntry value(String period, String value) {
        return new PeriodEntry(period, null, null, new BigDecimal(value));
    }

    /** 1-4 for quarters, 5 for a full-year entry, so sorting puts FY last. */
    public int order() {
        return switch (period) {
            case "Q1" -> 1;
            case "Q2" -> 2;
            case "Q3" -> 3;
            case "Q4" -> 4;
            default -> 5;
        };
    }
}
