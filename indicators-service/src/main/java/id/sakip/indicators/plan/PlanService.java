package id.sakip.indicators.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.sakip.commons.audit.AuditLog;
import id.sakip.commons.http.ETags;
import id.sakip.commons.problem.ProblemException;
import id.sakip.commons.security.Caller;
import id.sakip.commons.security.Role;
import id.sakip.indicators.achievement.BenchmarkCache;
import id.sakip.indicators.achievement.GenerationMemo;
import id.sakip.indicators.common.Change;
import id.sakip.indicators.common.Errors;
import id.sakip.indicators.common.Num;
import id.sakip.indicators.plan.dto.PlanDoc;
import id.sakip.indicators.unityear.UnitYearWrites;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Strategic plans: reads, the catalog used by computations, and administrator upserts by code. */
@ApplicationScoped
public class PlanService {

    /** Where {@link #put}'s problems point: the plan's place in a dataset, as before plans had their own write. */
    private static final String POINTER = "/plans/0";

    private final PlanRepository plans;
    private final AuditLog audit;

    private final BenchmarkCache benchmarkCache;
    /** The catalog {@link #catalog(long)} last loaded, kept under the every-year generation it was read at. */
    private final GenerationMemo<PlanCatalog> cachedCatalog = new GenerationMemo<>();

    private final UnitYearWrites writes;
    private final ObjectMapper json;

