package id.sakip.indicators.dataset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sakip.commons.audit.AuditLog;
import id.sakip.commons.problem.ProblemException;
import id.sakip.commons.security.Caller;
import id.sakip.commons.security.Role;
import id.sakip.commons.security.WriteKind;
import id.sakip.indicators.achievement.Benchmark;
import id.sakip.indicators.achievement.BenchmarkCache;
import id.sakip.indicators.achievement.ReportedFigure;
import id.sakip.indicators.agreement.AgreementRules;
import id.sakip.indicators.agreement.AgreementService;
import id.sakip.indicators.agreement.PerformanceAgreement;
import id.sakip.indicators.agreement.dto.AgreementInput;
import id.sakip.indicators.common.Change;
import id.sakip.indicators.common.Errors;
import id.sakip.indicators.common.Num;
import id.sakip.indicators.unityear.UnitYearWrites;
import id.sakip.indicators.plan.PlanCatalog;
import id.sakip.indicators.plan.PlanIndex;
import id.sakip.indicators.plan.PlanRules;
import id.sakip.indicators.plan.PlanService;
import id.sakip.indicators.plan.dto.PlanDoc;
import id.sakip.indicators.realization.Realization;
import id.sakip.indicators.realization.RealizationRules;
import id.sakip.indicators.realization.RealizationService;
import id.sakip.indicators.realization.dto.RealizationInput;
import id.sakip.indicators.register.RegisterImport;
import id.sakip.indicators.register.RegisterService;
import id.sakip.indicators.security.UnitAccess;
import id.sakip.indicators.workunit.WorkUnitService;
import id.sakip.indicators.workunit.dto.WorkUnitInput;
import id.sakip.indicators.workunit.dto.WorkUnitView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Imports a {@code sakip-performance-dataset/1} file: validates everything first and reports every problem
 * with a JSON pointer (422), then upserts by natural keys in one transaction. A new section is added by its own
 * package as a {@link DatasetSection} bean, which this class calls after its own sections. Idempotent; {@code dryRun}
 * runs the same upserts and rolls them back, so the counts are exactly what a real import would do.
 */
@ApplicationScoped
public class DatasetService {

    public static final String FORMAT = "sakip-performance-dataset/1";
    private static final Set<String> UNIT_TYPES = Set.of("MINISTRY", "DIRECTORATE_GENERAL", "REGIONAL_OFFICE",
            "TECHNICAL_UNIT");
    private static final List<String> ENTITIES = List.of("workUnits", "plans", "agreements", "realizations",
            "history", "benchmarks", "registers", "registerRecords", "reported");

    private final ObjectMapper json;
    private final WorkUnitService workUnits;
    private final PlanService plans;
    private final AgreementService agreements;
    private final RealizationService realizations;
    private final RegisterService registers;
    private final UnitYearWrites unitYears;
    private final WorkUnitImport workUnitImport;
    private final BenchmarkCache benchmarkCache;
    private final UnitAccess access;
    private final AuditLog audit;
    private final EntityManager em;
    private final TransactionManager tm;
    /** The sections other packages import ({@link DatasetSection}), in their order. */
    private final List<DatasetSection> sections;

    public DatasetService(ObjectMapper json, WorkUnitService workUnits, PlanService plans, AgreementService agreements,
                          RealizationService realizations, RegisterService registers, UnitYearWrites unitYears,
                          WorkUnitImport workUnitImport, BenchmarkCache benchmarkCache, UnitAccess access,
                          AuditLog audit, EntityManager em, TransactionManager tm,
                          Instance<DatasetSection> sections) {
        this.sections = sections.stream().sorted(Comparator.comparingInt(DatasetSection::order)).toList();
        this.json = json;
        this.workUnits = workUnits;
        this.workUnitImport = workUnitImport;
        this.benchmarkCache = benchmarkCache;
        this.plans = plans;
        this.agreements = agreements;
        this.realizations = realizations;
        this.registers = registers;
        this.unitYears = unitYears;
        this.access = access;
        this.audit = audit;
        this.em = em;
        this.tm = tm;
    }

