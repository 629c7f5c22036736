package id.sakip.indicators.plan;

/** RATIO: numerator / denominator × 100; VALUE: a number entered directly (e.g. an index). */
public enum IndicatorKind {
    RATIO, VALUE
}
