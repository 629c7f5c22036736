package id.sakip.indicators.plan;

/** Achievement formula of a lower-is-better indicator. */
public enum LowerIsBetterFormula {
    /** {@code (2T − R) / T × 100}, floored at 0: common LKjIP practice and the default. */
    DIFFERENCE,
    /** {@code T / R × 100}. */
    INVERSE
}
