package id.sakip.budget.common;

import java.math.BigDecimal;

/** A reported figure beside the value the system computes for it; difference = reported − computed. */
public record ReportedView(String key, String objective, String indicator, String lineKey, BigDecimal value,
                           BigDecimal computed, BigDecimal difference, String where) {

    public static ReportedView of(Reported r, BigDecimal computed) {
        BigDecimal shown = computed == null ? null
                : computed.scale() > 2 ? Numbers.round2(computed) : computed;
        return new ReportedView(r.key(), r.objective(), r.indicator(), r.lineKey(), r.value(), shown,
                Numbers.difference(r.value(), computed), r.where());
    }
}
