package id.sakip.budget.budget;

import id.sakip.budget.budget.dto.BudgetData;
import id.sakip.budget.common.Numbers;
import id.sakip.budget.common.Reported;
import id.sakip.budget.unityear.UnitYearDocument;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The budget allotment (DIPA) of a work unit in a year: ceiling, spending, revisions and breakdowns. */
@Entity
@Table(name = "budget_allotment")
@SequenceGenerator(sequenceName = "budget_allotment_id_seq", allocationSize = 50)
public class BudgetAllotment extends UnitYearDocument<BudgetData> {

    @Column(nullable = false)
    public Long ceiling;

    public Long realization;

    @Column(name = "outputs_note")
    public String outputsNote;

    @ElementCollection
    @CollectionTable(name = "budget_revision", joinColumns = @JoinColumn(name = "budget_id"))
    @OrderColumn(name = "position")
    public List<Revision> revisions = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "budget_breakdown_line", joinColumns = @JoinColumn(name = "budget_id"))
    @OrderColumn(name = "position")
    public List<Line> lines = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "budget_output", joinColumns = @JoinColumn(name = "budget_id"))
    @OrderColumn(name = "position")
    public List<Output> outputs = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "budget_monthly", joinColumns = @JoinColumn(name = "budget_id"))
    @OrderColumn(name = "position")
    public List<Month> monthly = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "budget_saving", joinColumns = @JoinColumn(name = "budget_id"))
    @OrderColumn(name = "position")
    public List<Saving> savings = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "budget_reported", joinColumns = @JoinColumn(name = "budget_id"))
    @OrderColumn(name = "position")
    public List<ReportedLine> reported = new ArrayList<>();

    /** Which breakdown a line belongs to. */
    public enum Breakdown {
        PROGRAM, SPENDING_TYPE, FUNDING_SOURCE, INDICATOR, REVISION_PROGRAM
    }

    @Embeddable
    public static class Revision {
        @Column(nullable = false)
        public Integer revision;
        public String label;
        public Long ceiling;
    }

    @Embeddable
    public static class Line {
        @Enumerated(EnumType.STRING)
        @Column(nullable = false)
        public Breakdown breakdown;
        public Integer revision;
        @Column(name = "line_key", nullable = false)
        public String key;
        @Column(name = "parent_key")
        public String parentKey;
        public Long ceiling;
        public Long realization;
    }

    @Embeddable
    public static class Output {
        @Column(nullable = false)
        public String code;
        public String name;
        @Column(name = "volume_target")
        public BigDecimal volumeTarget;
        @Column(name = "volume_unit")
        public String volumeUnit;
        @Column(name = "progress_percent")
        public BigDecimal progressPercent;
        public Long ceiling;
        public Long realization;
    }

    @Embeddable
    public static class Month {
        @Column(nullable = false)
        public Integer month;
        public Long planned;
        public Long realization;
    }

    @Embeddable
    public static class Saving {
        @Column(nullable = false)
        public String item;
        public Long amount;
        public String basis;
    }

    @Embeddable
    public static class ReportedLine {
        @Column(name = "reported_key", nullable = false)
        public String key;
        public String objective;
        public String indicator;
        @Column(name = "line_key")
        public String lineKey;
        public BigDecimal value;
        @Column(name = "where_text")
        public String where;
    }

    @Override
    public BudgetData toData() {
        List<BudgetData.Revision> revs = revisions.stream().map(r -> new BudgetData.Revision(r.revision, r.label,
                r.ceiling, lines(Breakdown.REVISION_PROGRAM, r.revision))).toList();
        return new BudgetData(workUnit, year, reference, ceiling, realization, revs,
                lines(Breakdown.PROGRAM, null), lines(Breakdown.SPENDING_TYPE, null),
                lines(Breakdown.FUNDING_SOURCE, null), lines(Breakdown.INDICATOR, null),
                outputs.stream().map(o -> new BudgetData.Output(o.code, o.name, Numbers.canonical(o.volumeTarget),
                        o.volumeUnit, Numbers.canonical(o.progressPercent), o.ceiling, o.realization)).toList(),
                outputsNote,
                monthly.stream().map(m -> new BudgetData.Month(m.month, m.planned, m.realization)).toList(),
                savings.stream().map(s -> new BudgetData.Saving(s.item, s.amount, s.basis)).toList(),
                reported.stream().map(r -> new Reported(r.key, r.objective, r.indicator, r.lineKey,
                        Numbers.canonical(r.value), r.where)).toList());
    }

    private List<BudgetData.Line> lines(Breakdown breakdown, Integer revision) {
        return lines.stream()
                .filter(l -> l.breakdown == breakdown && java.util.Objects.equals(l.revision, revision))
                .map(l -> new BudgetData.Line(l.parentKey, l.key, l.ceiling, l.realization))
                .toList();
    }

    @Override
    protected void applyFields(BudgetData d) {
        ceiling = d.ceiling();
        realization = d.realization();
        outputsNote = d.outputsNote();
        revisions.clear();
        lines.clear();
        for (BudgetData.Revision r : d.revisions()) {
            Revision e = new Revision();
            e.revision = r.revision();
            e.label = r.label();
            e.ceiling = r.ceiling();
            revisions.add(e);
            addLines(Breakdown.REVISION_PROGRAM, r.revision(), r.byProgram());
        }
        addLines(Breakdown.PROGRAM, null, d.byProgram());
        addLines(Breakdown.SPENDING_TYPE, null, d.bySpendingType());
        addLines(Breakdown.FUNDING_SOURCE, null, d.byFundingSource());
        addLines(Breakdown.INDICATOR, null, d.byIndicator());
        outputs.clear();
        for (BudgetData.Output o : d.outputs()) {
            Output e = new Output();
            e.code = o.code();
            e.name = o.name();
            e.volumeTarget = o.volumeTarget();
            e.volumeUnit = o.volumeUnit();
            e.progressPercent = o.progressPercent();
            e.ceiling = o.ceiling();
            e.realization = o.realization();
            outputs.add(e);
        }
        monthly.clear();
        for (BudgetData.Month m : d.monthly()) {
            Month e = new Month();
            e.month = m.month();
            e.planned = m.planned();
            e.realization = m.realization();
            monthly.add(e);
        }
        savings.clear();
        for (BudgetData.Saving s : d.savings()) {
            Saving e = new Saving();
            e.item = s.item();
            e.amount = s.amount();
            e.basis = s.basis();
            savings.add(e);
        }
        reported.clear();
        for (Reported r : d.reported()) {
            ReportedLine e = new ReportedLine();
            e.key = r.key();
            e.objective = r.objective();
            e.indicator = r.indicator();
            e.lineKey = r.lineKey();
            e.value = r.value();
            e.where = r.where();
            reported.add(e);
        }
    }

    private void addLines(Breakdown breakdown, Integer revision, List<BudgetData.Line> source) {
        for (BudgetData.Line l : source) {
            Line e = new Line();
            e.breakdown = breakdown;
            e.revision = revision;
            e.key = l.key();
            e.parentKey = l.objective();
            e.ceiling = l.ceiling();
            e.realization = l.realization();
            lines.add(e);
        }
    }
}
