package id.sakip.budget.revenue;

import id.sakip.budget.common.Numbers;
import id.sakip.budget.common.Reported;
import id.sakip.budget.common.ReportedView;
import id.sakip.budget.unityear.UnitYearWrites;
import id.sakip.budget.revenue.dto.RevenueData;
import id.sakip.budget.revenue.dto.RevenueView;
import id.sakip.budget.unityear.UnitYearService;
import id.sakip.commons.security.AccessPolicy;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** PNBP years: the read API's figures, single-year replacement, and the dataset upsert. */
@ApplicationScoped
public class RevenueService extends UnitYearService<Revenue, RevenueData, RevenueView> {

    static final String ENTITY = "Revenue";

    public RevenueService(RevenueRepository repository, AccessPolicy access, UnitYearWrites writes,
                          SecurityIdentity identity) {
        super(ENTITY, "PNBP", repository, Revenue::new, access, writes, identity);
    }

    @Override
    protected RevenueView view(Revenue entity) {
        RevenueData d = entity.toData();
        List<RevenueView.AccountView> accounts = d.accounts().stream().map(a -> {
            Long realization = RevenueCalculator.realization(a);
            Long difference = realization == null || a.reportedRealization() == null ? null
                    : a.reportedRealization() - realization;
            return new RevenueView.AccountView(a.code(), a.name(), a.mpnTax(), a.mpnNonTax(), a.biTax(), a.biNonTax(),
                    a.spmDeduction(), a.refund(), realization, a.reportedRealization(), difference);
        }).toList();
        Map<String, Long> totals = RevenueCalculator.totals(d.accounts());
        Long realization = totals.get("realization");
        BigDecimal percent = RevenueCalculator.percentOfTarget(realization, d.target());
        List<ReportedView> reported = new ArrayList<>();
        d.reportedTotals().forEach((key, value) -> {
            Long computed = totals.get(key);
            reported.add(ReportedView.of(new Reported("reportedTotals." + key, null, null, null,
                    BigDecimal.valueOf(value), "reportedTotals"), computed == null ? null : BigDecimal.valueOf(computed)));
        });
        for (Reported r : d.reported()) {
            BigDecimal computed = switch (r.key()) {
                case "percentOfTarget" -> percent;
                case "realization" -> realization == null ? null : BigDecimal.valueOf(realization);
                case "target" -> d.target() == null ? null : BigDecimal.valueOf(d.target());
                default -> null;
            };
            reported.add(ReportedView.of(r, computed));
        }
        return new RevenueView(d.workUnit(), d.year(), d.reference(), d.target(), realization, Numbers.round2(percent),
                accounts, totals, d.reportedTotals(), reported, entity.version, entity.updatedAt);
    }
}
