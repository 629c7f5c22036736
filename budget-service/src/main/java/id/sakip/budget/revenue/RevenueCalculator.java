package id.sakip.budget.revenue;

import id.sakip.budget.common.Numbers;
import id.sakip.budget.revenue.dto.RevenueData;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** PNBP arithmetic without framework. */
public final class RevenueCalculator {

    private RevenueCalculator() {
    }

    /** MPN tax + MPN non-tax + BI tax + BI non-tax + SPM deductions − refunds; null when a part is unknown. */
    public static Long realization(RevenueData.Account a) {
        if (a.mpnTax() == null || a.mpnNonTax() == null || a.biTax() == null || a.biNonTax() == null
                || a.spmDeduction() == null || a.refund() == null) {
            return null;
        }
        return a.mpnTax() + a.mpnNonTax() + a.biTax() + a.biNonTax() + a.spmDeduction() - a.refund();
    }

    /** The realization of all accounts: the sum of the accounts' realizations. */
    public static Long total(List<RevenueData.Account> accounts) {
        return Numbers.sum(accounts.stream().map(RevenueCalculator::realization).toList());
    }

    /** Realization / target × 100, unrounded; null without a target. */
    public static BigDecimal percentOfTarget(Long realization, Long target) {
        return Numbers.percent(realization, target);
    }

    /** Column totals over the accounts, in the field names of the dataset. */
    public static Map<String, Long> totals(List<RevenueData.Account> accounts) {
        Map<String, Long> t = new LinkedHashMap<>();
        t.put("mpnTax", column(accounts, RevenueData.Account::mpnTax));
        t.put("mpnNonTax", column(accounts, RevenueData.Account::mpnNonTax));
        t.put("biTax", column(accounts, RevenueData.Account::biTax));
        t.put("biNonTax", column(accounts, RevenueData.Account::biNonTax));
        t.put("spmDeduction", column(accounts, RevenueData.Account::spmDeduction));
        t.put("refund", column(accounts, RevenueData.Account::refund));
        t.put("realization", total(accounts));
        return t;
    }

    private static Long column(List<RevenueData.Account> accounts, Function<RevenueData.Account, Long> f) {
        return Numbers.sum(accounts.stream().map(f).toList());
    }
}
