package id.sakip.indicators.realization.dto;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/** A stored realization with its workflow status. */
public record RealizationView(Long id, String workUnit, int year, String plan, String indicator, String period,
                              BigDecimal numerator, BigDecimal denominator, BigDecimal value, String note,
                              List<String> links, String status, String returnReason, String source, long version,
                              OffsetDateTime updatedAt) {
}
