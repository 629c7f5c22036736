package id.sakip.budget.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import id.sakip.budget.budget.BudgetParser;
import id.sakip.budget.budget.BudgetService;
import id.sakip.budget.budget.dto.BudgetData;
import id.sakip.budget.common.Change;
import id.sakip.budget.common.FieldReader;
import id.sakip.budget.common.Versions;
import id.sakip.budget.revenue.RevenueParser;
import id.sakip.budget.revenue.RevenueService;
import id.sakip.budget.revenue.dto.RevenueData;
import id.sakip.budget.scheme.SchemeKind;
import id.sakip.budget.scheme.SchemeParser;
import id.sakip.budget.scheme.ScoreSchemeService;
import id.sakip.budget.scheme.dto.SchemeData;
import id.sakip.budget.score.BudgetScoreService;
import id.sakip.budget.score.SchemeLookup;
import id.sakip.budget.score.ScoreParser;
import id.sakip.budget.score.dto.IkpaData;
import id.sakip.budget.score.dto.PerformanceData;
import id.sakip.budget.unityear.UnitYearMutex;
import id.sakip.budget.unityear.UnitYearWrites;
import id.sakip.commons.audit.AuditLog;
import id.sakip.commons.problem.ProblemException;
import id.sakip.commons.security.AccessPolicy;
import id.sakip.commons.security.Caller;
import id.sakip.commons.security.WriteKind;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;

/**
 * Imports a {@code sakip-budget-dataset/1} file: validates all of it first (every problem with its JSON
 * pointer), then upserts by natural keys in one transaction. Nothing is stored when anything is wrong,
 * nor in a dry run.
 */
@ApplicationScoped
public class BudgetDatasetService {

    public static final String FORMAT = "sakip-budget-dataset/1";

    private final ScoreSchemeService schemes;
    private final BudgetService budgets;
    private final RevenueService revenues;
    private final BudgetScoreService scores;
    private final AccessPolicy access;
    private final SecurityIdentity identity;
    private final UnitYearWrites writes;
    private final AuditLog audit;
    private final EntityManager em;

    public BudgetDatasetService(ScoreSchemeService schemes, BudgetService budgets, RevenueService revenues,
                                BudgetScoreService scores, AccessPolicy access, SecurityIdentity identity,
                                UnitYearWrites writes, AuditLog audit, EntityManager em) {
        this.schemes = schemes;
        this.budgets = budgets;
        this.revenues = revenues;
        this.scores = scores;
        this.access = access;
        this.identity = identity;
        this.writes = writes;
        this.audit = audit;
        this.em = em;
    }

    private record Parsed(List<SchemeData> schemes, List<BudgetData> budgets, List<RevenueData> revenues,
                          List<IkpaData> ikpa, List<PerformanceData> performance) {
    }

