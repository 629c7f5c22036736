package id.sakip.indicators.achievement;

import id.sakip.indicators.plan.IndicatorKind;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sakip.commons.http.ETags;
import id.sakip.commons.problem.ProblemException;
import id.sakip.commons.security.Caller;
import id.sakip.commons.security.Role;
import id.sakip.indicators.achievement.dto.Scorecard;
import id.sakip.indicators.agreement.AgreementRepository;
import id.sakip.indicators.agreement.PerformanceAgreement;
import id.sakip.indicators.common.Num;
import id.sakip.indicators.unityear.UnitYearWrites;
import id.sakip.indicators.plan.Indicator;
import id.sakip.indicators.plan.Objective;
import id.sakip.indicators.plan.PlanCatalog;
import id.sakip.indicators.plan.PlanService;
import id.sakip.indicators.plan.StrategicPlan;
import id.sakip.indicators.realization.Realization;
import id.sakip.indicators.realization.RealizationRepository;
import id.sakip.indicators.register.DerivationService;
import id.sakip.indicators.security.UnitAccess;
import id.sakip.indicators.workunit.WorkUnitService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.FlushMode;
import org.hibernate.Session;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import static id.sakip.indicators.achievement.AchievementCalculator.present;

/**
 * Assembles scorecards: the single unit view and the Kanwil pull. Everything a set of units needs for a year is
 * loaded in a fixed number of set-based queries (plans, units, agreements, realizations, benchmarks, reported
 * figures, change stamps), then computed in memory with {@link AchievementCalculator}: no query per unit.
 * The answers of the achievement endpoint are served as JSON from {@link ScorecardCache} under the data generation
 * read first ({@link BenchmarkCache#generations}); only a write makes them computed again, and a pull page is put
 * together from the units' cached scorecards, computing only the missing ones.
 */
@ApplicationScoped
public class ScorecardService {

    /** Units computed together on a cache miss: bounds the entities a large pull holds at once. */
    static final int CHUNK = 50;

    private final PlanService plans;
    private final WorkUnitService workUnits;
    private final AgreementRepository agreements;
    private final RealizationRepository realizations;
    private final UnitYearWrites unitYears;
    private final UnitAccess access;
    private final DerivationService derivations;
    private final EntityManager em;
    private final BenchmarkCache benchmarkCache;
    private final ScorecardCache cache;
    private final ObjectMapper json;

    public ScorecardService(PlanService plans, WorkUnitService workUnits, AgreementRepository agreements,
                            RealizationRepository realizations, UnitYearWrites unitYears, UnitAccess access,
                            DerivationService derivations, EntityManager em, BenchmarkCache benchmarkCache,
                            ScorecardCache cache, ObjectMapper json) {
        this.benchmarkCache = benchmarkCache;
        this.plans = plans;
        this.workUnits = workUnits;
        this.agreements = agreements;
        this.realizations = realizations;
        this.unitYears = unitYears;
        this.access = access;
        this.derivations = derivations;
        this.em = em;
        this.cache = cache;
        this.json = json;
    }

