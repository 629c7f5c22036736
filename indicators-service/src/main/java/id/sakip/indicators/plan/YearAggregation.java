package id.sakip.indicators.plan;

/** How quarterly entries make a year (or year-to-date) value. */
public enum YearAggregation {
    /** Sum numerators and denominators (or values). */
    SUM,
    /** The latest entered period. */
    LAST,
    /** The mean of the entered periods. */
    AVERAGE
}
