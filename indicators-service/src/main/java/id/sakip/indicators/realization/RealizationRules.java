package id.sakip.indicators.realization;

import id.sakip.indicators.common.Errors;
import id.sakip.indicators.plan.dto.PlanDoc;
import id.sakip.indicators.realization.dto.RealizationInput;

import java.math.BigDecimal;
import java.util.Set;

/** Content rules of one realization entry; the caller resolves the plan in force and checks period mixing. */
public final class RealizationRules {

    public static final Set<String> PERIODS = Set.of("Q1", "Q2", "Q3", "Q4", "FY");

    private RealizationRules() {
    }

    /**
     * Checks the figures against the indicator. {@code indicator} is null when the code is unknown in the plan
     * in force ({@code planCode}); {@code requirePeriod} is false for yearly history rows.
     */
    public static void check(RealizationInput in, String ptr, String planCode, PlanDoc.IndicatorDoc indicator,
                             boolean requirePeriod, Errors errors) {
        if (requirePeriod && (in.period() == null || !PERIODS.contains(in.period()))) {
            errors.add(ptr + "/period", "period must be one of Q1, Q2, Q3, Q4 or FY");
        }
        if (in.indicator() == null || in.indicator().isBlank()) {
            errors.add(ptr + "/indicator", "indicator is required");
            return;
        }
        if (indicator == null) {
            errors.add(ptr + "/indicator", "unknown indicator " + in.indicator()
                    + (planCode == null ? " (no plan covers the year)" : " in plan " + planCode));
            return;
        }
        if ("RATIO".equals(indicator.kind())) {
            if (in.value() != null) {
                errors.add(ptr + "/value", in.indicator() + " is a RATIO indicator: give numerator and denominator, "
                        + "not value");
            }
            if (in.numerator() == null && in.denominator() == null) {
                errors.add(ptr + "/numerator", "numerator and denominator are required for a RATIO indicator");
                return;
            }
            if (in.denominator() == null) {
                errors.add(ptr + "/denominator", "a numerator needs a denominator");
            }
            if (in.numerator() == null) {
                errors.add(ptr + "/numerator", "a denominator needs a numerator");
            }
            negative(in.numerator(), ptr + "/numerator", errors);
            negative(in.denominator(), ptr + "/denominator", errors);
            if (in.numerator() != null && in.denominator() != null && in.denominator().signum() == 0
                    && in.numerator().signum() > 0) {
                errors.add(ptr + "/denominator", "denominator is 0 while the numerator is "
                        + in.numerator().toPlainString() + ": nothing handled cannot have results");
            }
        } else {
            if (in.numerator() != null) {
                errors.add(ptr + "/numerator", in.indicator() + " is a VALUE indicator: give value, not numerator");
            }
            if (in.denominator() != null) {
                errors.add(ptr + "/denominator", in.indicator() + " is a VALUE indicator: give value, not denominator");
            }
            if (in.value() == null) {
                errors.add(ptr + "/value", "value is required for a VALUE indicator");
                return;
            }
            negative(in.value(), ptr + "/value", errors);
            PlanDoc.Scale scale = indicator.scale();
            if (scale != null && ((scale.min() != null && in.value().compareTo(scale.min()) < 0)
                    || (scale.max() != null && in.value().compareTo(scale.max()) > 0))) {
                errors.add(ptr + "/value", "value " + in.value().toPlainString() + " is outside the scale "
                        + scale.min() + "-" + scale.max());
            }
        }
    }

    private static void negative(BigDecimal v, String ptr, Errors errors) {
        if (v != null && v.signum() < 0) {
            errors.add(ptr, "must not be negative");
        }
    }
}