    /** The scorecard as an object (the indicator series and the register checks read it). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Scorecard scorecard(String unit, int year, Caller caller) {
        BenchmarkCache.Generations generations = benchmarkCache.generations(year);
        WorkUnitService.Directory dir = readableUnit(unit, year, caller, generations);
        return assemble(List.of(unit), year, dir, generations).get(0);
    }

    /** The scorecard as the endpoint sends it: JSON and ETag, from the cache unless the data changed. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ScorecardCache.Answer scorecardAnswer(String unit, int year, Caller caller) {
        BenchmarkCache.Generations generations = benchmarkCache.generations(year);
        WorkUnitService.Directory dir = readableUnit(unit, year, caller, generations);
        return cache.get(new ScorecardCache.UnitKey(unit, year), generations.upToYear(),
                () -> readOnly(() -> unitAnswers(List.of(unit), year, dir, generations).get(unit)));
    }

    /**
     * One page of the Kanwil pull as the endpoint sends it ({@code {parent, year, page, size, total, items}}):
     * every unit below {@code parent} at any time during the year, by code; from the cache unless the data changed.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ScorecardCache.Answer pullAnswer(String parent, int year, int page, int size, OffsetDateTime updatedSince,
                                            Caller caller) {
        BenchmarkCache.Generations generations = benchmarkCache.generations(year);
        WorkUnitService.Directory dir = workUnits.directory(generations.everyYear());
        if (!dir.names().containsKey(parent)) {
            throw ProblemException.notFound("No work unit " + parent);
        }
        boolean allowed = caller.readsEverything() || (caller.has(Role.REGIONAL) && caller.workUnit() != null
                && (caller.workUnit().equals(parent)
                || dir.hierarchy().isBelowDuringYear(parent, caller.workUnit(), year)));
        if (!allowed) {
            throw ProblemException.forbidden("You may not pull the units below " + parent);
        }
        ScorecardCache.PageKey key = new ScorecardCache.PageKey(parent, year, page, size,
                updatedSince == null ? null : updatedSince.toInstant());
        return cache.get(key, generations.upToYear(),
                () -> readOnly(() -> page(parent, year, page, size, updatedSince, dir, generations)));
    }

    /** The series of one indicator of a unit, oldest first, ending with {@code year}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Scorecard.SeriesPoint> series(String unit, int year, String indicator, Caller caller) {
        Scorecard card = scorecard(unit, year, caller);
        return card.objectives().stream().flatMap(o -> o.indicators().stream())
                .filter(i -> i.code().equals(indicator)).findFirst()
                .map(Scorecard.IndicatorCard::series)
                .orElseThrow(() -> ProblemException.notFound("Indicator " + indicator + " is not in the plan of "
                        + unit + " for " + year));
    }

    /** 404 for an unknown unit, 403 when the caller may not read it; the directory otherwise. */
    private WorkUnitService.Directory readableUnit(String unit, int year, Caller caller,
                                                   BenchmarkCache.Generations generations) {
        WorkUnitService.Directory dir = workUnits.directory(generations.everyYear());
        if (!dir.names().containsKey(unit)) {
            throw ProblemException.notFound("No work unit " + unit);
        }
        if (!access.canRead(caller, unit, year, dir.hierarchy())) {
            throw ProblemException.forbidden("You may not read the data of work unit " + unit + " for " + year);
        }
        return dir;
    }

