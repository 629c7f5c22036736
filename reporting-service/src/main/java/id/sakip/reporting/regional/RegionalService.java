package id.sakip.reporting.regional;

import id.sakip.commons.problem.ProblemException;
import id.sakip.commons.security.AccessPolicy;
import id.sakip.commons.security.Caller;
import id.sakip.reporting.client.BudgetClient;
import id.sakip.reporting.client.IndicatorsClient;
import id.sakip.reporting.client.Remote;
import id.sakip.reporting.client.dto.BudgetScores;
import id.sakip.reporting.client.dto.BudgetYear;
import id.sakip.reporting.client.dto.Scorecard;
import id.sakip.reporting.client.dto.WorkUnit;
import id.sakip.reporting.finding.Finding;
import id.sakip.reporting.report.Report;
import id.sakip.reporting.report.ReportModel;
import id.sakip.reporting.report.ReportRepository;
import id.sakip.reporting.report.ReportService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Consolidation for a Kanwil: one row per technical unit below it. A unit with a report is shown from its report
 * (status, findings); a unit without one is read live from the services.
 */
@ApplicationScoped
public class RegionalService {

    private final IndicatorsClient indicators;
    private final BudgetClient budget;
    private final ReportRepository reports;
    private final ReportService reportService;
    private final AccessPolicy access;

    public RegionalService(IndicatorsClient indicators, BudgetClient budget, ReportRepository reports,
                           ReportService reportService, AccessPolicy access) {
        this.indicators = indicators;
        this.budget = budget;
        this.reports = reports;
        this.reportService = reportService;
        this.access = access;
    }

    public RegionalDto consolidate(Caller caller, String parent, int year) {
        if (parent == null || parent.isBlank()) {
            throw ProblemException.badRequest("Query parameter parent (the regional office) is required");
        }
        LocalDate date = LocalDate.of(year, 12, 31);
        access.requireRead(caller, parent, date);
        List<WorkUnit> below = Remote.call(IndicatorsClient.SERVICE, "the units below " + parent,
                () -> indicators.below(parent, date));
        List<RegionalRow> rows = new ArrayList<>();
        for (WorkUnit u : below == null ? List.<WorkUnit>of() : below) {
            if (u.type() != null && !"TECHNICAL_UNIT".equals(u.type())) {
                continue;
            }
            if (!access.canRead(caller, u.code(), date)) {
                continue;
            }
            Report r = QuarkusTransaction.requiringNew().call(() -> reports.findByUnitAndYear(u.code(), year).orElse(null));
            if (r != null) {
                ReportModel m = reportService.model(r);
                List<Finding> f = reportService.findingsOf(r);
                rows.add(row(u, m.scorecard(), m.budget(year), scores(m.budgetScores(), year), r.id, r.status,
                        f.size(), (int) f.stream().filter(x -> "HIGH".equals(x.importance())).count(), "REPORT"));
            } else {
                Scorecard s = Remote.call(IndicatorsClient.SERVICE, "the achievements of " + u.code(),
                        () -> indicators.achievements(u.code(), year));
                List<BudgetYear> b = Remote.call(BudgetClient.SERVICE, "the budget of " + u.code(),
                        () -> budget.budgets(u.code(), year, year));
                List<BudgetScores> sc = Remote.call(BudgetClient.SERVICE, "the budget scores of " + u.code(),
                        () -> budget.scores(u.code(), year, year));
                rows.add(row(u, s, b == null || b.isEmpty() ? null : b.get(0), scores(sc, year), null, "NONE", null, null, "LIVE"));
            }
        }
        return new RegionalDto(parent, year, rows);
    }

    private static BudgetScores scores(List<BudgetScores> list, int year) {
        return list == null ? null : list.stream().filter(s -> s.year() == year).findFirst().orElse(null);
    }

    private static RegionalRow row(WorkUnit u, Scorecard s, BudgetYear b, BudgetScores sc, Long id, String status,
                                   Integer findings, Integer high, String source) {
        List<RegionalRow.ObjectiveAverage> objectives = new ArrayList<>();
        if (s != null && s.objectives() != null) {
            for (Scorecard.Objective o : s.objectives()) {
                objectives.add(new RegionalRow.ObjectiveAverage(o.code(), o.name(), o.averageAchievement()));
            }
        }
        return new RegionalRow(u.code(), u.name(), s == null ? null : s.overallAverageAchievement(), objectives,
                b == null ? null : b.absorption(), sc == null || sc.nka() == null ? null : sc.nka().reportedScore(),
                id, status, findings, high, source);
    }
}
