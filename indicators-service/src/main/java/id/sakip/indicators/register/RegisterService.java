package id.sakip.indicators.register;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.sakip.commons.audit.AuditLog;
import id.sakip.commons.security.Caller;
import id.sakip.indicators.common.Change;
import id.sakip.indicators.security.UnitAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Evidence registers as received from datasets: one JSON document per unit, year and register name, until the
 * registers get their own model. Read back in the shape of the {@code registers} part of performance.json.
 */
@ApplicationScoped
public class RegisterService {

    private final EntityManager em;
    private final ObjectMapper json;
    private final UnitAccess access;
    private final AuditLog audit;

    public RegisterService(EntityManager em, ObjectMapper json, UnitAccess access, AuditLog audit) {
        this.em = em;
        this.json = json;
        this.access = access;
        this.audit = audit;
    }

    /** Every register of a unit-year, keyed by register name. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ObjectNode get(String unit, int year, Caller caller) {
        access.requireRead(caller, unit, year);
        ObjectNode out = json.createObjectNode();
        for (Document d : load(List.of(unit), year, null)) {
            out.set(d.name(), d.content());
        }
        return out;
    }

    /** Documents of some units in a year, optionally only some registers, in one query. */
    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public List<Document> load(Collection<String> units, int year, Collection<String> names) {
        if (units.isEmpty()) {
            return List.of();
        }
        String sql = "SELECT work_unit, year, name, content::text FROM register_document WHERE year = ?1 "
                + "AND work_unit IN (?2)" + (names == null ? "" : " AND name IN (?3)") + " ORDER BY work_unit, name";
        var q = em.createNativeQuery(sql).setParameter(1, year).setParameter(2, units);
        if (names != null) {
            q.setParameter(3, names);
        }
        List<Object[]> rows = q.getResultList();
        List<Document> out = new ArrayList<>();
        for (Object[] r : rows) {
            out.add(new Document((String) r[0], ((Number) r[1]).intValue(), (String) r[2], parse((String) r[3])));
        }
        return out;
    }

    /** Stores a register document; equal content (as JSON) is unchanged. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Change upsert(String unit, int year, String name, JsonNode content) {
        @SuppressWarnings("unchecked")
        List<String> current = em.createNativeQuery("SELECT content::text FROM register_document "
                        + "WHERE work_unit = ?1 AND year = ?2 AND name = ?3")
                .setParameter(1, unit).setParameter(2, year).setParameter(3, name).getResultList();
        JsonNode before = current.isEmpty() ? null : parse(current.get(0));
        if (before != null && before.equals(content)) {
            return Change.UNCHANGED;
        }
        String text = write(content);
        OffsetDateTime now = OffsetDateTime.now().truncatedTo(ChronoUnit.MICROS);
        if (before == null) {
            em.createNativeQuery("INSERT INTO register_document (work_unit, year, name, content, updated_at) "
                            + "VALUES (?1, ?2, ?3, CAST(?4 AS jsonb), ?5)")
                    .setParameter(1, unit).setParameter(2, year).setParameter(3, name).setParameter(4, text)
                    .setParameter(5, now).executeUpdate();
        } else {
            em.createNativeQuery("UPDATE register_document SET content = CAST(?4 AS jsonb), updated_at = ?5, "
                            + "version = version + 1 WHERE work_unit = ?1 AND year = ?2 AND name = ?3")
                    .setParameter(1, unit).setParameter(2, year).setParameter(3, name).setParameter(4, text)
                    .setParameter(5, now).executeUpdate();
        }
        audit.record("Register", unit + "/" + year + "/" + name, before == null ? "CREATE" : "UPDATE", before,
                content);
        return before == null ? Change.CREATED : Change.UPDATED;
    }

    private JsonNode parse(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Corrupt register document", e);
        }
    }

    private String write(JsonNode node) {
        try {
            return json.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One stored register document. */
    public record Document(String workUnit, int year, String name, JsonNode content) {
    }
}
