package id.sakip.indicators.register;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.sakip.commons.audit.AuditLog;
import id.sakip.commons.http.ETags;
import id.sakip.commons.problem.ProblemException;
import id.sakip.commons.security.Caller;
import id.sakip.commons.security.WriteKind;
import id.sakip.indicators.common.Change;
import id.sakip.indicators.common.Errors;
import id.sakip.indicators.unityear.UnitYearWrites;
import id.sakip.indicators.register.dto.RecordInput;
import id.sakip.indicators.register.dto.SuspectInput;
import id.sakip.indicators.security.UnitAccess;
import id.sakip.indicators.workunit.WorkUnitService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The evidence registers: one table per record kind, every record of one unit-year. Reads follow the unit rules
 * of {@link UnitAccess}; every change needs realization rights for the record's unit (operator, planner of that
 * unit, or admin), If-Match on updates and deletes, an unlocked unit-year, and is audited. The whole register
 * set of a unit-year is also shown in the shape of the {@code registers} part of performance.json.
 */
@ApplicationScoped
public class RegisterService {

    private final EntityManager em;
    private final ObjectMapper json;
    private final UnitAccess access;
    private final UnitYearWrites unitYears;
    private final WorkUnitService workUnits;
    private final AuditLog audit;

    public RegisterService(EntityManager em, ObjectMapper json, UnitAccess access, UnitYearWrites unitYears,
                           WorkUnitService workUnits, AuditLog audit) {
        this.em = em;
        this.json = json;
        this.access = access;
        this.unitYears = unitYears;
        this.workUnits = workUnits;
        this.audit = audit;
    }

    /** A record as shown by the API, with the version for its ETag. */
    public record Written(Object body, long version) {
    }

    // ---- the dataset shape ------------------------------------------------------------------------------------

