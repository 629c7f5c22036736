package id.sakip.indicators.realization.dto;

import java.math.BigDecimal;
import java.util.List;

/** What adopting the derived figures did, per period (CREATED, UPDATED or UNCHANGED). */
public record AdoptResult(String workUnit, int year, String plan, String indicator, String source, int created,
                          int updated, int unchanged, List<Period> periods) {

    /** One period's realization after adopting. */
    public record Period(String period, Long id, BigDecimal numerator, BigDecimal denominator, BigDecimal value,
                         String status, String change) {
    }
}
