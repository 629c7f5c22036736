package id.sakip.budget.revenue.dto;

import id.sakip.budget.common.ReportedView;
import id.sakip.budget.unityear.UnitYearView;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A PNBP year as the read API returns it: accounts with computed realization beside the reported one. */
public record RevenueView(String workUnit, int year, String reference, Long target, Long realization,
                          BigDecimal percentOfTarget, List<AccountView> accounts, Map<String, Long> totals,
                          Map<String, Long> reportedTotals, List<ReportedView> reported, long version,
                          Instant updatedAt)
        implements UnitYearView {

    /** difference = reportedRealization − realization. */
    public record AccountView(String code, String name, Long mpnTax, Long mpnNonTax, Long biTax, Long biNonTax,
                              Long spmDeduction, Long refund, Long realization, Long reportedRealization,
                              Long difference) {
    }
}