    @Transactional
    public ImportSummary importDataset(JsonNode root, boolean dryRun) {
        if (root == null || !root.isObject()) {
            throw new ProblemException(400, "Malformed JSON", "The body must be a JSON object (a "
                    + FORMAT + " file)", List.of(new id.sakip.commons.problem.FieldError("", "must be a JSON object")));
        }
        Parsed parsed = parse(root);
        Set<String> units = requireAccess(parsed);
        if (!dryRun) {
            serialize(parsed);
        }

        Map<String, ImportSummary.Counts> counts = new LinkedHashMap<>();
        for (String e : List.of("schemes", "budgets", "revenues", "ikpa", "budgetPerformance")) {
            counts.put(e, new ImportSummary.Counts(0, 0, 0));
        }
        List<ImportSummary.Item> items = new ArrayList<>();
        for (SchemeData s : parsed.schemes()) {
            note(counts, items, "schemes", s.code(), schemes.upsert(s, dryRun));
        }
        // The stored documents and locks of the file's work units are read in one query per entity; no query
        // (and so no auto-flush) per row. Each section is flushed (documents in JDBC batches, sequence ids) and its
        // audit entries written in one batch, then detached: the next section's flush does not dirty-check it
        // again, and the memory is free for the next section's documents.
        List<AuditLog.Change> auditEntries = new ArrayList<>();
        FlushModeType flushMode = em.getFlushMode();
        em.setFlushMode(FlushModeType.COMMIT);
        try {
            BiConsumer<String, Integer> unlocked = writes.locks().unlockedCheck(units);
            if (!parsed.budgets().isEmpty()) {
                var batch = budgets.batch(units);
                for (BudgetData b : parsed.budgets()) {
                    note(counts, items, "budgets", b.naturalKey(), batch.upsert(b, dryRun, unlocked, auditEntries));
                }
                writeSection(auditEntries);
            }
            if (!parsed.revenues().isEmpty()) {
                var batch = revenues.batch(units);
                for (RevenueData r : parsed.revenues()) {
                    note(counts, items, "revenues", r.naturalKey(), batch.upsert(r, dryRun, unlocked, auditEntries));
                }
                writeSection(auditEntries);
            }
            if (!parsed.ikpa().isEmpty()) {
                var batch = scores.ikpaBatch(units);
                for (IkpaData i : parsed.ikpa()) {
                    note(counts, items, "ikpa", i.naturalKey(), batch.upsert(i, dryRun, unlocked, auditEntries));
                }
                writeSection(auditEntries);
            }
            if (!parsed.performance().isEmpty()) {
                var batch = scores.performanceBatch(units);
                for (PerformanceData p : parsed.performance()) {
                    note(counts, items, "budgetPerformance", p.naturalKey(),
                            batch.upsert(p, dryRun, unlocked, auditEntries));
                }
                writeSection(auditEntries);
            }
        } finally {
            em.setFlushMode(flushMode);
        }
        return new ImportSummary(FORMAT, dryRun, counts, items);
    }

    /** Writes a section's documents and audit entries, then detaches the documents (see importDataset). */
    private void writeSection(List<AuditLog.Change> auditEntries) {
        Versions.flush(em);
        audit.recordAll(auditEntries);
        auditEntries.clear();
        em.clear();
    }

    private static void note(Map<String, ImportSummary.Counts> counts, List<ImportSummary.Item> items, String entity,
                             String key, Change change) {
        counts.put(entity, counts.get(entity).plus(change));
        items.add(new ImportSummary.Item(entity, key, change));
    }

    /**
     * Waits for the other writers of the file's unit-years (then reads what they stored), or of everything when the
     * file brings score schemes, which every unit-year's scores depend on.
     */
    private void serialize(Parsed parsed) {
        if (!parsed.schemes().isEmpty()) {
            writes.mutex().lockEverything();
            return;
        }
        Set<UnitYearMutex.UnitYearKey> keys = new HashSet<>();
        parsed.budgets().forEach(d -> keys.add(new UnitYearMutex.UnitYearKey(d.workUnit(), d.year())));
        parsed.revenues().forEach(d -> keys.add(new UnitYearMutex.UnitYearKey(d.workUnit(), d.year())));
        parsed.ikpa().forEach(d -> keys.add(new UnitYearMutex.UnitYearKey(d.workUnit(), d.year())));
        parsed.performance().forEach(d -> keys.add(new UnitYearMutex.UnitYearKey(d.workUnit(), d.year())));
        writes.mutex().lockAll(keys);
    }

    /** A planner imports only their own unit's data (admins any); scheme changes are checked on upsert. */
    private Set<String> requireAccess(Parsed parsed) {
        Caller caller = Caller.from(identity);
        Set<String> units = new TreeSet<>();
        parsed.budgets().forEach(b -> units.add(b.workUnit()));
        parsed.revenues().forEach(r -> units.add(r.workUnit()));
        parsed.ikpa().forEach(i -> units.add(i.workUnit()));
        parsed.performance().forEach(p -> units.add(p.workUnit()));
        for (String unit : units) {
            access.requireWrite(caller, unit, WriteKind.PLANNING);
        }
        return units;
    }