    /** Every register of a unit-year, keyed by register name, in the shape of performance.json. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ObjectNode get(String unit, int year, Caller caller) {
        access.requireRead(caller, unit, year);
        return assemble(unit, year);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ObjectNode assemble(String unit, int year) {
        Map<String, RegisterHeader> headers = new HashMap<>();
        em.createQuery("from RegisterHeader h where h.workUnit = :u and h.year = :y", RegisterHeader.class)
                .setParameter("u", unit).setParameter("y", year).getResultList()
                .forEach(h -> headers.put(h.register, h));
        ObjectNode out = json.createObjectNode();
        for (RegisterTypes.Layout layout : RegisterTypes.LAYOUTS) {
            if (layout.array()) {
                ArrayNode arr = json.createArrayNode();
                records(layout.parts().get(0).type(), List.of(unit), year).forEach(arr::add);
                if (!arr.isEmpty()) {
                    out.set(layout.name(), arr);
                }
                continue;
            }
            RegisterHeader h = headers.get(layout.name());
            Map<String, List<ObjectNode>> parts = new LinkedHashMap<>();
            for (RegisterTypes.Part p : layout.parts()) {
                parts.put(p.field(), records(p.type(), List.of(unit), year));
            }
            if (h == null && parts.values().stream().allMatch(List::isEmpty)) {
                continue;
            }
            ObjectNode o = out.putObject(layout.name());
            o.put("workUnit", unit);
            o.put("year", year);
            if (h != null) {
                o.put("reference", h.reference);
                if (h.note != null) {
                    o.put("note", h.note);
                }
            }
            for (RegisterTypes.Part p : layout.parts()) {
                if (p.type() == RegisterTypes.SUPERVISION) {
                    ArrayNode months = o.putArray(p.field());
                    Long[] byMonth = new Long[12];
                    for (ObjectNode r : parts.get(p.field())) {
                        byMonth[r.path("month").asInt() - 1] = r.path("count").isNull() ? null
                                : r.path("count").asLong();
                    }
                    for (Long m : byMonth) {
                        if (m == null) {
                            months.addNull();
                        } else {
                            months.add(m);
                        }
                    }
                    o.set("operations", json.valueToTree(parts.get(p.field())));
                } else {
                    o.set(p.field(), json.valueToTree(parts.get(p.field())));
                }
            }
            if (h != null) {
                if (h.reportedTotal != null) {
                    o.put("reportedTotal", h.reportedTotal);
                }
                if (!h.reportedTotals.isEmpty()) {
                    ObjectNode t = o.putObject("reportedTotals");
                    h.reportedTotals.forEach(t::put);
                }
                if (!h.history.isEmpty()) {
                    ArrayNode hist = o.putArray("history");
                    for (RegisterHeader.HistoryYear y : h.history) {
                        ObjectNode n = hist.addObject();
                        n.put("year", y.year);
                        n.put("planned", y.planned);
                        n.put("done", y.done);
                    }
                }
            }
        }
        return out;
    }

    /** Records of one kind for some units in a year, as shown (id, fields, version), in one query. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ObjectNode> records(RecordType<?, ?> type, Collection<String> units, int year) {
        List<ObjectNode> out = new ArrayList<>();
        for (RegisterRecord e : entities(type, units, year)) {
            out.add(node(type, e));
        }
        return out;
    }

    /** Records of one kind of some units in a year, by unit (for derivations). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, List<JsonNode>> recordsByUnit(RecordType<?, ?> type, Collection<String> units, int year) {
        Map<String, List<JsonNode>> out = new HashMap<>();
        for (ObjectNode n : records(type, units, year)) {
            out.computeIfAbsent(n.path("workUnit").asText(), k -> new ArrayList<>()).add(n);
        }
        return out;
    }

    private <E extends RegisterRecord> List<E> entities(RecordType<E, ?> type, Collection<String> units, int year) {
        if (units.isEmpty()) {
            return List.of();
        }
        return em.createQuery("from " + type.entity.getSimpleName() + " r where r.year = :y and r.workUnit in :u "
                        + "order by r.workUnit, r.position, r.id", type.entity)
                .setParameter("y", year).setParameter("u", units).getResultList();
    }

    // ---- one record at a time ---------------------------------------------------------------------------------

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ObjectNode> list(RecordType<?, ?> type, String unit, int year, Caller caller) {
        access.requireRead(caller, unit, year);
        return records(type, List.of(unit), year);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Written get(RecordType<?, ?> type, long id, Caller caller) {
        RegisterRecord e = find(type, id);
        access.requireRead(caller, e.workUnit, e.year);
        return new Written(node(type, e), e.version);
    }

    @Transactional
    public Written create(RecordType<?, ?> type, JsonNode body, Caller caller) {
        return doCreate(type, body, caller);
    }

    private <E extends RegisterRecord, I extends RecordInput> Written doCreate(RecordType<E, I> type, JsonNode body,
                                                                              Caller caller) {
        I in = parse(body, type.input);
        Errors errors = new Errors();
        scope(in.workUnit(), in.year(), errors);
        errors.throwIfAny();
        access.requireWrite(caller, in.workUnit(), WriteKind.REALIZATION);
        if (!workUnits.exists(in.workUnit())) {
            errors.add("/workUnit", "unknown work unit " + in.workUnit()).throwIfAny();
        }
        return unitYears.write(in.workUnit(), in.year(), () -> {
            List<E> existing = entities(type, List.of(in.workUnit()), in.year());
            I normalized = type.normalize(in, existing.size() + 1);
            type.validate(normalized, "", errors);
            errors.throwIfAny();
            String key = type.key(normalized);
            if (existing.stream().anyMatch(x -> type.key(x).equals(key))) {
                throw ProblemException.conflict("A " + type.id + " record " + key + " of " + normalized.workUnit()
                        + " " + normalized.year() + " already exists; change it with PUT");
            }
            E e = type.newEntity();
            e.workUnit = normalized.workUnit();
            e.year = normalized.year();
            e.position = existing.stream().mapToInt(x -> x.position).max().orElse(0) + 1;
            type.apply(normalized, e);
            e.updatedAt = now();
            em.persist(e);
            em.flush();
            audit.record(auditEntity(type), auditKey(type, e), "CREATE", null, type.view(e));
            return new Written(node(type, e), e.version);
        });
    }

    @Transactional
    public Written update(RecordType<?, ?> type, long id, JsonNode body, String ifMatch, Caller caller) {
        return doUpdate(type, id, body, ifMatch, caller);
    }

    private <E extends RegisterRecord, I extends RecordInput> Written doUpdate(RecordType<E, I> type, long id,
                                                                              JsonNode body, String ifMatch,
                                                                              Caller caller) {
        E e = find(type, id);
        access.requireWrite(caller, e.workUnit, WriteKind.REALIZATION);
        ETags.requireMatch(ifMatch, e.version);
        if (body == null || !body.isObject()) {
            throw ProblemException.badRequest("The body must be a JSON object");
        }
        ObjectNode b = ((ObjectNode) body).deepCopy();
        Errors errors = new Errors();
        if (b.hasNonNull("workUnit") && !e.workUnit.equals(b.path("workUnit").asText())) {
            errors.add("/workUnit", "cannot change; it is " + e.workUnit);
        }
        if (b.hasNonNull("year") && b.path("year").asInt() != e.year) {
            errors.add("/year", "cannot change; it is " + e.year);
        }
        errors.throwIfAny();
        b.put("workUnit", e.workUnit);
        b.put("year", e.year);
        I in = type.normalize(type.complete(parse(b, type.input), e), e.position);
        type.validate(in, "", errors);
        errors.throwIfAny();
        unitYears.begin(e.workUnit, e.year);
        String key = type.key(in);
        if (!key.equals(type.key(e)) && entities(type, List.of(e.workUnit), e.year).stream()
                .anyMatch(x -> !x.id.equals(e.id) && type.key(x).equals(key))) {
            throw ProblemException.conflict("Another " + type.id + " record " + key + " of " + e.workUnit + " "
                    + e.year + " already exists");
        }
        I before = type.view(e);
        if (!type.canonical(in).equals(before)) {
            type.apply(in, e);
            e.updatedAt = now();
            em.flush();
            unitYears.changed(e.workUnit, e.year);
            audit.record(auditEntity(type), auditKey(type, e), "UPDATE", before, type.view(e));
        }
        return new Written(node(type, e), e.version);
    }

    @Transactional
    public void delete(RecordType<?, ?> type, long id, String ifMatch, Caller caller) {
        doDelete(type, id, ifMatch, caller);
    }

    private <E extends RegisterRecord, I extends RecordInput> void doDelete(RecordType<E, I> type, long id,
                                                                           String ifMatch, Caller caller) {
        E e = find(type, id);
        access.requireWrite(caller, e.workUnit, WriteKind.REALIZATION);
        ETags.requireMatch(ifMatch, e.version);
        unitYears.write(e.workUnit, e.year, () -> {
            I before = type.view(e);
            String key = auditKey(type, e);
            em.remove(e);
            em.flush();
            audit.record(auditEntity(type), key, "DELETE", before, null);
        });
    }

    // ---- suspects of a case -----------------------------------------------------------------------------------

    @Transactional(Transactional.TxType.SUPPORTS)
    public Written getSuspect(long caseId, long id, Caller caller) {
        Suspect s = suspect(caseId, id);
        access.requireRead(caller, s.justiceCase.workUnit, s.justiceCase.year);
        return new Written(RegisterTypes.suspectResource(s), s.version);
    }

    @Transactional
    public Written addSuspect(long caseId, JsonNode body, Caller caller) {
        JusticeCase c = em.find(JusticeCase.class, caseId);
        if (c == null) {
            throw ProblemException.notFound("No justice case " + caseId + ": a suspect belongs to an existing case "
                    + "(create the case first with POST /api/v1/registers/justice-cases)");
        }
        access.requireWrite(caller, c.workUnit, WriteKind.REALIZATION);
        SuspectInput in = parse(body, SuspectInput.class);
        Errors errors = new Errors();
        RegisterTypes.validateSuspect(in, "", errors);
        errors.throwIfAny();
        return unitYears.write(c.workUnit, c.year, () -> {
            Suspect s = new Suspect();
            s.justiceCase = c;
            RegisterTypes.applySuspect(in, s, c.suspects.size() + 1);
            c.suspects.add(s);
            em.persist(s);
            em.flush();
            audit.record("JusticeCaseSuspect", suspectKey(s), "CREATE", null, RegisterTypes.suspectView(s));
            return new Written(RegisterTypes.suspectResource(s), s.version);
        });
    }

    @Transactional
    public Written updateSuspect(long caseId, long id, JsonNode body, String ifMatch, Caller caller) {
        Suspect s = suspect(caseId, id);
        access.requireWrite(caller, s.justiceCase.workUnit, WriteKind.REALIZATION);
        ETags.requireMatch(ifMatch, s.version);
        SuspectInput in = parse(body, SuspectInput.class);
        Errors errors = new Errors();
        RegisterTypes.validateSuspect(in, "", errors);
        errors.throwIfAny();
        unitYears.begin(s.justiceCase.workUnit, s.justiceCase.year);
        SuspectInput before = RegisterTypes.suspectView(s);
        if (!before.equals(in)) {
            RegisterTypes.applySuspect(in, s, s.position);
            em.flush();
            unitYears.changed(s.justiceCase.workUnit, s.justiceCase.year);
            audit.record("JusticeCaseSuspect", suspectKey(s), "UPDATE", before, RegisterTypes.suspectView(s));
        }
        return new Written(RegisterTypes.suspectResource(s), s.version);
    }

    @Transactional
    public void deleteSuspect(long caseId, long id, String ifMatch, Caller caller) {
        Suspect s = suspect(caseId, id);
        JusticeCase c = s.justiceCase;
        access.requireWrite(caller, c.workUnit, WriteKind.REALIZATION);
        ETags.requireMatch(ifMatch, s.version);
        unitYears.write(c.workUnit, c.year, () -> {
            String key = suspectKey(s);
            SuspectInput before = RegisterTypes.suspectView(s);
            c.suspects.remove(s);
            for (int i = 0; i < c.suspects.size(); i++) {
                c.suspects.get(i).position = i + 1;
            }
            em.flush();
            audit.record("JusticeCaseSuspect", key, "DELETE", before, null);
        });
    }

    private Suspect suspect(long caseId, long id) {
        Suspect s = em.find(Suspect.class, id);
        if (s == null || !s.justiceCase.id.equals(caseId)) {
            throw ProblemException.notFound("No suspect " + id + " in justice case " + caseId);
        }
        return s;
    }

    private static String suspectKey(Suspect s) {
        return s.justiceCase.workUnit + "/" + s.justiceCase.year + "/justiceCases/" + s.justiceCase.number
                + "/suspects/" + s.position;
    }

    // ---- dataset import ---------------------------------------------------------------------------------------

    /** What an import did to the registers: per register of a unit-year, per record, and which unit-years. */
    public record ImportResult(Map<String, Change> registers, int[] records, Set<String> changedUnitYears) {
    }