    public PlanService(PlanRepository plans, AuditLog audit, BenchmarkCache benchmarkCache, UnitYearWrites writes,
                       ObjectMapper json) {
        this.writes = writes;
        this.json = json;
        this.benchmarkCache = benchmarkCache;
        this.plans = plans;
        this.audit = audit;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PlanCatalog catalog() {
        return new PlanCatalog(plans.findAllOrdered());
    }

    /**
     * The catalog for reads, kept in memory while no plan changes: {@code generation} is the every-year generation
     * ({@link BenchmarkCache.Generations#everyYear()}) the caller read before, which every plan write bumps. Its
     * entities are detached and shared between requests, so everything is loaded up front and nothing may change
     * them; writers use {@link #catalog()}.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PlanCatalog catalog(long generation) {
        return cachedCatalog.get(generation, () -> {
            PlanCatalog loaded = catalog();
            for (StrategicPlan p : loaded.plans()) {
                for (Objective o : p.objectives) {
                    for (Indicator i : o.indicators) {
                        i.mediumTermTargets.size();
                    }
                }
            }
            return loaded;
        });
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PlanDoc> list() {
        return plans.findAllOrdered().stream().map(PlanService::doc).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PlanDoc get(String code) {
        return plans.findByCode(code).map(PlanService::doc)
                .orElseThrow(() -> ProblemException.notFound("No plan " + code));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean exists(String code) {
        return plans.findByCode(code).isPresent();
    }

    /**
     * An administrator's write of one plan, validated like a dataset's {@code plans[]} (problems point into
     * {@code /plans/0}, as they always did); If-Match when it exists. Waits for imports writing plans or units.
     */
    @Transactional
    public Written put(String code, ObjectNode body, String ifMatch, Caller caller) {
        if (!caller.has(Role.ADMIN)) {
            throw ProblemException.forbidden("Plans need the admin role");
        }
        writes.beginAll(List.of(), true);
        boolean exists = exists(code);
        if (exists) {
            ETags.requireMatch(ifMatch, get(code).version());
        }
        ObjectNode node = body.deepCopy();
        node.put("code", code);
        Errors errors = new Errors();
        PlanDoc plan = null;
        try {
            plan = json.treeToValue(node, PlanDoc.class);
        } catch (JsonMappingException e) {
            StringBuilder pointer = new StringBuilder(POINTER);
            e.getPath().forEach(ref -> pointer.append('/')
                    .append(ref.getFieldName() != null ? ref.getFieldName() : ref.getIndex()));
            errors.add(pointer.toString(), e.getOriginalMessage()).throwIfAny();
        } catch (JsonProcessingException e) {
            errors.add(POINTER, e.getOriginalMessage()).throwIfAny();
        }
        PlanRules.check(List.of(plan), List.of(POINTER), list(), errors);
        errors.throwIfAny();
        upsert(plan);
        plans.getEntityManager().clear();
        return new Written(get(code), !exists);
    }

    /** The plan after a write, and whether it was created. */
    public record Written(PlanDoc plan, boolean created) {
    }

    /** Creates or updates a plan, matching objectives, indicators and targets by code (validated by the caller). */
    @Transactional
    public Change upsert(PlanDoc in) {
        StrategicPlan plan = plans.findByCode(in.code()).orElse(null);
        boolean created = plan == null;
        PlanDoc before = created ? null : doc(plan);
        if (!created && sameContent(before, in)) {
            return Change.UNCHANGED;
        }
        if (created) {
            plan = new StrategicPlan();
            plan.code = in.code();
        }
        plan.name = in.name();
        plan.owner = in.owner();
        plan.startYear = in.startYear();
        plan.endYear = in.endYear();
        plan.updatedAt = OffsetDateTime.now();

        Map<String, Objective> objectives = new HashMap<>();
        Map<String, Indicator> indicators = new HashMap<>();
        for (Objective o : plan.objectives) {
            objectives.put(o.code, o);
            for (Indicator i : o.indicators) {
                indicators.put(i.code, i);
            }
        }
        List<Objective> keptObjectives = new ArrayList<>();
        int op = 0;
        for (PlanDoc.ObjectiveDoc od : in.objectives()) {
            Objective o = objectives.remove(od.code());
            if (o == null) {
                o = new Objective();
                o.plan = plan;
                o.code = od.code();
            }
            o.level = od.level();
            o.name = od.name();
            o.parentCode = od.parent();
            o.position = op++;
            keptObjectives.add(o);
        }
        // Indicators are matched by code across the plan, so one moving between objectives keeps its row.
        for (Objective o : plan.objectives) {
            o.indicators.clear();
        }
        int idx = 0;
        for (PlanDoc.ObjectiveDoc od : in.objectives()) {
            Objective o = keptObjectives.get(idx++);
            List<PlanDoc.IndicatorDoc> docs = od.indicators() == null ? List.of() : od.indicators();
            int ip = 0;
            List<Indicator> list = new ArrayList<>();
            for (PlanDoc.IndicatorDoc id : docs) {
                Indicator i = indicators.remove(id.code());
                if (i == null) {
                    i = new Indicator();
                    i.code = id.code();
                }
                i.objective = o;
                i.planCode = plan.code;
                apply(i, id);
                i.position = ip++;
                list.add(i);
            }
            o.indicators.addAll(list);
        }
        plan.objectives.clear();
        plan.objectives.addAll(keptObjectives);
        if (created) {
            plans.persist(plan);
        }
        plans.flush();
        benchmarkCache.bump(BenchmarkCache.EVERY_YEAR);
        audit.record("StrategicPlan", plan.code, created ? "CREATE" : "UPDATE", before, doc(plan));
        return created ? Change.CREATED : Change.UPDATED;
    }

    private static void apply(Indicator i, PlanDoc.IndicatorDoc d) {
        i.name = d.name();
        i.aliases = d.aliases() == null || d.aliases().isEmpty() ? null : String.join("\n", d.aliases());
        i.kind = IndicatorKind.valueOf(d.kind());
        i.unit = d.unit();
        i.polarity = Polarity.valueOf(d.polarity());
        i.lowerIsBetterFormula = d.lowerIsBetterFormula() == null ? LowerIsBetterFormula.DIFFERENCE
                : LowerIsBetterFormula.valueOf(d.lowerIsBetterFormula());
        i.yearAggregation = YearAggregation.valueOf(d.yearAggregation());
        i.numeratorLabel = d.numeratorLabel();
        i.denominatorLabel = d.denominatorLabel();
        i.scaleMin = d.scale() == null ? null : d.scale().min();
        i.scaleMax = d.scale() == null ? null : d.scale().max();
        if (d.continues() != null) {
            int slash = d.continues().lastIndexOf('/');
            i.continuesPlan = d.continues().substring(0, slash);
            i.continuesIndicator = d.continues().substring(slash + 1);
        } else {
            i.continuesPlan = null;
            i.continuesIndicator = null;
        }
        Map<Integer, MediumTermTarget> existing = new HashMap<>();
        i.mediumTermTargets.forEach(t -> existing.put(t.year, t));
        i.mediumTermTargets.clear();
        for (PlanDoc.MediumTermTargetDoc td : d.mediumTermTargets() == null ? List.<PlanDoc.MediumTermTargetDoc>of()
                : d.mediumTermTargets()) {
            MediumTermTarget t = existing.remove(td.year());
            if (t == null) {
                t = new MediumTermTarget();
                t.indicator = i;
                t.year = td.year();
            }
            t.target = td.target();
            i.mediumTermTargets.add(t);
        }
    }

    /** The plan as a document, with numbers normalised so that equal content compares equal. */
    public static PlanDoc doc(StrategicPlan p) {
        List<PlanDoc.ObjectiveDoc> objectives = new ArrayList<>();
        for (Objective o : p.objectives) {
            List<PlanDoc.IndicatorDoc> inds = new ArrayList<>();
            for (Indicator i : o.indicators) {
                inds.add(indicatorDoc(i));
            }
            objectives.add(new PlanDoc.ObjectiveDoc(o.code, o.level, o.name, o.parentCode, inds));
        }
        return new PlanDoc(p.code, p.name, p.owner, p.startYear, p.endYear, objectives, p.version);
    }

    public static PlanDoc.IndicatorDoc indicatorDoc(Indicator i) {
        List<PlanDoc.MediumTermTargetDoc> targets = i.mediumTermTargets.stream()
                .map(t -> new PlanDoc.MediumTermTargetDoc(t.year, Num.norm(t.target))).toList();
        PlanDoc.Scale scale = i.scaleMin == null && i.scaleMax == null ? null
                : new PlanDoc.Scale(Num.norm(i.scaleMin), Num.norm(i.scaleMax));
        return new PlanDoc.IndicatorDoc(i.code, i.name, i.aliases == null ? List.of() : List.of(i.aliases.split("\n")),
                i.kind.name(), i.unit, i.polarity.name(), i.lowerIsBetterFormula.name(), i.yearAggregation.name(),
                i.numeratorLabel, i.denominatorLabel, scale, targets,
                i.continuesPlan == null ? null : i.continuesPlan + "/" + i.continuesIndicator);
    }

    /** Compares content, ignoring the version and normalising defaults and numbers. */
    static boolean sameContent(PlanDoc a, PlanDoc b) {
        return normal(a).equals(normal(b));
    }

    private static PlanDoc normal(PlanDoc p) {
        List<PlanDoc.ObjectiveDoc> objectives = new ArrayList<>();
        for (PlanDoc.ObjectiveDoc o : p.objectives()) {
            List<PlanDoc.IndicatorDoc> inds = new ArrayList<>();
            for (PlanDoc.IndicatorDoc i : o.indicators() == null ? List.<PlanDoc.IndicatorDoc>of() : o.indicators()) {
                List<PlanDoc.MediumTermTargetDoc> t = i.mediumTermTargets() == null ? List.of()
                        : i.mediumTermTargets().stream()
                        .map(x -> new PlanDoc.MediumTermTargetDoc(x.year(), Num.norm(x.target()))).toList();
                PlanDoc.Scale s = i.scale() == null || (i.scale().min() == null && i.scale().max() == null) ? null
                        : new PlanDoc.Scale(Num.norm(i.scale().min()), Num.norm(i.scale().max()));
                inds.add(new PlanDoc.IndicatorDoc(i.code(), i.name(), i.aliases() == null ? List.of() : i.aliases(),
                        i.kind(), i.unit(), i.polarity(),
                        i.lowerIsBetterFormula() == null ? "DIFFERENCE" : i.lowerIsBetterFormula(),
                        i.yearAggregation(), i.numeratorLabel(), i.denominatorLabel(), s, t, i.continues()));
            }
            objectives.add(new PlanDoc.ObjectiveDoc(o.code(), o.level(), o.name(), o.parent(), inds));
        }
        return new PlanDoc(p.code(), p.name(), p.owner(), p.startYear(), p.endYear(), objectives, null);
    }
}
