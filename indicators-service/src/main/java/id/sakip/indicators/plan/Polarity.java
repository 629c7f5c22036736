package id.sakip.indicators.plan;

/** Whether a higher realization is better (most IKKs) or a lower one (e.g. an overstay rate). */
public enum Polarity {
    HIGHER_IS_BETTER, LOWER_IS_BETTER
}
