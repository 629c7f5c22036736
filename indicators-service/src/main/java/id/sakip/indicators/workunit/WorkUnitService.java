package id.sakip.indicators.workunit;

import id.sakip.commons.audit.AuditLog;
import id.sakip.commons.http.ETags;
import id.sakip.commons.problem.ProblemException;
import id.sakip.indicators.achievement.BenchmarkCache;
import id.sakip.indicators.achievement.GenerationMemo;
import id.sakip.indicators.common.Change;
import id.sakip.indicators.unityear.UnitYearWrites;
import id.sakip.indicators.workunit.dto.WorkUnitInput;
import id.sakip.indicators.workunit.dto.WorkUnitSummary;
import id.sakip.indicators.workunit.dto.WorkUnitView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Work units and their hierarchy: reads, the in-memory hierarchy snapshot, and administrator upserts. */
@ApplicationScoped
public class WorkUnitService {

    private final WorkUnitRepository units;
    private final AuditLog audit;
    private final BenchmarkCache generations;
    private final UnitYearWrites unitYears;
    /** The directory {@link #directory(long)} last loaded, kept under the every-year generation it was read at. */
    private final GenerationMemo<Directory> cachedDirectory = new GenerationMemo<>();

    public WorkUnitService(WorkUnitRepository units, AuditLog audit, BenchmarkCache generations,
                           UnitYearWrites unitYears) {
        this.unitYears = unitYears;
        this.units = units;
        this.audit = audit;
        this.generations = generations;
    }

    /** The whole tree with its history, loaded in one query. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Hierarchy hierarchy() {
        return hierarchyOf(units.findAllWithParents());
    }

    /** The hierarchy and every unit's name, from one query. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Directory directory() {
        List<WorkUnit> all = units.findAllWithParents();
        Map<String, String> names = new HashMap<>();
        all.forEach(u -> names.put(u.code, u.name));
        return new Directory(hierarchyOf(all), names);
    }

    /**
     * {@link #directory()} kept in memory while no unit changes: {@code generation} is the every-year generation
     * ({@link BenchmarkCache.Generations#everyYear()}) the caller read before, which every unit write bumps.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Directory directory(long generation) {
        return cachedDirectory.get(generation, () -> {
            Directory loaded = directory();
            return new Directory(loaded.hierarchy(), Map.copyOf(loaded.names()));
        });
    }

    /** A snapshot of the unit tree with names. */
    public record Directory(Hierarchy hierarchy, Map<String, String> names) {
    }