    /** Upserts parsed (validated, access-checked) registers by natural keys, in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ImportResult importRegisters(RegisterImport.Parsed parsed) {
        Map<String, Change> groups = new LinkedHashMap<>();
        Map<String, Boolean> existed = new HashMap<>();
        int[] counts = new int[3];
        Set<String> changed = new TreeSet<>();
        Map<String, Map<String, RegisterRecord>> existingByScope = new HashMap<>();
        for (RegisterImport.ParsedHeader h : parsed.headers()) {
            String group = h.register() + "|" + h.workUnit() + "|" + h.year();
            existed.computeIfAbsent(group, g -> exists(h.register(), h.workUnit(), h.year()));
            Change c = upsertHeader(h);
            mark(groups, group, c);
            if (c != Change.UNCHANGED) {
                changed.add(h.workUnit() + "/" + h.year());
            }
        }
        for (RegisterImport.ParsedRecord r : parsed.records()) {
            String unit = r.input().workUnit();
            int year = r.input().year();
            String group = r.register() + "|" + unit + "|" + year;
            existed.computeIfAbsent(group, g -> exists(r.register(), unit, year));
            Map<String, RegisterRecord> existing = existingByScope.computeIfAbsent(
                    r.type().id + "|" + unit + "|" + year, k -> byKey(r.type(), unit, year));
            Change c = upsertRecord(r.type(), r.input(), existing, nextPosition(existing));
            counts[c.ordinal()]++;
            mark(groups, group, c);
            if (c != Change.UNCHANGED) {
                changed.add(unit + "/" + year);
            }
        }
        em.flush();
        Map<String, Change> registers = new LinkedHashMap<>();
        groups.forEach((g, c) -> registers.put(g, c == Change.CREATED && existed.get(g) ? Change.UPDATED : c));
        return new ImportResult(registers, counts, changed);
    }

    private static int nextPosition(Map<String, RegisterRecord> existing) {
        return existing.values().stream().mapToInt(x -> x.position).max().orElse(0) + 1;
    }

    private static void mark(Map<String, Change> groups, String group, Change c) {
        Change now = groups.get(group);
        if (now == null || (now == Change.UNCHANGED && c != Change.UNCHANGED)
                || (now == Change.UPDATED && c == Change.CREATED)) {
            groups.put(group, c);
        }
    }

    private boolean exists(String register, String unit, int year) {
        RegisterTypes.Layout layout = RegisterTypes.layout(register).orElseThrow();
        if (header(register, unit, year) != null) {
            return true;
        }
        return layout.parts().stream().anyMatch(p -> !entities(p.type(), List.of(unit), year).isEmpty());
    }

    private <E extends RegisterRecord> Map<String, RegisterRecord> byKey(RecordType<E, ?> type, String unit,
                                                                         int year) {
        Map<String, RegisterRecord> out = new HashMap<>();
        for (E e : entities(type, List.of(unit), year)) {
            out.put(type.key(e), e);
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private <E extends RegisterRecord, I extends RecordInput> Change upsertRecord(RecordType<E, I> type,
                                                                                 RecordInput raw,
                                                                                 Map<String, RegisterRecord> existing,
                                                                                 int position) {
        I in = (I) raw;
        String key = type.key(in);
        E e = (E) existing.get(key);
        if (e == null) {
            e = type.newEntity();
            e.workUnit = in.workUnit();
            e.year = in.year();
            e.position = position;
            type.apply(in, e);
            e.updatedAt = now();
            em.persist(e);
            existing.put(key, e);
            audit.record(auditEntity(type), auditKey(type, e), "CREATE", null, type.view(e));
            return Change.CREATED;
        }
        I complete = type.complete(in, e);
        I before = type.view(e);
        if (type.canonical(complete).equals(before)) {
            return Change.UNCHANGED;
        }
        type.apply(complete, e);
        e.updatedAt = now();
        audit.record(auditEntity(type), auditKey(type, e), "UPDATE", before, type.view(e));
        return Change.UPDATED;
    }

    private Change upsertHeader(RegisterImport.ParsedHeader h) {
        RegisterHeader row = header(h.register(), h.workUnit(), h.year());
        boolean created = row == null;
        if (!created && Objects.equals(row.reference, h.reference()) && Objects.equals(row.note, h.note())
                && Objects.equals(row.reportedTotal, h.reportedTotal())
                && row.reportedTotals.equals(h.reportedTotals()) && sameHistory(row.history, h.history())) {
            return Change.UNCHANGED;
        }
        Map<String, Object> before = created ? null : headerSnapshot(row);
        if (created) {
            row = new RegisterHeader();
            row.workUnit = h.workUnit();
            row.year = h.year();
            row.register = h.register();
        }
        row.reference = h.reference();
        row.note = h.note();
        row.reportedTotal = h.reportedTotal();
        if (!row.reportedTotals.equals(h.reportedTotals())) {
            row.reportedTotals.clear();
            row.reportedTotals.putAll(h.reportedTotals());
        }
        if (!sameHistory(row.history, h.history())) {
            row.history.clear();
            row.history.addAll(h.history());
        }
        row.updatedAt = now();
        if (created) {
            em.persist(row);
        }
        audit.record("RegisterHeader", h.workUnit() + "/" + h.year() + "/" + h.register(),
                created ? "CREATE" : "UPDATE", before, headerSnapshot(row));
        return created ? Change.CREATED : Change.UPDATED;
    }

    private static boolean sameHistory(List<RegisterHeader.HistoryYear> a, List<RegisterHeader.HistoryYear> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i).year != b.get(i).year || !Objects.equals(a.get(i).planned, b.get(i).planned)
                    || !Objects.equals(a.get(i).done, b.get(i).done)) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, Object> headerSnapshot(RegisterHeader h) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("workUnit", h.workUnit);
        m.put("year", h.year);
        m.put("register", h.register);
        m.put("reference", h.reference);
        m.put("note", h.note);
        m.put("reportedTotal", h.reportedTotal);
        m.put("reportedTotals", new LinkedHashMap<>(h.reportedTotals));
        List<Map<String, Object>> history = new ArrayList<>();
        for (RegisterHeader.HistoryYear y : h.history) {
            Map<String, Object> n = new LinkedHashMap<>();
            n.put("year", y.year);
            n.put("planned", y.planned);
            n.put("done", y.done);
            history.add(n);
        }
        m.put("history", history);
        return m;
    }

    /** The header of a register of a unit-year, or null. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public RegisterHeader header(String register, String unit, int year) {
        return em.createQuery("from RegisterHeader h where h.register = :r and h.workUnit = :u and h.year = :y",
                        RegisterHeader.class).setParameter("r", register).setParameter("u", unit)
                .setParameter("y", year).getResultStream().findFirst().orElse(null);
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private <E extends RegisterRecord, I extends RecordInput> ObjectNode node(RecordType<E, I> type,
                                                                             RegisterRecord record) {
        @SuppressWarnings("unchecked")
        E e = (E) record;
        ObjectNode n = json.createObjectNode();
        n.put("id", e.id);
        n.setAll((ObjectNode) json.valueToTree(type.view(e)));
        n.put("version", e.version);
        type.decorate(n, e);
        return n;
    }

    private <E extends RegisterRecord> E find(RecordType<E, ?> type, long id) {
        E e = em.find(type.entity, id);
        if (e == null) {
            throw ProblemException.notFound("No " + type.id + " record " + id);
        }
        return e;
    }

    private <I> I parse(JsonNode body, Class<I> type) {
        if (body == null || !body.isObject()) {
            throw ProblemException.badRequest("The body must be a JSON object");
        }
        Errors errors = new Errors();
        I in = new RegisterImport(json).map(body, type, "", errors, "");
        errors.throwIfAny();
        return in;
    }

    private static void scope(String unit, Integer year, Errors errors) {
        if (unit == null || unit.isBlank()) {
            errors.add("/workUnit", "workUnit is required");
        }
        if (year == null || year < 2000 || year > 2100) {
            errors.add("/year", "year is required (2000-2100)");
        }
    }

    static String auditEntity(RecordType<?, ?> type) {
        return "Register." + type.id;
    }

    private static <E extends RegisterRecord> String auditKey(RecordType<E, ?> type, E e) {
        return e.workUnit + "/" + e.year + "/" + type.id + "/" + type.key(e);
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now().truncatedTo(ChronoUnit.MICROS);
    }
}