    private Parsed parse(JsonNode root) {
        FieldReader in = new FieldReader();
        String format = in.text(root, "format", "", true);
        if (format != null && !FORMAT.equals(format)) {
            in.error("/format", "must be " + FORMAT);
        }

        List<SchemeData> fileSchemes = new ArrayList<>();
        Set<String> codes = FieldReader.seen();
        List<JsonNode> ss = in.array(root, "schemes", "", false);
        for (int i = 0; i < ss.size(); i++) {
            String p = "/schemes/" + i;
            SchemeData s = SchemeParser.parse(in, ss.get(i), p);
            in.unique(codes, s.code(), p + "/code", "scheme");
            fileSchemes.add(s);
        }
        // remembered for the request: the stored schemes are read once per code and per kind and year, not per row
        Map<String, Optional<SchemeData>> byCode = new HashMap<>();
        Map<String, Optional<SchemeData>> picked = new HashMap<>();
        SchemeLookup lookup = new SchemeLookup() {
            @Override
            public Optional<SchemeData> byCode(String code) {
                return byCode.computeIfAbsent(code, c -> {
                    Optional<SchemeData> inFile = fileSchemes.stream().filter(s -> c.equals(s.code())).findFirst();
                    return inFile.isPresent() ? inFile : schemes.data(c);
                });
            }

            @Override
            public Optional<SchemeData> pick(SchemeKind kind, int year) {
                return picked.computeIfAbsent(kind + "/" + year, k -> {
                    Optional<SchemeData> inFile = fileSchemes.stream()
                            .filter(s -> s.kind() == kind && s.validIn(year))
                            .max(Comparator.comparing(SchemeData::validFrom));
                    return inFile.isPresent() ? inFile : schemes.pick(kind, year);
                });
            }
        };

        List<BudgetData> budgetList = new ArrayList<>();
        Set<String> budgetKeys = FieldReader.seen();
        List<JsonNode> bs = in.array(root, "budgets", "", false);
        for (int i = 0; i < bs.size(); i++) {
            BudgetData b = BudgetParser.parse(in, bs.get(i), "/budgets/" + i);
            in.unique(budgetKeys, b.workUnit() == null || b.year() == null ? null : b.naturalKey(),
                    "/budgets/" + i + "/year", "budget of work unit and year");
            budgetList.add(b);
        }
        List<RevenueData> revenueList = new ArrayList<>();
        Set<String> revenueKeys = FieldReader.seen();
        List<JsonNode> rs = in.array(root, "revenues", "", false);
        for (int i = 0; i < rs.size(); i++) {
            RevenueData r = RevenueParser.parse(in, rs.get(i), "/revenues/" + i);
            in.unique(revenueKeys, r.workUnit() == null || r.year() == null ? null : r.naturalKey(),
                    "/revenues/" + i + "/year", "PNBP of work unit and year");
            revenueList.add(r);
        }
        List<IkpaData> ikpaList = new ArrayList<>();
        Set<String> ikpaKeys = FieldReader.seen();
        List<JsonNode> is = in.array(root, "ikpa", "", false);
        for (int i = 0; i < is.size(); i++) {
            IkpaData d = ScoreParser.ikpa(in, is.get(i), "/ikpa/" + i, lookup);
            in.unique(ikpaKeys, d.workUnit() == null || d.year() == null || d.period() == null ? null : d.naturalKey(),
                    "/ikpa/" + i + "/period", "IKPA entry of work unit, year and period");
            ikpaList.add(d);
        }
        List<PerformanceData> perfList = new ArrayList<>();
        Set<String> perfKeys = FieldReader.seen();
        List<JsonNode> ps = in.array(root, "budgetPerformance", "", false);
        for (int i = 0; i < ps.size(); i++) {
            PerformanceData d = ScoreParser.performance(in, ps.get(i), "/budgetPerformance/" + i, lookup);
            in.unique(perfKeys, d.workUnit() == null || d.year() == null || d.kind() == null ? null : d.naturalKey(),
                    "/budgetPerformance/" + i + "/scheme", "entry of this kind for the work unit and year");
            perfList.add(d);
        }
        in.throwIfAny();
        return new Parsed(fileSchemes, budgetList, revenueList, ikpaList, perfList);
    }
}
