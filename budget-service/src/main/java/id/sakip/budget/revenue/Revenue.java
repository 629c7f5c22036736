package id.sakip.budget.revenue;

import id.sakip.budget.common.Numbers;
import id.sakip.budget.common.Reported;
import id.sakip.budget.revenue.dto.RevenueData;
import id.sakip.budget.unityear.UnitYearDocument;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Non-tax revenue (PNBP) of a work unit in a year: target and deposits per account code. */
@Entity
@Table(name = "revenue")
@SequenceGenerator(sequenceName = "revenue_id_seq", allocationSize = 50)
public class Revenue extends UnitYearDocument<RevenueData> {

    public Long target;

    @ElementCollection
    @CollectionTable(name = "revenue_account", joinColumns = @JoinColumn(name = "revenue_id"))
    @OrderColumn(name = "position")
    public List<Account> accounts = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "revenue_reported_total", joinColumns = @JoinColumn(name = "revenue_id"))
    @MapKeyColumn(name = "total_key")
    @Column(name = "amount")
    public Map<String, Long> reportedTotals = new HashMap<>();

    @ElementCollection
    @CollectionTable(name = "revenue_reported", joinColumns = @JoinColumn(name = "revenue_id"))
    @OrderColumn(name = "position")
    public List<ReportedLine> reported = new ArrayList<>();

    @Embeddable
    public static class Account {
        @Column(nullable = false)
        public String code;
        public String name;
        @Column(name = "mpn_tax")
        public Long mpnTax;
        @Column(name = "mpn_non_tax")
        public Long mpnNonTax;
        @Column(name = "bi_tax")
        public Long biTax;
        @Column(name = "bi_non_tax")
        public Long biNonTax;
        @Column(name = "spm_deduction")
        public Long spmDeduction;
        public Long refund;
        @Column(name = "reported_realization")
        public Long reportedRealization;
    }

    @Embeddable
    public static class ReportedLine {
        @Column(name = "reported_key", nullable = false)
        public String key;
        public BigDecimal value;
        @Column(name = "where_text")
        public String where;
    }

    @Override
    public RevenueData toData() {
        return new RevenueData(workUnit, year, reference, target,
                accounts.stream().map(a -> new RevenueData.Account(a.code, a.name, a.mpnTax, a.mpnNonTax, a.biTax,
                        a.biNonTax, a.spmDeduction, a.refund, a.reportedRealization)).toList(),
                new TreeMap<>(reportedTotals),
                reported.stream().map(r -> new Reported(r.key, null, null, null, Numbers.canonical(r.value), r.where))
                        .toList());
    }

    @Override
    protected void applyFields(RevenueData d) {
        target = d.target();
        accounts.clear();
        for (RevenueData.Account a : d.accounts()) {
            Account e = new Account();
            e.code = a.code();
            e.name = a.name();
            e.mpnTax = a.mpnTax();
            e.mpnNonTax = a.mpnNonTax();
            e.biTax = a.biTax();
            e.biNonTax = a.biNonTax();
            e.spmDeduction = a.spmDeduction();
            e.refund = a.refund();
            e.reportedRealization = a.reportedRealization();
            accounts.add(e);
        }
        reportedTotals.clear();
        reportedTotals.putAll(d.reportedTotals());
        reported.clear();
        for (Reported r : d.reported()) {
            ReportedLine e = new ReportedLine();
            e.key = r.key();
            e.value = r.value();
            e.where = r.where();
            reported.add(e);
        }
    }
}
