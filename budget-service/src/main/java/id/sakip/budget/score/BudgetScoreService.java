package id.sakip.budget.score;

import id.sakip.budget.common.Numbers;
import id.sakip.budget.common.YearRange;
import id.sakip.budget.scheme.SchemeKind;
import id.sakip.budget.scheme.ScoreScheme;
import id.sakip.budget.scheme.ScoreSchemeRepository;
import id.sakip.budget.scheme.dto.SchemeData;
import id.sakip.budget.score.dto.IkpaData;
import id.sakip.budget.score.dto.KeyValue;
import id.sakip.budget.score.dto.PerformanceData;
import id.sakip.budget.score.dto.ScoresView;
import id.sakip.budget.unityear.UnitYearWriter;
import id.sakip.budget.unityear.UnitYearWrites;
import id.sakip.commons.problem.ProblemException;
import id.sakip.commons.security.AccessPolicy;
import id.sakip.commons.security.Caller;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** IKPA, SMART, planning and NKA: recomputed by their schemes beside the reported scores; dataset upserts. */
@ApplicationScoped
public class BudgetScoreService {

    static final String IKPA_ENTITY = "IkpaEntry";
    static final String PERFORMANCE_ENTITY = "BudgetPerformanceEntry";
    /** The IKPA period that stands for the year when several are stored. */
    static final String YEAR_END_PERIOD = "DECEMBER";

    private final IkpaRepository ikpaRepository;
    private final PerformanceRepository performanceRepository;
    private final ScoreSchemeRepository schemes;
    private final AccessPolicy access;
    private final SecurityIdentity identity;
    private final UnitYearWriter<IkpaEntry, IkpaData> ikpaWriter;
    private final UnitYearWriter<PerformanceEntry, PerformanceData> performanceWriter;

    public BudgetScoreService(IkpaRepository ikpaRepository, PerformanceRepository performanceRepository,
                              ScoreSchemeRepository schemes, AccessPolicy access, UnitYearWrites writes,
                              SecurityIdentity identity) {
        this.ikpaRepository = ikpaRepository;
        this.performanceRepository = performanceRepository;
        this.schemes = schemes;
        this.access = access;
        this.identity = identity;
        this.ikpaWriter = writes.writer(IKPA_ENTITY, IkpaEntry::new, e -> ikpaRepository.persist(e));
        this.performanceWriter = writes.writer(PERFORMANCE_ENTITY, PerformanceEntry::new,
                e -> performanceRepository.persist(e));
    }

    /** What the read API answers, with the entities' versions (for a content ETag). */
    public record Read(List<ScoresView> views, String versions) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Read read(YearRange range) {
        Caller caller = Caller.from(identity);
        for (int y = range.fromYear(); y <= range.toYear(); y++) {
            access.requireRead(caller, range.workUnit(), YearRange.asOf(y));
        }
        Map<String, SchemeData> byCode = schemes.listAll().stream().map(ScoreScheme::toData)
                .collect(Collectors.toMap(SchemeData::code, s -> s));
        Map<Integer, List<IkpaEntry>> ikpa = ikpaRepository.range(range.workUnit(), range.fromYear(), range.toYear())
                .stream().collect(Collectors.groupingBy(e -> e.year));
        Map<Integer, List<PerformanceEntry>> perf = performanceRepository
                .range(range.workUnit(), range.fromYear(), range.toYear())
                .stream().collect(Collectors.groupingBy(e -> e.year));
        List<ScoresView> views = new ArrayList<>();
        StringBuilder versions = new StringBuilder();
        for (int y = range.fromYear(); y <= range.toYear(); y++) {
            List<IkpaEntry> ik = ikpa.getOrDefault(y, List.of());
            List<PerformanceEntry> pe = perf.getOrDefault(y, List.of());
            if (ik.isEmpty() && pe.isEmpty()) {
                continue;
            }
            IkpaEntry yearIkpa = ik.stream().filter(e -> YEAR_END_PERIOD.equals(e.period)).findFirst()
                    .orElse(ik.isEmpty() ? null : ik.get(ik.size() - 1));
            Map<SchemeKind, PerformanceEntry> byKind = new HashMap<>();
            pe.forEach(e -> byKind.put(e.kind, e));
            views.add(view(range.workUnit(), y, yearIkpa, byKind, byCode));
            if (yearIkpa != null) {
                versions.append("I").append(yearIkpa.id).append('.').append(yearIkpa.version).append(';');
            }
            pe.stream().sorted(Comparator.comparing(e -> e.id))
                    .forEach(e -> versions.append("P").append(e.id).append('.').append(e.version).append(';'));
        }
        if (range.single() && views.isEmpty()) {
            throw ProblemException.notFound("No budget scores of work unit " + range.workUnit() + " for "
                    + range.fromYear());
        }
        return new Read(views, versions.toString());
    }

