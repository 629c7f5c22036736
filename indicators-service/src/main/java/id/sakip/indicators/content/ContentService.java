package id.sakip.indicators.content;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sakip.commons.audit.AuditLog;
import id.sakip.commons.http.ETags;
import id.sakip.commons.problem.FieldError;
import id.sakip.commons.problem.ProblemException;
import id.sakip.commons.security.Caller;
import id.sakip.commons.security.WriteKind;
import id.sakip.indicators.common.Change;
import id.sakip.indicators.content.dto.PlanStrategy;
import id.sakip.indicators.content.dto.PlanStrategyView;
import id.sakip.indicators.content.dto.UnitNarrative;
import id.sakip.indicators.unityear.UnitYearWrites;
import id.sakip.indicators.plan.PlanService;
import id.sakip.indicators.plan.dto.PlanDoc;
import id.sakip.indicators.security.UnitAccess;
import id.sakip.indicators.workunit.WorkUnitService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads and writes the content documents: unit-year documents are read under the unit-year rule of
 * {@link UnitAccess} and written by the unit's planner or an administrator (If-Match when one exists, 409 while the
 * unit-year is locked); a plan's strategy is written by administrators. Content is not part of any scorecard, so a
 * write bumps no generation.
 */
@ApplicationScoped
public class ContentService {

    private static final Map<String, String> PERIODS = Map.of("Q1", "Triwulan I", "Q2", "Triwulan II",
            "Q3", "Triwulan III", "Q4", "Triwulan IV", "FY", "Tahun");

    private final EntityManager em;
    private final ObjectMapper json;
    private final Validator validator;
    private final UnitAccess access;
    private final UnitYearWrites unitYears;
    private final WorkUnitService workUnits;
    private final PlanService plans;
    private final AuditLog audit;

    public ContentService(EntityManager em, ObjectMapper json, Validator validator, UnitAccess access,
                          UnitYearWrites unitYears, WorkUnitService workUnits, PlanService plans, AuditLog audit) {
        this.em = em;
        this.json = json;
        this.validator = validator;
        this.access = access;
        this.unitYears = unitYears;
        this.workUnits = workUnits;
        this.plans = plans;
        this.audit = audit;
    }

    /** A document and the version its ETag carries. */
    public record Versioned<T>(T document, long version) {
    }

    /** A document after a write, and what the write did. */
    public record Written<T>(T document, long version, Change change) {
    }

    // ---- unit-year documents ------------------------------------------------------------------------------