    @Transactional
    public ImportSummary importDataset(JsonNode root, boolean dryRun, Caller caller) {
        if (root == null || !root.isObject()) {
            throw ProblemException.badRequest("The dataset must be a JSON object");
        }
        Errors errors = new Errors();
        if (!FORMAT.equals(root.path("format").asText(null))) {
            errors.add("/format", "format must be \"" + FORMAT + "\"");
        }
        Parsed p = parse(root, errors);
        checkAccess(p, caller);
        // Concurrent imports (and single writers) of the same unit-years wait for each other here, before anything
        // stored is read: the later one sees the earlier one's rows and upserts over them (no duplicate key).
        unitYears.beginAll(p.unitYears(), p.hasMasterData());
        validate(p, errors);
        errors.throwIfAny();

        Map<String, int[]> counts = new LinkedHashMap<>();
        ENTITIES.forEach(e -> counts.put(e, new int[3]));
        sections.forEach(s -> s.entities().forEach(e -> counts.put(e, new int[3])));
        Set<String> changedUnitYears = new TreeSet<>();
        // Years whose imported benchmarks changed: their cached computed averages are stale too.
        Set<Integer> changedYears = new TreeSet<>();
        // Audit entries, written in JDBC batches: units, agreements and realizations after their flush, the rest at
        // the end.
        List<AuditLog.Change> auditEntries = new ArrayList<>();

        boolean masterDataChanged = false;
        for (Change c : workUnitImport.upsertAll(p.workUnits, auditEntries)) {
            masterDataChanged |= count(counts, "workUnits", c) != Change.UNCHANGED;
        }
        for (PlanDoc plan : p.plans) {
            masterDataChanged |= count(counts, "plans", plans.upsert(plan)) != Change.UNCHANGED;
        }
        if (masterDataChanged) {
            // Unit names and parents, and plans, are part of every year's scorecards and benchmarks.
            benchmarkCache.bump(BenchmarkCache.EVERY_YEAR);
        }
        em.flush();
        em.clear();
        PlanCatalog catalog = plans.catalog();
        Set<String> agreementUnits = new HashSet<>();
        Set<Integer> agreementYears = new HashSet<>();
        for (AgreementInput a : p.agreements) {
            agreementUnits.add(a.workUnit());
            agreementYears.add(a.year());
        }
        Map<String, PerformanceAgreement> storedAgreements = agreements.preload(agreementUnits, agreementYears);
        for (AgreementInput a : p.agreements) {
            if (count(counts, "agreements", agreements.upsert(a, catalog, storedAgreements, auditEntries))
                    != Change.UNCHANGED) {
                changedUnitYears.add(a.workUnit() + "/" + a.year());
            }
        }
        Map<String, String> planOfUnitYear = new HashMap<>();
        // Stored rows of the unit-years in the file, loaded once: no query and no flush per row.
        Set<String> realizationUnits = new HashSet<>();
        Set<Integer> realizationYears = new HashSet<>();
        for (Item<RealizationInput> r : p.realizations) {
            realizationUnits.add(r.value().workUnit());
            realizationYears.add(r.value().year());
        }
        for (Item<RealizationInput> r : p.history) {
            realizationUnits.add(r.value().workUnit());
            realizationYears.add(r.value().year());
        }
        Map<String, Realization> storedRealizations = realizations.preload(realizationUnits, realizationYears);
        // The plan in force of every unit-year the rows name, in one query.
        planOfUnitYear.putAll(agreements.plansFor(realizationUnits, realizationYears, catalog));
        for (Item<RealizationInput> r : p.realizations) {
            planOf(r.value().workUnit(), r.value().year(), catalog, planOfUnitYear);
        }
        for (Item<RealizationInput> r : p.history) {
            if (!p.historyPlans.containsKey(r.pointer())) {
                planOf(r.value().workUnit(), r.value().year(), catalog, planOfUnitYear);
            }
        }
        // No query runs in the loops below, so nothing needs an automatic flush (which would dirty-check the whole
        // persistence context each time); the rows go out in JDBC batches at the explicit flush after them.
        FlushModeType flushMode = em.getFlushMode();
        em.setFlushMode(FlushModeType.COMMIT);
        for (Item<RealizationInput> r : p.realizations) {
            String plan = planOf(r.value().workUnit(), r.value().year(), catalog, planOfUnitYear);
            if (count(counts, "realizations", realizations.upsert(storedRealizations, r.value(), plan,
                    r.value().period(), Realization.SOURCE_ENTRY, auditEntries)) != Change.UNCHANGED) {
                changedUnitYears.add(r.value().workUnit() + "/" + r.value().year());
            }
        }
        for (Item<RealizationInput> r : p.history) {
            String plan = p.historyPlans.containsKey(r.pointer()) ? p.historyPlans.get(r.pointer())
                    : planOf(r.value().workUnit(), r.value().year(), catalog, planOfUnitYear);
            if (count(counts, "history", realizations.upsert(storedRealizations, r.value(), plan, "FY",
                    Realization.SOURCE_HISTORY, auditEntries)) != Change.UNCHANGED) {
                changedUnitYears.add(r.value().workUnit() + "/" + r.value().year());
            }
        }
        em.flush();
        // The units, agreements and realizations are written and not read again: detached, they cost no dirty check
        // at the later automatic flushes (every query and native update below) and can be collected.
        em.clear();
        em.setFlushMode(flushMode);
        audit.recordAll(auditEntries);
        auditEntries.clear();
        Map<String, Benchmark> storedBenchmarks = preloadBenchmarks(p.benchmarks);
        for (int i = 0; i < p.benchmarks.size(); i++) {
            BenchmarkRow b = p.benchmarks.get(i);
            if (count(counts, "benchmarks", upsertBenchmark(b, p.benchmarkPlans.get(i), storedBenchmarks,
                    auditEntries))
                    != Change.UNCHANGED) {
                changedYears.add(b.year());
            }
        }
        RegisterService.ImportResult registered = registers.importRegisters(p.registers);
        registered.registers().values().forEach(c -> count(counts, "registers", c));
        int[] records = counts.get("registerRecords");
        for (int i = 0; i < 3; i++) {
            records[i] += registered.records()[i];
        }
        changedUnitYears.addAll(registered.changedUnitYears());
        ReportedFigures storedReported = preloadReported(p.reported);
        for (ReportedRow r : p.reported) {
            if (count(counts, "reported", upsertReported(r, storedReported, auditEntries)) != Change.UNCHANGED) {
                changedUnitYears.add(r.workUnit() + "/" + r.year());
            }
        }
        DatasetSection.Counts sectionCounts = new DatasetSection.Counts() {
            @Override
            public Change count(String entity, Change change) {
                return DatasetService.count(counts, entity, change);
            }

            @Override
            public void changed(String unitYear) {
                changedUnitYears.add(unitYear);
            }
        };
        for (DatasetSection.Part part : p.sectionParts) {
            part.upsert(sectionCounts, auditEntries);
        }
        em.flush();
        audit.recordAll(auditEntries);
        // Bumps each year of the changed unit-years once; the benchmark years not bumped by that are bumped here.
        unitYears.changedAll(changedUnitYears);
        changedUnitYears.forEach(k -> changedYears.remove(Integer.parseInt(k.substring(k.lastIndexOf('/') + 1))));
        changedYears.forEach(benchmarkCache::bump);

        Map<String, ImportSummary.Counts> entities = new LinkedHashMap<>();
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            int[] c = e.getValue();
            entities.put(e.getKey(), new ImportSummary.Counts(c[0], c[1], c[2]));
            created += c[0];
            updated += c[1];
            unchanged += c[2];
        }
        ImportSummary summary = new ImportSummary(FORMAT, dryRun, created, updated, unchanged, entities);
        audit.record("IndicatorDataset", root.path("source").asText("dataset"), dryRun ? "DRY_RUN" : "IMPORT", null,
                summary);
        if (dryRun) {
            try {
                tm.setRollbackOnly();
            } catch (SystemException e) {
                throw new IllegalStateException("Could not roll back the dry run", e);
            }
        }
        return summary;
    }

    // ---- access -------------------------------------------------------------------------------------------

    /** Master data (units, plans, benchmarks) needs admin; unit data needs planning rights for each unit. */
    private void checkAccess(Parsed p, Caller caller) {
        if (p.hasMasterData() && !caller.has(Role.ADMIN)) {
            throw ProblemException.forbidden("Work units, plans and benchmarks in a dataset need the admin role");
        }
        Set<String> units = new TreeSet<>();
        p.agreements.forEach(a -> addUnit(units, a.workUnit()));
        p.realizations.forEach(r -> addUnit(units, r.value().workUnit()));
        p.history.forEach(r -> addUnit(units, r.value().workUnit()));
        p.registers.units().forEach(u -> addUnit(units, u));
        p.reported.forEach(r -> addUnit(units, r.workUnit()));
        p.sectionParts.forEach(part -> part.unitYears()
                .forEach(k -> addUnit(units, k.substring(0, k.lastIndexOf('/')))));
        for (String unit : units) {
            access.requireWrite(caller, unit, WriteKind.PLANNING);
        }
    }

    private static void addUnit(Set<String> units, String unit) {
        if (unit != null) {
            units.add(unit);
        }
    }

    // ---- parsing ------------------------------------------------------------------------------------------

    private Parsed parse(JsonNode root, Errors errors) {
        Parsed p = new Parsed();
        for (Item<WorkUnitInput> i : items(root, "workUnits", WorkUnitInput.class, errors)) {
            p.workUnits.add(i.value());
            p.workUnitPointers.add(i.pointer());
        }
        for (Item<PlanDoc> i : items(root, "plans", PlanDoc.class, errors)) {
            p.plans.add(i.value());
            p.planPointers.add(i.pointer());
        }
        for (Item<AgreementInput> i : items(root, "agreements", AgreementInput.class, errors)) {
            p.agreements.add(i.value());
            p.agreementPointers.add(i.pointer());
        }
        p.realizations.addAll(items(root, "realizations", RealizationInput.class, errors));
        p.history.addAll(items(root, "history", RealizationInput.class, errors));
        for (Item<RealizationInput> h : p.history) {
            String named = root.at(h.pointer()).path("plan").asText(null);
            if (named != null) {
                p.namedHistoryPlans.put(h.pointer(), named);
            }
        }
        for (Item<BenchmarkRow> i : items(root, "benchmarks", BenchmarkRow.class, errors)) {
            p.benchmarks.add(i.value());
            p.benchmarkPointers.add(i.pointer());
        }
        for (Item<ReportedRow> i : items(root, "reported", ReportedRow.class, errors)) {
            p.reported.add(i.value());
            p.reportedPointers.add(i.pointer());
        }
        // Units are checked in validate(), once the file's own units are known.
        p.registers = new RegisterImport(json).parse(root.get("registers"), "/registers", u -> true, errors);
        sections.forEach(s -> p.sectionParts.add(s.parse(root, errors)));
        return p;
    }

    private <T> List<Item<T>> items(JsonNode root, String field, Class<T> type, Errors errors) {
        JsonNode node = root.get(field);
        List<Item<T>> out = new ArrayList<>();
        if (node == null || node.isNull()) {
            return out;
        }
        if (!node.isArray()) {
            errors.add("/" + field, "must be an array");
            return out;
        }
        for (int i = 0; i < node.size(); i++) {
            String ptr = "/" + field + "/" + i;
            JsonNode item = node.get(i);
            if (!item.isObject()) {
                errors.add(ptr, "must be an object");
                continue;
            }
            try {
                out.add(new Item<>(ptr, json.treeToValue(item, type)));
            } catch (JsonMappingException e) {
                StringBuilder sb = new StringBuilder(ptr);
                for (JsonMappingException.Reference ref : e.getPath()) {
                    sb.append('/').append(ref.getFieldName() != null ? ref.getFieldName() : ref.getIndex());
                }
                errors.add(sb.toString(), e.getOriginalMessage());
            } catch (JsonProcessingException e) {
                errors.add(ptr, e.getOriginalMessage());
            }
        }
        return out;
    }

    // ---- validation ---------------------------------------------------------------------------------------

    private void validate(Parsed p, Errors errors) {
        Set<String> units = new HashSet<>();
        workUnits.list(null, java.time.LocalDate.now()).forEach(u -> units.add(u.code()));
        p.workUnits.stream().map(WorkUnitInput::code).filter(Objects::nonNull).forEach(units::add);
        validateWorkUnits(p, units, errors);

        List<PlanDoc> stored = plans.list();
        PlanRules.check(p.plans, p.planPointers, stored, errors);
        PlanIndex index = new PlanIndex(stored, p.plans);

        Set<String> agreementKeys = new HashSet<>();
        Map<String, String> planOfUnitYear = new HashMap<>();
        for (int i = 0; i < p.agreements.size(); i++) {
            AgreementInput a = p.agreements.get(i);
            String ptr = p.agreementPointers.get(i);
            AgreementRules.check(a, ptr, index, units::contains, true, errors);
            if (!agreementKeys.add(a.workUnit() + "/" + a.year() + "/" + a.revision())) {
                errors.add(ptr + "/revision", "duplicate agreement revision " + a.revision() + " for "
                        + a.workUnit() + " " + a.year());
            }
            if (a.plan() != null && a.year() != null && id.sakip.indicators.agreement.PerformanceAgreement.SIGNED.equals(a.status())) {
                planOfUnitYear.put(a.workUnit() + "/" + a.year(), a.plan());
            } else if (a.plan() != null && a.year() != null) {
                planOfUnitYear.putIfAbsent(a.workUnit() + "/" + a.year(), a.plan());
            }
        }

        // Periods per unit/year/indicator: stored rows the file does not replace, plus the file's rows.
        Map<String, Set<String>> periods = new HashMap<>();
        Set<String> keys = new HashSet<>();
        validateRealizations(p, p.realizations, true, units, index, planOfUnitYear, periods, keys, errors);
        validateRealizations(p, p.history, false, units, index, planOfUnitYear, periods, keys, errors);
        checkMixing(p, periods, errors);

        // The plans agreements use per year (the file's, else the stored ones): they settle a benchmark's plan when
        // several plans of that year hold its indicator.
        Map<Integer, Set<String>> agreementPlans = new HashMap<>();
        for (AgreementInput a : p.agreements) {
            if (a.year() != null && a.plan() != null) {
                agreementPlans.computeIfAbsent(a.year(), y -> new TreeSet<>()).add(a.plan());
            }
        }
        for (int i = 0; i < p.benchmarks.size(); i++) {
            BenchmarkRow b = p.benchmarks.get(i);
            String ptr = p.benchmarkPointers.get(i);
            p.benchmarkPlans.add(null);
            if (b.year() == null) {
                errors.add(ptr + "/year", "year is required");
                continue;
            }
            p.benchmarkPlans.set(i, benchmarkPlan(b, ptr, index, agreementPlans, errors));
            if (b.averageAchievement() == null && b.averageValue() == null) {
                errors.add(ptr + "/averageAchievement", "averageAchievement or averageValue is required");
            }
            errors.nonNegative(b.averageAchievement(), ptr + "/averageAchievement");
            errors.nonNegative(b.averageValue(), ptr + "/averageValue");
            if (b.workUnitCount() != null && b.workUnitCount() < 0) {
                errors.add(ptr + "/workUnitCount", "must not be negative");
            }
        }
        for (int i = 0; i < p.reported.size(); i++) {
            ReportedRow r = p.reported.get(i);
            String ptr = p.reportedPointers.get(i);
            unitAndYear(r.workUnit(), r.year(), ptr, units, errors);
            if (r.key() == null || r.key().isBlank()) {
                errors.add(ptr + "/key", "key is required");
            }
            if (r.where() == null || r.where().isBlank()) {
                errors.add(ptr + "/where", "where is required (the table or page that printed it)");
            }
        }
        for (RegisterImport.ParsedRecord r : p.registers.records()) {
            if (!r.scalar() && !units.contains(r.input().workUnit())) {
                errors.add(r.pointer() + "/workUnit", "unknown work unit " + r.input().workUnit());
            }
        }
        for (RegisterImport.ParsedHeader h : p.registers.headers()) {
            if (!units.contains(h.workUnit())) {
                errors.add(h.pointer() + "/workUnit", "unknown work unit " + h.workUnit());
            }
        }
        p.sectionParts.forEach(part -> part.validate(units, errors));
    }

    private void validateWorkUnits(Parsed p, Set<String> units, Errors errors) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < p.workUnits.size(); i++) {
            WorkUnitInput u = p.workUnits.get(i);
            String ptr = p.workUnitPointers.get(i);
            if (u.code() == null || u.code().isBlank()) {
                errors.add(ptr + "/code", "code is required");
            } else if (!seen.add(u.code())) {
                errors.add(ptr + "/code", "duplicate work unit " + u.code());
            }
            if (u.name() == null || u.name().isBlank()) {
                errors.add(ptr + "/name", "name is required");
            }
            if (u.type() == null || !UNIT_TYPES.contains(u.type())) {
                errors.add(ptr + "/type", "type must be one of " + new TreeSet<>(UNIT_TYPES));
            }
            if (u.validFrom() != null && u.validTo() != null && u.validTo().isBefore(u.validFrom())) {
                errors.add(ptr + "/validTo", "validTo is before validFrom");
            }
            if (u.parent() != null && !units.contains(u.parent())) {
                errors.add(ptr + "/parent", "unknown work unit " + u.parent());
            }
            if (u.parent() != null && u.parent().equals(u.code())) {
                errors.add(ptr + "/parent", "a unit cannot be its own parent");
            }
            List<WorkUnitView.ParentPeriod> history = u.parentHistory() == null ? List.of() : u.parentHistory();
            for (int j = 0; j < history.size(); j++) {
                WorkUnitView.ParentPeriod h = history.get(j);
                String hp = ptr + "/parentHistory/" + j;
                if (h == null || h.parent() == null) {
                    errors.add(hp + "/parent", "parent is required");
                    continue;
                }
                if (!units.contains(h.parent())) {
                    errors.add(hp + "/parent", "unknown work unit " + h.parent());
                }
                if (h.validFrom() != null && h.validTo() != null && h.validTo().isBefore(h.validFrom())) {
                    errors.add(hp + "/validTo", "validTo is before validFrom");
                }
                for (int k = 0; k < j; k++) {
                    WorkUnitView.ParentPeriod o = history.get(k);
                    if (o != null && overlaps(o, h)) {
                        errors.add(hp, "overlaps parentHistory/" + k);
                    }
                }
            }
        }
    }

    private static boolean overlaps(WorkUnitView.ParentPeriod a, WorkUnitView.ParentPeriod b) {
        java.time.LocalDate min = java.time.LocalDate.MIN;
        java.time.LocalDate max = java.time.LocalDate.MAX;
        java.time.LocalDate aFrom = a.validFrom() == null ? min : a.validFrom();
        java.time.LocalDate aTo = a.validTo() == null ? max : a.validTo();
        java.time.LocalDate bFrom = b.validFrom() == null ? min : b.validFrom();
        java.time.LocalDate bTo = b.validTo() == null ? max : b.validTo();
        return !aTo.isBefore(bFrom) && !bTo.isBefore(aFrom);
    }

    private void validateRealizations(Parsed p, List<Item<RealizationInput>> rows, boolean quarterly,
                                      Set<String> units,
                                      PlanIndex index, Map<String, String> planOfUnitYear,
                                      Map<String, Set<String>> periods, Set<String> keys, Errors errors) {
        Map<String, String> storedPlans = new HashMap<>();
        for (Item<RealizationInput> item : rows) {
            RealizationInput r = item.value();
            String ptr = item.pointer();
            if (!unitAndYear(r.workUnit(), r.year(), ptr, units, errors)) {
                continue;
            }
            String plan = planOfUnitYear.get(r.workUnit() + "/" + r.year());
            if (plan == null) {
                plan = storedPlanFor(r.workUnit(), r.year(), index, storedPlans);
            }
            if (!quarterly) {
                String inForce = plan;
                plan = historyPlan(item, plan, p, index, errors);
                if (!Objects.equals(plan, inForce)) {
                    p.historyPlans.put(ptr, plan);
                }
            }
            PlanDoc.IndicatorDoc ind = plan == null || r.indicator() == null ? null
                    : index.indicator(plan, r.indicator()).orElse(null);
            RealizationRules.check(r, ptr, plan, ind, quarterly, errors);
            if (!quarterly && r.period() != null && !"FY".equals(r.period())) {
                errors.add(ptr + "/period", "history rows are yearly: leave period out");
            }
            if (ind == null || plan == null) {
                continue;
            }
            String period = quarterly ? r.period() : "FY";
            String base = r.workUnit() + "/" + r.year() + "/" + plan + "/" + r.indicator();
            if (!keys.add(base + "/" + period)) {
                errors.add(ptr, "duplicate entry for " + r.indicator() + " " + r.year() + " " + period);
            }
            periods.computeIfAbsent(base, k -> new LinkedHashSet<>()).add(period + "@" + ptr);
        }
    }

    /** FY and quarterly entries of one indicator and year must not be mixed, in the file or with stored rows. */
    private void checkMixing(Parsed p, Map<String, Set<String>> periods, Errors errors) {
        // The stored periods of every unit-year the file names, in one query (not one per indicator).
        Set<String> unitCodes = new HashSet<>();
        Set<Integer> years = new HashSet<>();
        for (String key : periods.keySet()) {
            String[] k = key.split("/", 4);
            unitCodes.add(k[0]);
            years.add(Integer.parseInt(k[1]));
        }
        Map<String, List<String>> storedPeriods = new HashMap<>();
        if (!unitCodes.isEmpty()) {
            List<Object[]> rows = em.createQuery("select r.workUnit, r.year, r.planCode, r.indicatorCode, r.period "
                            + "from Realization r where r.workUnit in :u and r.year in :y", Object[].class)
                    .setParameter("u", unitCodes).setParameter("y", years).getResultList();
            for (Object[] row : rows) {
                storedPeriods.computeIfAbsent(row[0] + "/" + row[1] + "/" + row[2] + "/" + row[3],
                        x -> new ArrayList<>()).add((String) row[4]);
            }
        }
        for (Map.Entry<String, Set<String>> e : periods.entrySet()) {
            String[] k = e.getKey().split("/", 4);
            Set<String> all = new HashSet<>();
            for (String pp : e.getValue()) {
                all.add(pp.substring(0, pp.indexOf('@')));
            }
            List<String> stored = storedPeriods.getOrDefault(e.getKey(), List.of());
            Set<String> combined = new HashSet<>(all);
            combined.addAll(stored);
            boolean fy = combined.contains("FY");
            boolean quarters = combined.stream().anyMatch(x -> x.startsWith("Q"));
            if (fy && quarters) {
                String first = e.getValue().iterator().next();
                errors.add(first.substring(first.indexOf('@') + 1) + "/period", "FY and quarterly entries of "
                        + k[3] + " " + k[1] + " must not be mixed (" + new TreeSet<>(combined) + ")");
            }
        }
    }

    /**
     * The plan of a benchmark row: the one it names, else the only plan covering the year that holds the indicator;
     * when several do, the one the year's agreements use (the file's, else the stored ones). Null after a problem.
     */
    private String benchmarkPlan(BenchmarkRow b, String ptr, PlanIndex index,
                                 Map<Integer, Set<String>> filePlans, Errors errors) {
        int year = b.year();
        if (b.plan() != null) {
            PlanDoc plan = index.plan(b.plan()).orElse(null);
            if (plan == null) {
                errors.add(ptr + "/plan", "unknown plan " + b.plan());
            } else if (!PlanIndex.covers(plan, year)) {
                errors.add(ptr + "/plan", "plan " + b.plan() + " does not cover " + year);
            } else if (b.indicator() == null || index.indicator(b.plan(), b.indicator()).isEmpty()) {
                errors.add(ptr + "/indicator", "unknown indicator " + b.indicator() + " in plan " + b.plan());
            } else {
                return b.plan();
            }
            return null;
        }
        List<String> candidates = b.indicator() == null ? List.of()
                : index.holding(b.indicator(), plan -> PlanIndex.covers(plan, year));
        if (candidates.isEmpty()) {
            errors.add(ptr + "/indicator", "unknown indicator " + b.indicator() + " for " + year);
            return null;
        }
        if (candidates.size() == 1) {
            return candidates.get(0);
        }
        Set<String> used = filePlans.containsKey(year) ? filePlans.get(year)
                : new TreeSet<>(agreements.plansUsedIn(year));
        List<String> narrowed = candidates.stream().filter(used::contains).toList();
        if (narrowed.size() == 1) {
            return narrowed.get(0);
        }
        errors.add(ptr + "/plan", "indicator " + b.indicator() + " of " + year + " is in several plans "
                + candidates + ": name the plan (\"plan\")");
        return null;
    }

    /**
     * The plan of a history row: the one it names; else the plan in force of its unit-year when that holds the
     * indicator; else a later plan holding it, for which the year is a baseline (or earlier) year (when several do,
     * the one the unit's agreements use). {@code inForce} stays when nothing else fits (its problem is reported by
     * the rules).
     */
    private String historyPlan(Item<RealizationInput> item, String inForce, Parsed p, PlanIndex index,
                               Errors errors) {
        RealizationInput r = item.value();
        String named = p.namedHistoryPlans.get(item.pointer());
        if (named != null) {
            PlanDoc plan = index.plan(named).orElse(null);
            if (plan == null) {
                errors.add(item.pointer() + "/plan", "unknown plan " + named);
            } else if (plan.endYear() != null && r.year() > plan.endYear()) {
                errors.add(item.pointer() + "/plan", "plan " + named + " ends in " + plan.endYear());
            }
            return named;
        }
        if (r.indicator() == null || (inForce != null && index.indicator(inForce, r.indicator()).isPresent())) {
            return inForce;
        }
        List<String> later = index.holding(r.indicator(), plan -> plan.startYear() != null
                && plan.startYear() > r.year());
        if (later.size() > 1) {
            Set<String> used = new HashSet<>(agreements.plansUsedBy(r.workUnit()));
            p.agreements.stream().filter(a -> r.workUnit().equals(a.workUnit())).map(AgreementInput::plan)
                    .filter(Objects::nonNull).forEach(used::add);
            List<String> narrowed = later.stream().filter(used::contains).toList();
            if (narrowed.size() != 1) {
                errors.add(item.pointer() + "/plan", "indicator " + r.indicator() + " is in several later plans "
                        + later + ": name the plan (\"plan\")");
                return inForce;
            }
            return narrowed.get(0);
        }
        return later.isEmpty() ? inForce : later.get(0);
    }

    private String storedPlanFor(String unit, int year, PlanIndex index, Map<String, String> cache) {
        String key = unit + "/" + year;
        if (!cache.containsKey(key)) {
            cache.put(key, agreements.storedPlanFor(unit, year)
                    .orElseGet(() -> index.covering(year).map(PlanDoc::code).orElse(null)));
        }
        return cache.get(key);
    }

    private static boolean unitAndYear(String unit, Integer year, String ptr, Set<String> units, Errors errors) {
        boolean ok = true;
        if (unit == null || unit.isBlank()) {
            errors.add(ptr + "/workUnit", "workUnit is required");
            ok = false;
        } else if (!units.contains(unit)) {
            errors.add(ptr + "/workUnit", "unknown work unit " + unit);
            ok = false;
        }
        if (year == null || year < 2000 || year > 2100) {
            errors.add(ptr + "/year", "year is required (2000-2100)");
            ok = false;
        }
        return ok;
    }

    // ---- upserts without a service of their own -----------------------------------------------------------

    private String planOf(String unit, int year, PlanCatalog catalog, Map<String, String> cache) {
        return cache.computeIfAbsent(unit + "/" + year, k -> agreements.planFor(unit, year, catalog)
                .orElseThrow(() -> new IllegalStateException("validated: a plan covers " + year)));
    }

    /** The stored benchmarks of the years in the file, by {@link #benchmarkKey}, in one query. */
    private Map<String, Benchmark> preloadBenchmarks(List<BenchmarkRow> rows) {
        Map<String, Benchmark> out = new HashMap<>();
        Set<Integer> years = new HashSet<>();
        rows.forEach(b -> years.add(b.year()));
        if (!years.isEmpty()) {
            em.createQuery("from Benchmark b where b.year in :y", Benchmark.class).setParameter("y", years)
                    .getResultList()
                    .forEach(b -> out.put(benchmarkKey(b.planCode, b.indicatorCode, b.year, b.scope), b));
        }
        return out;
    }

    private static String benchmarkKey(String plan, String indicator, int year, String scope) {
        return plan + "/" + indicator + "/" + year + "/" + scope;
    }

    private Change upsertBenchmark(BenchmarkRow b, String plan, Map<String, Benchmark> stored,
                                   List<AuditLog.Change> audits) {
        String scope = b.scope() == null ? "NATIONAL" : b.scope();
        String key = benchmarkKey(plan, b.indicator(), b.year(), scope);
        Benchmark row = stored.get(key);
        boolean created = row == null;
        if (!created && Objects.equals(row.workUnitCount, b.workUnitCount())
                && Num.same(row.averageAchievement, b.averageAchievement())
                && Num.same(row.averageValue, b.averageValue())) {
            return Change.UNCHANGED;
        }
        Map<String, Object> before = created ? null : benchmarkSnapshot(row);
        if (created) {
            row = new Benchmark();
            row.planCode = plan;
            row.indicatorCode = b.indicator();
            row.year = b.year();
            row.scope = scope;
        }
        row.workUnitCount = b.workUnitCount();
        row.averageAchievement = b.averageAchievement();
        row.averageValue = b.averageValue();
        if (created) {
            em.persist(row);
            stored.put(key, row);
        }
        audits.add(new AuditLog.Change("Benchmark", key, created ? "CREATE" : "UPDATE", before,
                benchmarkSnapshot(row)));
        return created ? Change.CREATED : Change.UPDATED;
    }

    private static Map<String, Object> benchmarkSnapshot(Benchmark b) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("plan", b.planCode);
        m.put("indicator", b.indicatorCode);
        m.put("year", b.year);
        m.put("scope", b.scope);
        m.put("workUnitCount", b.workUnitCount);
        m.put("averageAchievement", b.averageAchievement);
        m.put("averageValue", b.averageValue);
        return m;
    }

    /**
     * The stored reported figures of the unit-years in the file, in one query: by natural key, and how many each
     * unit-year holds (a new figure's position; figures created by this import count too).
     */
    private ReportedFigures preloadReported(List<ReportedRow> rows) {
        ReportedFigures out = new ReportedFigures(new HashMap<>(), new HashMap<>());
        Set<String> units = new HashSet<>();
        Set<Integer> years = new HashSet<>();
        rows.forEach(r -> {
            units.add(r.workUnit());
            years.add(r.year());
        });
        if (!units.isEmpty()) {
            em.createQuery("from ReportedFigure f where f.workUnit in :u and f.year in :y", ReportedFigure.class)
                    .setParameter("u", units).setParameter("y", years).getResultList()
                    .forEach(f -> {
                        out.byKey().put(reportedKey(f.workUnit, f.year, f.key, f.indicator, f.objective, f.where), f);
                        out.perUnitYear().merge(f.workUnit + "/" + f.year, 1, Integer::sum);
                    });
        }
        return out;
    }

    /** The unique key of reported_figure (indicator and objective compared with null as ''). */
    private static List<Object> reportedKey(String unit, int year, String key, String indicator, String objective,
                                            String where) {
        return List.of(unit, year, key, indicator == null ? "" : indicator, objective == null ? "" : objective,
                where);
    }

    private record ReportedFigures(Map<List<Object>, ReportedFigure> byKey, Map<String, Integer> perUnitYear) {
    }

    private Change upsertReported(ReportedRow r, ReportedFigures stored, List<AuditLog.Change> audits) {
        List<Object> naturalKey = reportedKey(r.workUnit(), r.year(), r.key(), r.indicator(), r.objective(),
                r.where());
        ReportedFigure row = stored.byKey().get(naturalKey);
        if (row != null && Num.same(row.value, r.value())) {
            return Change.UNCHANGED;
        }
        boolean created = row == null;
        ReportedRow before = created ? null : new ReportedRow(row.workUnit, row.year, row.key, row.indicator,
                row.objective, row.value, row.where);
        if (created) {
            row = new ReportedFigure();
            row.workUnit = r.workUnit();
            row.year = r.year();
            row.key = r.key();
            row.indicator = r.indicator();
            row.objective = r.objective();
            row.where = r.where();
            // Position = the unit-year's figures so far (stored, and created earlier in this import).
            row.position = stored.perUnitYear().merge(r.workUnit() + "/" + r.year(), 1, Integer::sum) - 1;
        }
        row.value = r.value();
        if (created) {
            em.persist(row);
            stored.byKey().put(naturalKey, row);
        }
        audits.add(new AuditLog.Change("ReportedFigure", r.workUnit() + "/" + r.year() + "/" + r.key() + "/"
                + (r.indicator() != null ? r.indicator() : r.objective() != null ? r.objective() : "-") + "/"
                + r.where(), created ? "CREATE" : "UPDATE", before, r));
        return created ? Change.CREATED : Change.UPDATED;
    }

    private static Change count(Map<String, int[]> counts, String entity, Change change) {
        int[] c = counts.computeIfAbsent(entity, e -> new int[3]);
        c[change.ordinal()]++;
        return change;
    }

    // ---- parsed file --------------------------------------------------------------------------------------

    /** One parsed array element with its JSON pointer. */
    record Item<T>(String pointer, T value) {
    }

    /** {@code benchmarks[]}. */
    public record BenchmarkRow(String plan, String indicator, Integer year, String scope, Integer workUnitCount,
                               BigDecimal averageAchievement, BigDecimal averageValue) {
    }

    /** {@code reported[]}. */
    public record ReportedRow(String workUnit, Integer year, String key, String indicator, String objective,
                              BigDecimal value, String where) {
    }

    private static final class Parsed {
        final List<WorkUnitInput> workUnits = new ArrayList<>();
        final List<String> workUnitPointers = new ArrayList<>();
        final List<PlanDoc> plans = new ArrayList<>();
        final List<String> planPointers = new ArrayList<>();
        final List<AgreementInput> agreements = new ArrayList<>();
        final List<String> agreementPointers = new ArrayList<>();
        final List<Item<RealizationInput>> realizations = new ArrayList<>();
        final List<Item<RealizationInput>> history = new ArrayList<>();
        final List<BenchmarkRow> benchmarks = new ArrayList<>();
        final List<String> benchmarkPointers = new ArrayList<>();
        /** The plan each benchmark row resolves to (validation fills it, parallel to {@link #benchmarks}). */
        final List<String> benchmarkPlans = new ArrayList<>();
        /** The {@code plan} a history row names, by pointer. */
        final Map<String, String> namedHistoryPlans = new HashMap<>();
        /** The plan of a history row when it is not the plan in force of its unit-year (baseline years), by pointer. */
        final Map<String, String> historyPlans = new HashMap<>();
        final List<ReportedRow> reported = new ArrayList<>();
        final List<String> reportedPointers = new ArrayList<>();
        RegisterImport.Parsed registers;
        final List<DatasetSection.Part> sectionParts = new ArrayList<>();

        boolean hasMasterData() {
            return !workUnits.isEmpty() || !plans.isEmpty() || !benchmarks.isEmpty()
                    || sectionParts.stream().anyMatch(DatasetSection.Part::masterData);
        }

        /** Every unit-year ({@code "unit/year"}) the file writes. */
        Set<String> unitYears() {
            Set<String> out = new TreeSet<>();
            agreements.forEach(a -> addUnitYear(out, a.workUnit(), a.year()));
            realizations.forEach(r -> addUnitYear(out, r.value().workUnit(), r.value().year()));
            history.forEach(r -> addUnitYear(out, r.value().workUnit(), r.value().year()));
            registers.records().forEach(r -> addUnitYear(out, r.input().workUnit(), r.input().year()));
            registers.headers().forEach(h -> addUnitYear(out, h.workUnit(), h.year()));
            reported.forEach(r -> addUnitYear(out, r.workUnit(), r.year()));
            sectionParts.forEach(part -> out.addAll(part.unitYears()));
            return out;
        }

        private static void addUnitYear(Set<String> out, String unit, Integer year) {
            if (unit != null && year != null) {
                out.add(unit + "/" + year);
            }
        }
    }
}