    static ScoresView view(String unit, int year, IkpaEntry ikpaEntry, Map<SchemeKind, PerformanceEntry> byKind,
                           Map<String, SchemeData> schemes) {
        ScoresView.Ikpa ikpa = null;
        BigDecimal execution = null;
        String executionSource = null;
        if (ikpaEntry != null) {
            IkpaData d = ikpaEntry.toData();
            SchemeData s = schemes.get(d.scheme());
            IkpaCalculator.Result r = IkpaCalculator.compute(
                    s.components().stream().map(c -> new IkpaCalculator.Weight(c.key(), c.aspect(), c.weight())).toList(),
                    values(d.components()),
                    s.reducers().stream().map(x -> new IkpaCalculator.Reducer(x.key(), x.maxDeduction())).toList(),
                    values(d.reducers()));
            Map<String, BigDecimal> entered = values(d.components());
            Map<String, BigDecimal> reportedWeighted = d.reported().weightedValues();
            List<ScoresView.IkpaComponent> components = s.components().stream().map(c -> {
                BigDecimal weighted = r.weighted().get(c.key());
                BigDecimal rw = reportedWeighted.get(c.key());
                return new ScoresView.IkpaComponent(c.key(), c.name(), c.aspect(), c.weight(), entered.get(c.key()),
                        r.applied().contains(c.key()), Numbers.round2(weighted), rw, Numbers.difference(rw, weighted));
            }).toList();
            Map<String, BigDecimal> reducerValues = values(d.reducers());
            List<ScoresView.IkpaReducer> reducers = s.reducers().stream()
                    .map(x -> new ScoresView.IkpaReducer(x.key(), x.name(), x.maxDeduction(), reducerValues.get(x.key()),
                            reportedWeighted.get(x.key()))).toList();
            Map<String, ScoresView.Compared> aspects = new LinkedHashMap<>();
            r.aspects().forEach((a, v) -> aspects.put(a, compared(v, d.reported().aspects().get(a))));
            d.reported().aspects().forEach((a, v) -> aspects.putIfAbsent(a, compared(null, v)));
            ikpa = new ScoresView.Ikpa(d.scheme(), d.period(), d.reference(), components, reducers, aspects,
                    Numbers.round2(r.total()), d.reported().total(), r.applicableWeight(),
                    d.reported().weightConversion(), Numbers.round2(r.finalScore()), d.reported().finalScore(),
                    Numbers.difference(d.reported().finalScore(), r.finalScore()), d.reported().weightedValuesWhere(),
                    ikpaEntry.version);
            execution = r.finalScore() != null ? r.finalScore() : d.reported().finalScore();
            executionSource = r.finalScore() != null ? d.scheme() + " computed" : d.scheme() + " reported";
        }

        ScoresView.Smart smart = null;
        BigDecimal planning = null;
        String planningSource = null;
        PerformanceEntry smartEntry = byKind.get(SchemeKind.SMART);
        if (smartEntry != null) {
            PerformanceData d = smartEntry.toData();
            SchemeData s = schemes.get(d.scheme());
            List<SmartCalculator.Derivation> derivations = s.derived().stream()
                    .map(x -> new SmartCalculator.Derivation(x.key(), x.from(), ClampFormula.parse(x.formula()).orElseThrow()))
                    .toList();
            Map<String, BigDecimal> entered = values(d.components());
            SmartCalculator.Result r = SmartCalculator.compute(
                    s.components().stream().map(c -> new SmartCalculator.Weight(c.key(), c.weight())).toList(),
                    derivations, entered);
            List<ScoresView.ScoreComponent> components = s.components().stream().map(c -> {
                String from = s.derived().stream().filter(x -> x.key().equals(c.key())).map(SchemeData.Derived::from)
                        .findFirst().orElse(null);
                BigDecimal v = r.values().get(c.key());
                BigDecimal weighted = v == null || c.weight() == null ? null
                        : Numbers.round2(v.multiply(c.weight()).divide(Numbers.HUNDRED));
                return new ScoresView.ScoreComponent(c.key(), c.name(), c.weight(), from == null ? v : Numbers.round2(v),
                        from, weighted);
            }).toList();
            SchemeData.Derived first = s.derived().isEmpty() ? null : s.derived().get(0);
            BigDecimal efficiencyScore = first == null ? null : r.values().get(first.key());
            BigDecimal reportedEfficiency = first == null ? null : d.reported().get(first.key());
            smart = new ScoresView.Smart(d.scheme(), d.reference(), components,
                    first == null ? null : entered.get(first.from()), Numbers.round2(efficiencyScore), reportedEfficiency,
                    Numbers.difference(reportedEfficiency, efficiencyScore), Numbers.round2(r.score()),
                    d.reported().get("score"), Numbers.difference(d.reported().get("score"), r.score()),
                    smartEntry.version);
            if (r.score() != null) {
                planning = r.score();
                planningSource = d.scheme() + " computed";
            } else if (d.reported().get("score") != null) {
                planning = d.reported().get("score");
                planningSource = d.scheme() + " reported";
            }
        }

        ScoresView.Planning planningView = null;
        PerformanceEntry planningEntry = byKind.get(SchemeKind.PLANNING);
        if (planningEntry != null) {
            PerformanceData d = planningEntry.toData();
            SchemeData s = schemes.get(d.scheme());
            Map<String, BigDecimal> entered = values(d.components());
            List<ScoresView.ScoreComponent> components = s.components().stream()
                    .map(c -> new ScoresView.ScoreComponent(c.key(), c.name(), c.weight(), entered.get(c.key()), null,
                            null)).toList();
            BigDecimal reported = d.reported().get("score");
            planningView = new ScoresView.Planning(d.scheme(), d.reference(), d.note(), components, null, reported,
                    planningEntry.version);
            if (planning == null && reported != null) {
                planning = reported;
                planningSource = d.scheme() + " reported";
            }
        }

        ScoresView.Nka nka = null;
        PerformanceEntry nkaEntry = byKind.get(SchemeKind.NKA);
        if (nkaEntry != null) {
            PerformanceData d = nkaEntry.toData();
            SchemeData s = schemes.get(d.scheme());
            BigDecimal wp = s.component("PLANNING").weight();
            BigDecimal we = s.component("EXECUTION").weight();
            BigDecimal computed = NkaCalculator.compute(wp, we, planning, execution);
            BigDecimal reported = d.reported().get("score");
            nka = new ScoresView.Nka(d.scheme(), d.reference(), d.inputs(), wp, Numbers.round2(planning), planningSource,
                    we, Numbers.round2(execution), executionSource, Numbers.round2(computed), reported,
                    Numbers.difference(reported, computed), nkaEntry.version);
        }
        return new ScoresView(unit, year, ikpa, smart, planningView, nka);
    }

    private static ScoresView.Compared compared(BigDecimal computed, BigDecimal reported) {
        return new ScoresView.Compared(Numbers.round2(computed), reported, Numbers.difference(reported, computed));
    }

    private static Map<String, BigDecimal> values(List<KeyValue> values) {
        Map<String, BigDecimal> out = new HashMap<>();
        values.forEach(v -> out.put(v.key(), v.value()));
        return out;
    }

    /** IKPA upserts for a dataset import against the stored entries of these work units, loaded in one query. */
    public UnitYearWriter<IkpaEntry, IkpaData>.Batch ikpaBatch(Collection<String> workUnits) {
        return ikpaWriter.batch(ikpaRepository.ofUnits(workUnits), e -> e.workUnit + "/" + e.year + "/" + e.period);
    }

    /** SMART, planning and NKA upserts for a dataset import against the stored entries of these work units. */
    public UnitYearWriter<PerformanceEntry, PerformanceData>.Batch performanceBatch(Collection<String> workUnits) {
        return performanceWriter.batch(performanceRepository.ofUnits(workUnits),
                e -> e.workUnit + "/" + e.year + "/" + e.kind);
    }
}
