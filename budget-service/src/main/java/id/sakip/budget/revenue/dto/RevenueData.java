package id.sakip.budget.revenue.dto;

import id.sakip.budget.common.Reported;
import id.sakip.budget.unityear.UnitYearData;

import java.util.List;
import java.util.Map;

/** Non-tax revenue (PNBP) of a work unit and year as the dataset carries it; also the audit snapshot. */
public record RevenueData(String workUnit, Integer year, String reference, Long target, List<Account> accounts,
                          Map<String, Long> reportedTotals, List<Reported> reported)
        implements UnitYearData {

    @Override
    public String naturalKey() {
        return workUnit + "/" + year;
    }

    /** Deposits of one account code; realization = MPN + BI deposits + SPM deductions − refunds. */
    public record Account(String code, String name, Long mpnTax, Long mpnNonTax, Long biTax, Long biNonTax,
                          Long spmDeduction, Long refund, Long reportedRealization) {
    }
}