    private ScorecardCache.Answer page(String parent, int year, int page, int size, OffsetDateTime updatedSince,
                                       WorkUnitService.Directory dir, BenchmarkCache.Generations generations) {
        List<String> below = dir.hierarchy().belowDuringYear(parent, year);
        if (updatedSince != null) {
            Map<String, OffsetDateTime> changed = unitYears.changedAt(below, year);
            below = below.stream().filter(u -> changed.get(u) != null && changed.get(u).isAfter(updatedSince))
                    .toList();
        }
        int from = (int) Math.min((long) page * size, below.size());
        int to = Math.min(from + size, below.size());
        List<String> pageUnits = below.subList(from, to);
        Map<String, ScorecardCache.Answer> items = new HashMap<>();
        List<String> missing = new ArrayList<>();
        for (String unit : pageUnits) {
            ScorecardCache.Answer cached = cache.current(new ScorecardCache.UnitKey(unit, year),
                    generations.upToYear());
            if (cached != null) {
                items.put(unit, cached);
            } else {
                missing.add(unit);
            }
        }
        for (int i = 0; i < missing.size(); i += CHUNK) {
            if (i > 0 && !em.isJoinedToTransaction()) {
                // The previous chunk's entities are serialized and no longer needed.
                em.clear();
            }
            items.putAll(unitAnswers(missing.subList(i, Math.min(i + CHUNK, missing.size())), year, dir,
                    generations));
        }
        // The page {parent, year, page, size, total, items[scorecard]} (README, CONTRACT.md), with the items'
        // cached bytes copied in.
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 + pageUnits.stream()
                .mapToInt(u -> items.get(u).body().length + 1).sum());
        out.writeBytes(("{\"parent\":" + text(parent) + ",\"year\":" + year + ",\"page\":" + page + ",\"size\":"
                + size + ",\"total\":" + below.size() + ",\"items\":[").getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < pageUnits.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.writeBytes(items.get(pageUnits.get(i)).body());
        }
        out.writeBytes("]}".getBytes(StandardCharsets.UTF_8));
        return answer(generations.upToYear(), out.toByteArray());
    }

    /** Computes the scorecards of some units, serializes each and stores it in the cache. */
    private Map<String, ScorecardCache.Answer> unitAnswers(List<String> units, int year,
                                                           WorkUnitService.Directory dir,
                                                           BenchmarkCache.Generations generations) {
        Map<String, ScorecardCache.Answer> out = new LinkedHashMap<>();
        for (Scorecard card : assemble(units, year, dir, generations)) {
            ScorecardCache.Answer answer = answer(generations.upToYear(), bytes(card));
            out.put(card.workUnit().code(), cache.put(new ScorecardCache.UnitKey(card.workUnit().code(), year),
                    answer));
        }
        return out;
    }

    private static ScorecardCache.Answer answer(long generation, byte[] body) {
        // The tag hashes the bytes that are sent.
        return new ScorecardCache.Answer(generation, body,
                ETags.ofContent(new String(body, StandardCharsets.UTF_8)));
    }

    private byte[] bytes(Object body) {
        try {
            return json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String text(String value) {
        return new String(bytes(value), StandardCharsets.UTF_8);
    }

    /**
     * Runs a cache miss with entities loaded read-only and no automatic flush: nothing is written, so Hibernate
     * keeps no snapshots and dirty-checks nothing before each query.
     */
    private <T> T readOnly(Supplier<T> work) {
        Session session = em.unwrap(Session.class);
        boolean readOnly = session.isDefaultReadOnly();
        FlushMode flushMode = session.getHibernateFlushMode();
        session.setDefaultReadOnly(true);
        session.setHibernateFlushMode(FlushMode.MANUAL);
        try {
            return work.get();
        } finally {
            session.setDefaultReadOnly(readOnly);
            session.setHibernateFlushMode(flushMode);
        }
    }

    List<Scorecard> assemble(List<String> units, int year, WorkUnitService.Directory dir,
                             BenchmarkCache.Generations generations) {
        PlanCatalog catalog = plans.catalog(generations.everyYear());
        // The computed benchmark averages over all units holding an indicator: cached per year until a write.
        Map<String, ComputedBenchmark> computed = benchmarkCache.averages(year, generations.benchmark(),
                () -> computeBenchmarks(catalog, year));
        // Rows of the requested units up to the year (the year itself and the series).
        List<Realization> seriesRows = realizations.findByUnitsUpTo(units, year);
        Map<String, Map<Integer, PerformanceAgreement>> seriesAgreements = new HashMap<>();
        for (PerformanceAgreement a : agreements.findSignedWithTargets(units, year)) {
            seriesAgreements.computeIfAbsent(a.workUnit, k -> new HashMap<>()).merge(a.year, a,
                    (x, y) -> y.revision > x.revision ? y : x);
        }
        List<Benchmark> imported = em.createQuery("from Benchmark b where b.year = :y", Benchmark.class)
                .setParameter("y", year).getResultList();
        List<ReportedFigure> reported = em.createQuery(
                        "from ReportedFigure r where r.year = :y and r.workUnit in :u order by r.position",
                        ReportedFigure.class).setParameter("y", year).setParameter("u", units).getResultList();
        Map<String, OffsetDateTime> changed = unitYears.changedAt(units, year);
        DerivationService.Derivations derived = derivations.derive(units, year);

        Map<String, List<Realization>> seriesRowsByUnit = seriesRows.stream()
                .collect(Collectors.groupingBy(r -> r.workUnit));
        Map<String, List<ReportedFigure>> reportedByUnit = reported.stream()
                .collect(Collectors.groupingBy(r -> r.workUnit));

        List<Scorecard> out = new ArrayList<>();
        for (String unit : units) {
            List<Realization> unitRows = seriesRowsByUnit.getOrDefault(unit, List.of());
            Map<Integer, PerformanceAgreement> unitAgreements = seriesAgreements.getOrDefault(unit, Map.of());
            out.add(card(unit, year, dir, catalog, unitAgreements.get(year),
                    unitRows.stream().filter(r -> r.year == year).toList(), unitRows, unitAgreements, computed,
                    imported, reportedByUnit.getOrDefault(unit, List.of()), changed.get(unit), derived));
        }
        return out;
    }

    /** Loads every unit's signed agreements and realizations of the year and averages them (a cache miss). */
    private Map<String, ComputedBenchmark> computeBenchmarks(PlanCatalog catalog, int year) {
        Map<String, PerformanceAgreement> inForce = inForceByUnit(agreements.findSignedWithTargets(year));
        Map<String, List<Realization>> yearRowsByUnit = realizations.findByYear(year).stream()
                .collect(Collectors.groupingBy(r -> r.workUnit));
        return computeBenchmarks(catalog, year, inForce, yearRowsByUnit);
    }

    private Scorecard card(String unit, int year, WorkUnitService.Directory dir, PlanCatalog catalog,
                           PerformanceAgreement agreement, List<Realization> rows, List<Realization> seriesRows,
                           Map<Integer, PerformanceAgreement> agreementsByYear,
                           Map<String, ComputedBenchmark> computed, List<Benchmark> imported,
                           List<ReportedFigure> reported, OffsetDateTime changedAt,
                           DerivationService.Derivations derived) {
        StrategicPlan plan = planFor(year, agreement, rows, catalog);
        List<Scorecard.ObjectiveCard> objectives = new ArrayList<>();
        List<BigDecimal> objectiveAverages = new ArrayList<>();
        if (plan != null) {
            for (Objective o : plan.objectives) {
                if (o.indicators.isEmpty()) {
                    continue;
                }
                List<Scorecard.IndicatorCard> cards = new ArrayList<>();
                List<BigDecimal> achievements = new ArrayList<>();
                for (Indicator ind : o.indicators) {
                    BigDecimal target = target(agreement, ind.code);
                    List<Realization> own = rows.stream()
                            .filter(r -> r.planCode.equals(plan.code) && r.indicatorCode.equals(ind.code)).toList();
                    List<PeriodEntry> entries = own.stream().map(ScorecardService::entry).toList();
                    Measure m = AchievementCalculator.year(ind.rule(), target, entries);
                    achievements.add(m.achievement());
                    cards.add(indicatorCard(unit, year, ind, target, entries, m, catalog, seriesRows,
                            agreementsByYear, computed, imported, derived));
                }
                BigDecimal avg = AchievementCalculator.average(achievements);
                objectiveAverages.add(avg);
                Objective parent = plan.objectives.stream().filter(x -> x.code.equals(o.parentCode)).findFirst()
                        .orElse(null);
                objectives.add(new Scorecard.ObjectiveCard(o.code, o.name, o.level,
                        parent == null ? null : new Scorecard.Ref(parent.code, parent.name), present(avg), cards));
            }
        }
        BigDecimal overall = AchievementCalculator.average(objectiveAverages);
        List<Scorecard.Reported> rep = reported.stream().map(r -> new Scorecard.Reported(r.key, r.indicator,
                r.objective, Num.norm(r.value), r.where)).toList();
        return new Scorecard(new Scorecard.Ref(unit, dir.names().get(unit)), year,
                plan == null ? null : new Scorecard.Ref(plan.code, plan.name),
                agreement == null ? null : new Scorecard.AgreementRef(agreement.revision, agreement.status,
                        agreement.signedOn),
                objectives, present(overall), rep, changedAt);
    }

    private Scorecard.IndicatorCard indicatorCard(String unit, int year, Indicator ind, BigDecimal target,
                                                  List<PeriodEntry> entries, Measure m, PlanCatalog catalog,
                                                  List<Realization> seriesRows,
                                                  Map<Integer, PerformanceAgreement> agreementsByYear,
                                                  Map<String, ComputedBenchmark> computed,
                                                  List<Benchmark> imported,
                                                  DerivationService.Derivations derived) {
        String basis = entries.isEmpty() ? null
                : entries.stream().anyMatch(e -> "FY".equals(e.period())) ? "YEARLY" : "QUARTERLY";
        List<Scorecard.QuarterCard> quarters = new ArrayList<>();
        if ("QUARTERLY".equals(basis)) {
            List<Measure> ytd = AchievementCalculator.yearToDate(ind.rule(), target, entries);
            for (int q = 0; q < 4; q++) {
                String period = AchievementCalculator.QUARTERS.get(q);
                PeriodEntry own = entries.stream().filter(e -> e.period().equals(period)).findFirst().orElse(null);
                Measure y = ytd.get(q);
                quarters.add(new Scorecard.QuarterCard(period, own == null ? null : Num.norm(own.numerator()),
                        own == null ? null : Num.norm(own.denominator()), own == null ? null : Num.norm(own.value()),
                        Num.norm(y.numerator()), Num.norm(y.denominator()), Num.norm(y.value()),
                        present(y.realization()), present(y.achievement()), y.applicable(), y.reason()));
            }
        }
        List<Scorecard.SeriesPoint> series = series(year, ind, catalog, seriesRows, agreementsByYear);
        Scorecard.Benchmark benchmark = benchmark(year, ind, m, computed, imported);
        DerivationService.Derivation d = derived.find(unit, ind.planCode, ind.code);
        Scorecard.Derived derivedCard = d == null ? null : derivedCard(d, m);
        return new Scorecard.IndicatorCard(ind.code, ind.name, ind.kind.name(), ind.unit, ind.polarity.name(),
                ind.yearAggregation.name(), ind.numeratorLabel, ind.denominatorLabel, Num.norm(target), basis,
                Num.norm(m.numerator()), Num.norm(m.denominator()), Num.norm(m.value()), present(m.realization()),
                present(m.achievement()), m.applicable(), m.reason(), quarters,
                Num.norm(ind.mediumTermTarget(year)), series, benchmark, derivedCard);
    }

    private static Scorecard.Derived derivedCard(DerivationService.Derivation d, Measure m) {
        boolean value = d.value() != null || (d.numerator() == null && d.denominator() == null);
        BigDecimal realization = value ? d.value() : AchievementCalculator.ratio(d.numerator(), d.denominator());
        boolean matches = value ? Num.same(d.value(), m.value())
                : Num.same(d.numerator(), m.numerator()) && Num.same(d.denominator(), m.denominator());
        return new Scorecard.Derived(Num.norm(d.numerator()), Num.norm(d.denominator()), present(realization),
                d.source(), matches, d.quarters().stream().map(q -> new Scorecard.PeriodFigure(q.period(),
                        Num.norm(q.numerator()), Num.norm(q.denominator()), Num.norm(q.value()))).toList(),
                Num.norm(d.value()), d.ruleId(), d.description());
    }

    private List<Scorecard.SeriesPoint> series(int year, Indicator ind, PlanCatalog catalog,
                                               List<Realization> seriesRows,
                                               Map<Integer, PerformanceAgreement> agreementsByYear) {
        List<Indicator> chain = catalog.chain(ind);
        Map<String, Indicator> byKey = new HashMap<>();
        chain.forEach(i -> byKey.put(PlanCatalog.key(i.planCode, i.code), i));
        TreeMap<Integer, List<Realization>> byYear = new TreeMap<>();
        for (Realization r : seriesRows) {
            if (byKey.containsKey(PlanCatalog.key(r.planCode, r.indicatorCode))) {
                byYear.computeIfAbsent(r.year, k -> new ArrayList<>()).add(r);
            }
        }
        TreeSet<Integer> years = new TreeSet<>(byYear.keySet());
        years.add(year);
        List<Scorecard.SeriesPoint> out = new ArrayList<>();
        for (int y : years) {
            List<Realization> rows = byYear.getOrDefault(y, List.of());
            // The indicator of that year: the newest of the chain with rows that year (a later plan's baseline figure
            // wins over the earlier plan's own), else the newest of the chain.
            Indicator yi = chain.stream().filter(c -> rows.stream().anyMatch(r -> r.planCode.equals(c.planCode)
                    && r.indicatorCode.equals(c.code))).findFirst().orElse(ind);
            List<Realization> same = rows.stream().filter(r -> r.planCode.equals(yi.planCode)
                    && r.indicatorCode.equals(yi.code)).toList();
            PerformanceAgreement a = agreementsByYear.get(y);
            BigDecimal target = a != null && a.planCode.equals(yi.planCode) ? target(a, yi.code) : null;
            Measure m = AchievementCalculator.year(yi.rule(), target, same.stream().map(ScorecardService::entry)
                    .toList());
            out.add(new Scorecard.SeriesPoint(y, yi.planCode, yi.code, Num.norm(target), Num.norm(m.numerator()),
                    Num.norm(m.denominator()), Num.norm(m.value()), present(m.realization()),
                    present(m.achievement()), m.applicable(), m.reason()));
        }
        return out;
    }

    private Scorecard.Benchmark benchmark(int year, Indicator ind, Measure own, Map<String, ComputedBenchmark> computed,
                                          List<Benchmark> imported) {
        boolean byValue = ind.kind == IndicatorKind.VALUE;
        ComputedBenchmark c = computed.get(PlanCatalog.key(ind.planCode, ind.code));
        Scorecard.BenchmarkSource computedSource = null;
        if (c != null && c.count() > 0) {
            BigDecimal ratio = byValue ? AchievementCalculator.ratio(own.value(), c.averageValue())
                    : AchievementCalculator.ratio(own.achievement(), c.averageAchievement());
            computedSource = new Scorecard.BenchmarkSource("COMPUTED", "ALL_UNITS_HELD", c.count(),
                    present(c.averageAchievement()), present(c.averageValue()), present(ratio));
        }
        Scorecard.BenchmarkSource importedSource = null;
        Optional<Benchmark> b = imported.stream().filter(x -> x.year == year && x.planCode.equals(ind.planCode)
                && x.indicatorCode.equals(ind.code)).findFirst();
        if (b.isPresent()) {
            Benchmark x = b.get();
            BigDecimal ratio = x.averageValue != null ? AchievementCalculator.ratio(own.value(), x.averageValue)
                    : AchievementCalculator.ratio(own.achievement(), x.averageAchievement);
            importedSource = new Scorecard.BenchmarkSource("IMPORTED", x.scope, x.workUnitCount,
                    Num.norm(x.averageAchievement), Num.norm(x.averageValue), present(ratio));
        }
        return computedSource == null && importedSource == null ? null
                : new Scorecard.Benchmark(computedSource, importedSource);
    }

    /** Average achievement and value per indicator over every unit with an applicable figure this year. */
    private Map<String, ComputedBenchmark> computeBenchmarks(PlanCatalog catalog, int year,
                                                             Map<String, PerformanceAgreement> inForce,
                                                             Map<String, List<Realization>> rowsByUnit) {
        Map<String, List<BigDecimal>> achievements = new HashMap<>();
        Map<String, List<BigDecimal>> values = new HashMap<>();
        for (Map.Entry<String, List<Realization>> e : rowsByUnit.entrySet()) {
            PerformanceAgreement a = inForce.get(e.getKey());
            Map<String, List<Realization>> byIndicator = e.getValue().stream()
                    .collect(Collectors.groupingBy(r -> PlanCatalog.key(r.planCode, r.indicatorCode)));
            for (Map.Entry<String, List<Realization>> ie : byIndicator.entrySet()) {
                Realization first = ie.getValue().get(0);
                Indicator ind = catalog.indicator(first.planCode, first.indicatorCode).orElse(null);
                if (ind == null) {
                    continue;
                }
                BigDecimal target = a != null && a.planCode.equals(ind.planCode) ? target(a, ind.code) : null;
                Measure m = AchievementCalculator.year(ind.rule(), target,
                        ie.getValue().stream().map(ScorecardService::entry).toList());
                if (m.achievement() != null) {
                    achievements.computeIfAbsent(ie.getKey(), k -> new ArrayList<>()).add(m.achievement());
                }
                if (m.value() != null) {
                    values.computeIfAbsent(ie.getKey(), k -> new ArrayList<>()).add(m.value());
                }
            }
        }
        Map<String, ComputedBenchmark> out = new HashMap<>();
        for (String key : union(achievements.keySet(), values.keySet())) {
            List<BigDecimal> ach = achievements.getOrDefault(key, List.of());
            List<BigDecimal> val = values.getOrDefault(key, List.of());
            out.put(key, new ComputedBenchmark(Math.max(ach.size(), val.size()),
                    AchievementCalculator.average(ach), AchievementCalculator.average(val)));
        }
        return out;
    }

    private static Collection<String> union(Collection<String> a, Collection<String> b) {
        TreeSet<String> s = new TreeSet<>(a);
        s.addAll(b);
        return s;
    }

    private static StrategicPlan planFor(int year, PerformanceAgreement agreement, List<Realization> rows,
                                         PlanCatalog catalog) {
        if (agreement != null) {
            return catalog.plan(agreement.planCode).orElse(null);
        }
        if (!rows.isEmpty()) {
            return catalog.plan(rows.get(0).planCode).orElse(null);
        }
        return catalog.covering(year).orElse(null);
    }

    private static Map<String, PerformanceAgreement> inForceByUnit(List<PerformanceAgreement> signed) {
        Map<String, PerformanceAgreement> out = new HashMap<>();
        for (PerformanceAgreement a : signed) {
            out.merge(a.workUnit, a, (x, y) -> y.revision > x.revision ? y : x);
        }
        return out;
    }

    private static BigDecimal target(PerformanceAgreement a, String indicator) {
        if (a == null) {
            return null;
        }
        return a.targets.stream().filter(t -> t.indicatorCode.equals(indicator)).map(t -> t.target).findFirst()
                .orElse(null);
    }

    private static PeriodEntry entry(Realization r) {
        return new PeriodEntry(r.period, r.numerator, r.denominator, r.value);
    }

    /** A computed benchmark: how many units, their average achievement and average value. */
    record ComputedBenchmark(int count, BigDecimal averageAchievement, BigDecimal averageValue) {
    }
}
