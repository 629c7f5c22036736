package id.sakip.budget.budget;

import id.sakip.budget.budget.dto.BudgetData;
import id.sakip.budget.budget.dto.BudgetView;
import id.sakip.budget.common.Numbers;
import id.sakip.budget.common.Reported;
import id.sakip.budget.common.ReportedView;
import id.sakip.budget.unityear.UnitYearWrites;
import id.sakip.budget.unityear.UnitYearService;
import id.sakip.commons.security.AccessPolicy;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Budget allotments: the read API's figures, single-year replacement, and the dataset upsert. */
@ApplicationScoped
public class BudgetService extends UnitYearService<BudgetAllotment, BudgetData, BudgetView> {

    static final String ENTITY = "BudgetAllotment";

    public BudgetService(BudgetRepository repository, AccessPolicy access, UnitYearWrites writes,
                         SecurityIdentity identity) {
        super(ENTITY, "budget", repository, BudgetAllotment::new, access, writes, identity);
    }

    @Override
    protected BudgetView view(BudgetAllotment entity) {
        BudgetData d = entity.toData();
        List<BudgetView.RevisionView> revisions = d.revisions().stream()
                .map(r -> new BudgetView.RevisionView(r.revision(), r.label(), r.ceiling(), programs(r.byProgram())))
                .toList();
        List<BudgetView.SpendingTypeLine> types = d.bySpendingType().stream().map(l -> {
            SpendingType t = SpendingType.of(l.key());
            return new BudgetView.SpendingTypeLine(l.key(), t == null ? null : t.code, t == null ? null : t.label,
                    l.ceiling(), l.realization(), pct(l.realization(), l.ceiling()));
        }).toList();
        List<BudgetView.FundingSourceLine> sources = d.byFundingSource().stream().map(l -> {
            FundingSource f = FundingSource.of(l.key());
            return new BudgetView.FundingSourceLine(l.key(), f == null ? null : f.label, l.ceiling(), l.realization(),
                    pct(l.realization(), l.ceiling()));
        }).toList();
        List<BudgetView.IndicatorLine> indicators = d.byIndicator().stream()
                .map(l -> new BudgetView.IndicatorLine(l.objective(), l.key(), l.ceiling(), l.realization(),
                        pct(l.realization(), l.ceiling()))).toList();
        List<BudgetFigures.ObjectiveTotal> objectiveTotals = BudgetFigures.byObjective(d.byIndicator());
        List<BudgetView.ObjectiveLine> objectives = objectiveTotals.stream()
                .map(o -> new BudgetView.ObjectiveLine(o.objective(), o.ceiling(), o.realization(),
                        Numbers.round2(o.absorption()))).toList();
        List<BudgetView.OutputLine> outputs = d.outputs().stream()
                .map(o -> new BudgetView.OutputLine(o.code(), o.name(), o.volumeTarget(), o.volumeUnit(),
                        o.progressPercent(), o.ceiling(), o.realization(), pct(o.realization(), o.ceiling())))
                .toList();
        List<BudgetView.MonthLine> monthly = new ArrayList<>();
        Long cumPlanned = 0L;
        Long cumRealized = 0L;
        for (BudgetData.Month m : d.monthly().stream()
                .sorted((a, b) -> Integer.compare(a.month(), b.month())).toList()) {
            cumPlanned = cumPlanned == null || m.planned() == null ? null : cumPlanned + m.planned();
            cumRealized = cumRealized == null || m.realization() == null ? null : cumRealized + m.realization();
            BigDecimal deviation = m.planned() == null || m.realization() == null ? null
                    : Numbers.round2(Numbers.percent(Math.abs(m.realization() - m.planned()), m.planned()));
            monthly.add(new BudgetView.MonthLine(m.month(), m.planned(), m.realization(), cumPlanned, cumRealized,
                    deviation));
        }

        List<BudgetFigures.Sum> sums = new ArrayList<>();
        for (BudgetData.Revision r : d.revisions()) {
            add(sums, BudgetFigures.sum("revisions[" + r.revision() + "].byProgram", "ceiling",
                    r.byProgram().stream().map(BudgetData.Line::ceiling).toList(), r.ceiling()));
        }
        addBoth(sums, "byProgram", d.byProgram(), d);
        addBoth(sums, "bySpendingType", d.bySpendingType(), d);
        addBoth(sums, "byFundingSource", d.byFundingSource(), d);
        addBoth(sums, "byIndicator", d.byIndicator(), d);
        if (d.monthly().size() == 12) {
            add(sums, BudgetFigures.sum("monthly", "planned",
                    d.monthly().stream().map(BudgetData.Month::planned).toList(), d.ceiling()));
            add(sums, BudgetFigures.sum("monthly", "realization",
                    d.monthly().stream().map(BudgetData.Month::realization).toList(), d.realization()));
        }

        BigDecimal absorption = BudgetFigures.absorption(d.realization(), d.ceiling());
        List<ReportedView> reported = d.reported().stream()
                .map(r -> ReportedView.of(r, computedFor(r, d, absorption, objectiveTotals))).toList();
        return new BudgetView(d.workUnit(), d.year(), d.reference(), d.ceiling(), d.realization(),
                Numbers.round2(absorption), revisions, programs(d.byProgram()), types, sources, indicators, objectives,
                outputs, d.outputsNote(), monthly, d.savings(), sums, reported, entity.version, entity.updatedAt);
    }