    static Hierarchy hierarchyOf(List<WorkUnit> all) {
        Map<String, List<Hierarchy.Link>> links = new HashMap<>();
        for (WorkUnit u : all) {
            List<Hierarchy.Link> list = new ArrayList<>();
            for (WorkUnitParent p : u.parents) {
                list.add(new Hierarchy.Link(u.code, p.parentCode, p.validFrom, p.validTo));
            }
            links.put(u.code, list);
        }
        return new Hierarchy(links);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public WorkUnitView get(String code, LocalDate date) {
        WorkUnit u = units.findByCode(code).orElseThrow(() -> ProblemException.notFound("No work unit " + code));
        return view(u, date == null ? LocalDate.now() : date);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> ancestors(String code, LocalDate date) {
        Hierarchy h = hierarchy();
        if (!h.contains(code)) {
            throw ProblemException.notFound("No work unit " + code);
        }
        return h.ancestors(code, date);
    }

    /** Units below {@code parent} (any depth) on {@code date}; every unit when parent is null. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<WorkUnitSummary> list(String parent, LocalDate date) {
        List<WorkUnit> all = units.findAllWithParents();
        Hierarchy h = hierarchyOf(all);
        if (parent != null && !h.contains(parent)) {
            throw ProblemException.notFound("No work unit " + parent);
        }
        List<WorkUnitSummary> out = new ArrayList<>();
        for (WorkUnit u : all) {
            if (parent == null || h.ancestors(u.code, date).contains(parent)) {
                out.add(new WorkUnitSummary(u.code, u.name, u.type, h.parent(u.code, date)));
            }
        }
        return out;
    }

    /** An administrator's write of one unit: If-Match when it exists, then the upsert; one transaction. */
    @Transactional
    public Written put(WorkUnitInput in, String ifMatch) {
        WorkUnitValidator.check(in, this);
        unitYears.beginAll(List.of(), true);
        units.findByCode(in.code()).ifPresent(u -> ETags.requireMatch(ifMatch, u.version));
        Change change = upsert(in);
        WorkUnit u = units.findByCode(in.code()).orElseThrow();
        return new Written(view(u, LocalDate.now()), change);
    }

    /** The unit after a write, and what the write did. */
    public record Written(WorkUnitView view, Change change) {
    }

    /** Creates or updates a unit by code; the caller checks access, locks and If-Match. */
    @Transactional
    public Change upsert(WorkUnitInput in) {
        WorkUnit u = units.findByCode(in.code()).orElse(null);
        WorkUnitView before = u == null ? null : view(u, LocalDate.now());
        boolean created = u == null;
        if (created) {
            u = new WorkUnit();
            u.code = in.code();
        }
        apply(u, in);
        WorkUnitView after = view(u, LocalDate.now());
        if (!created && sameContent(before, after)) {
            return Change.UNCHANGED;
        }
        u.updatedAt = OffsetDateTime.now();
        if (created) {
            units.persist(u);
        }
        units.flush();
        // Names and parents show in every year's scorecards and decide who reads them.
        generations.bump(BenchmarkCache.EVERY_YEAR);
        audit.record("WorkUnit", u.code, created ? "CREATE" : "UPDATE", before, view(u, LocalDate.now()));
        return created ? Change.CREATED : Change.UPDATED;
    }

    public static List<WorkUnitView.ParentPeriod> parentPeriods(WorkUnitInput in) {
        if (in.parentHistory() != null && !in.parentHistory().isEmpty()) {
            return List.copyOf(in.parentHistory());
        }
        return in.parent() == null ? List.of() : List.of(new WorkUnitView.ParentPeriod(in.parent(), null, null));
    }

    /** Copies the input's fields onto {@code u}; its parent rows are replaced only when the periods differ. */
    public static void apply(WorkUnit u, WorkUnitInput in) {
        u.name = in.name();
        u.type = in.type();
        u.validFrom = in.validFrom();
        u.validTo = in.validTo();
        u.address = in.address();
        u.email = in.email();
        List<WorkUnitView.ParentPeriod> wanted = parentPeriods(in);
        List<WorkUnitView.ParentPeriod> current = u.parents.stream()
                .map(p -> new WorkUnitView.ParentPeriod(p.parentCode, p.validFrom, p.validTo)).toList();
        if (!wanted.equals(current)) {
            u.parents.clear();
            int i = 0;
            for (WorkUnitView.ParentPeriod p : wanted) {
                WorkUnitParent row = new WorkUnitParent();
                row.workUnit = u;
                row.parentCode = p.parent();
                row.validFrom = p.validFrom();
                row.validTo = p.validTo();
                row.position = i++;
                u.parents.add(row);
            }
        }
    }

    /** Same content apart from version and timestamps (the parent on a date follows from the history). */
    public static boolean sameContent(WorkUnitView a, WorkUnitView b) {
        return Objects.equals(a.name(), b.name()) && Objects.equals(a.type(), b.type())
                && Objects.equals(a.validFrom(), b.validFrom()) && Objects.equals(a.validTo(), b.validTo())
                && Objects.equals(a.address(), b.address()) && Objects.equals(a.email(), b.email())
                && Objects.equals(a.parentHistory(), b.parentHistory());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long version(String code) {
        return units.findByCode(code).map(u -> u.version)
                .orElseThrow(() -> ProblemException.notFound("No work unit " + code));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean exists(String code) {
        return units.findByCode(code).isPresent();
    }

    static WorkUnitView view(WorkUnit u, LocalDate date) {
        return view(u, date, u.version);
    }

    /** The unit as {@code GET /api/v1/work-units/{code}} shows it on {@code date}, with the given version. */
    public static WorkUnitView view(WorkUnit u, LocalDate date, long version) {
        List<WorkUnitView.ParentPeriod> history = u.parents.stream()
                .map(p -> new WorkUnitView.ParentPeriod(p.parentCode, p.validFrom, p.validTo)).toList();
        String parent = null;
        for (WorkUnitParent p : u.parents) {
            if (p.coversDate(date)) {
                parent = p.parentCode;
            }
        }
        if (parent == null && !u.parents.isEmpty()) {
            // A unit that no longer exists on the date still shows its last parent.
            parent = u.parents.get(u.parents.size() - 1).parentCode;
        }
        return new WorkUnitView(u.code, u.name, u.type, parent, u.validFrom, u.validTo, u.address, u.email, history,
                version);
    }
}