    /** A unit-year document; 404 when none was written. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public <T> Versioned<T> unitDocument(ContentKind kind, Class<T> type, String unit, int year, Caller caller) {
        access.requireRead(caller, unit, year);
        ContentDocument d = find(kind, unit, year);
        if (d == null) {
            throw ProblemException.notFound("No " + label(kind) + " of work unit " + unit + " for " + year);
        }
        return new Versioned<>(read(d, type), d.version);
    }

    /**
     * The narrative of a unit-year; indicators without a written analysis get one taken from the realization notes
     * of that year ({@code prefilled}). 404 when there is neither.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Versioned<UnitNarrative> narrative(String unit, int year, Caller caller) {
        access.requireRead(caller, unit, year);
        ContentDocument d = find(ContentKind.NARRATIVE, unit, year);
        UnitNarrative written = d == null ? null : read(d, UnitNarrative.class);
        List<UnitNarrative.IndicatorNarrative> indicators = new ArrayList<>(
                written == null || written.indicators() == null ? List.of() : written.indicators());
        Set<String> done = new java.util.HashSet<>();
        indicators.forEach(i -> done.add(i.indicator()));
        notesByIndicator(unit, year).forEach((indicator, notes) -> {
            if (!done.contains(indicator)) {
                indicators.add(new UnitNarrative.IndicatorNarrative(indicator, null, String.join("\n", notes), null,
                        null, true));
            }
        });
        if (written == null && indicators.isEmpty()) {
            throw ProblemException.notFound("No narrative of work unit " + unit + " for " + year);
        }
        UnitNarrative out = written == null ? new UnitNarrative(indicators, List.of(), List.of(), List.of())
                : new UnitNarrative(indicators, written.efficiency(), written.obstacles(), written.recommendations());
        return new Versioned<>(out, d == null ? 0 : d.version);
    }

    /** Realization notes of the unit-year, per indicator, as Markdown list items naming their period. */
    private Map<String, List<String>> notesByIndicator(String unit, int year) {
        List<Object[]> rows = em.createQuery("select r.indicatorCode, r.period, r.note from Realization r "
                        + "where r.workUnit = :u and r.year = :y and r.note is not null and r.note <> '' "
                        + "and r.source = 'ENTRY' order by r.indicatorCode, r.period", Object[].class)
                .setParameter("u", unit).setParameter("y", year).getResultList();
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Object[] r : rows) {
            String period = PERIODS.getOrDefault((String) r[1], (String) r[1]);
            out.computeIfAbsent((String) r[0], k -> new ArrayList<>()).add("- " + period + ": " + r[2]);
        }
        return out;
    }

    /** A planner's (own unit) or administrator's write of a unit-year document. */
    @Transactional
    public <T> Written<T> putUnit(ContentKind kind, String unit, int year, T body, String ifMatch, Caller caller) {
        access.requireWrite(caller, unit, WriteKind.PLANNING);
        workUnits.get(unit, null);
        requireBody(body);
        throwIfInvalid(validate(body, ""));
        unitYears.begin(unit, year);
        ContentDocument existing = find(kind, unit, year);
        if (existing != null) {
            ETags.requireMatch(ifMatch, existing.version);
        }
        Change change = upsert(kind, unit, year, body, caller.username());
        ContentDocument d = find(kind, unit, year);
        @SuppressWarnings("unchecked")
        T stored = (T) read(d, kind.type());
        return new Written<>(stored, d.version, change);
    }

    // ---- plan strategy ------------------------------------------------------------------------------------

    /** A plan's strategy with the cascade of its objectives; 404 for an unknown plan. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PlanStrategyView strategy(String plan) {
        PlanDoc doc = plans.get(plan);
        ContentDocument d = find(ContentKind.PLAN_STRATEGY, plan, 0);
        PlanStrategy s = d == null ? new PlanStrategy(null, List.of(), List.of()) : read(d, PlanStrategy.class);
        List<PlanStrategyView.CascadeNode> cascade = new ArrayList<>();
        for (PlanDoc.ObjectiveDoc o : doc.objectives() == null ? List.<PlanDoc.ObjectiveDoc>of() : doc.objectives()) {
            cascade.add(new PlanStrategyView.CascadeNode(o.code(), o.level(), o.name(), o.parent(),
                    o.indicators() == null ? List.of() : o.indicators().stream().map(PlanDoc.IndicatorDoc::name).toList()));
        }
        return new PlanStrategyView(plan, s.vision(), s.missions(), s.goals(), cascade, d == null ? 0 : d.version);
    }

    /** An administrator's write of a plan's strategy (If-Match when one exists). */
    @Transactional
    public Written<PlanStrategyView> putStrategy(String plan, PlanStrategy body, String ifMatch, Caller caller) {
        plans.get(plan);
        requireBody(body);
        throwIfInvalid(validate(body, ""));
        ContentDocument existing = find(ContentKind.PLAN_STRATEGY, plan, 0);
        if (existing != null) {
            ETags.requireMatch(ifMatch, existing.version);
        }
        Change change = upsert(ContentKind.PLAN_STRATEGY, plan, 0, body, caller.username());
        PlanStrategyView view = strategy(plan);
        return new Written<>(view, view.version(), change);
    }

    // ---- shared -------------------------------------------------------------------------------------------

    /**
     * Creates or replaces a document (API and dataset import alike); the caller has checked access, validity, locks
     * and If-Match. Unchanged content is not written. {@code prefilled} flags of a narrative are never stored.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Change upsert(ContentKind kind, String owner, int year, Object body, String user) {
        Object document = body instanceof UnitNarrative n ? written(n) : body;
        JsonNode after = json.valueToTree(document);
        ContentDocument d = find(kind, owner, year);
        JsonNode before = d == null ? null : tree(d.body);
        if (after.equals(before)) {
            return Change.UNCHANGED;
        }
        boolean created = d == null;
        if (created) {
            d = new ContentDocument();
            d.kind = kind.name();
            d.ownerCode = owner;
            d.year = year;
        }
        d.body = after.toString();
        d.updatedAt = OffsetDateTime.now().truncatedTo(ChronoUnit.MICROS);
        d.updatedBy = user;
        if (created) {
            em.persist(d);
        }
        em.flush();
        audit.record("Content." + kind.name(), owner + "/" + year, created ? "CREATE" : "UPDATE", before, after);
        return created ? Change.CREATED : Change.UPDATED;
    }

    /** Bean Validation of a document, as problems with JSON pointers below {@code prefix}. */
    public List<FieldError> validate(Object document, String prefix) {
        List<FieldError> out = new ArrayList<>();
        for (ConstraintViolation<Object> v : validator.validate(document)) {
            out.add(new FieldError(prefix + pointer(v.getPropertyPath()), v.getMessage()));
        }
        out.sort(java.util.Comparator.comparing(FieldError::pointer));
        return out;
    }

    private static String pointer(Path path) {
        StringBuilder sb = new StringBuilder();
        for (Path.Node n : path) {
            if (n.isInIterable()) {
                sb.append('/').append(n.getIndex() != null ? n.getIndex() : n.getKey());
            }
            if (n.getName() != null && !n.getName().startsWith("<")) {
                sb.append('/').append(n.getName());
            }
        }
        return sb.toString();
    }

    private static void throwIfInvalid(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
    }

    private static void requireBody(Object body) {
        if (body == null) {
            throw ProblemException.badRequest("A JSON body is required");
        }
    }

    private static UnitNarrative written(UnitNarrative n) {
        return new UnitNarrative(n.indicators() == null ? null : n.indicators().stream()
                .map(i -> new UnitNarrative.IndicatorNarrative(i.indicator(), i.causes(), i.actions(), i.obstacles(),
                        i.followUp(), null)).toList(), n.efficiency(), n.obstacles(), n.recommendations());
    }

    private ContentDocument find(ContentKind kind, String owner, int year) {
        return em.createQuery("from ContentDocument d where d.kind = :k and d.ownerCode = :o and d.year = :y",
                        ContentDocument.class).setParameter("k", kind.name()).setParameter("o", owner)
                .setParameter("y", year).getResultStream().findFirst().orElse(null);
    }

    private <T> T read(ContentDocument d, Class<T> type) {
        try {
            return json.readValue(d.body, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored " + d.kind + " " + d.ownerCode + "/" + d.year + " is unreadable", e);
        }
    }

    private JsonNode tree(String body) {
        try {
            return json.readTree(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored content is unreadable", e);
        }
    }

    private static String label(ContentKind kind) {
        return kind.name().toLowerCase().replace('_', ' ');
    }
}