    /** What the system computes for a reported figure, by its key; null for keys it has no figure for. */
    private static BigDecimal computedFor(Reported r, BudgetData d, BigDecimal absorption,
                                          List<BudgetFigures.ObjectiveTotal> objectives) {
        return switch (r.key()) {
            case "absorptionPercent" -> absorption;
            case "ceiling" -> d.ceiling() == null ? null : BigDecimal.valueOf(d.ceiling());
            case "realization" -> d.realization() == null ? null : BigDecimal.valueOf(d.realization());
            case "objectiveAbsorptionPercent" -> objectives.stream()
                    .filter(o -> Objects.equals(o.objective(), r.objective())).findFirst()
                    .map(BudgetFigures.ObjectiveTotal::absorption).orElse(null);
            case "indicatorAbsorptionPercent" -> d.byIndicator().stream()
                    .filter(l -> Objects.equals(l.key(), r.indicator())).findFirst()
                    .map(l -> BudgetFigures.absorption(l.realization(), l.ceiling())).orElse(null);
            case "spendingTypeAbsorptionPercent" -> lineAbsorption(d.bySpendingType(), r.lineKey());
            case "fundingSourceAbsorptionPercent" -> lineAbsorption(d.byFundingSource(), r.lineKey());
            case "programAbsorptionPercent" -> lineAbsorption(d.byProgram(), r.lineKey());
            default -> null;
        };
    }

    private static BigDecimal lineAbsorption(List<BudgetData.Line> lines, String key) {
        return lines.stream().filter(l -> Objects.equals(l.key(), key)).findFirst()
                .map(l -> BudgetFigures.absorption(l.realization(), l.ceiling())).orElse(null);
    }

    private static void addBoth(List<BudgetFigures.Sum> sums, String breakdown, List<BudgetData.Line> lines,
                                BudgetData d) {
        add(sums, BudgetFigures.sum(breakdown, "ceiling", lines.stream().map(BudgetData.Line::ceiling).toList(),
                d.ceiling()));
        add(sums, BudgetFigures.sum(breakdown, "realization",
                lines.stream().map(BudgetData.Line::realization).toList(), d.realization()));
    }

    private static void add(List<BudgetFigures.Sum> sums, BudgetFigures.Sum sum) {
        if (sum != null) {
            sums.add(sum);
        }
    }

    private static List<BudgetView.ProgramLine> programs(List<BudgetData.Line> lines) {
        return lines.stream().map(l -> new BudgetView.ProgramLine(l.key(), l.ceiling(), l.realization(),
                pct(l.realization(), l.ceiling()))).toList();
    }

    private static BigDecimal pct(Long realization, Long ceiling) {
        return Numbers.round2(BudgetFigures.absorption(realization, ceiling));
    }
}
