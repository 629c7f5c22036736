package id.sakip.indicators.register;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.sakip.indicators.common.Errors;
import id.sakip.indicators.unityear.UnitYearWrites;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.util.List;

/**
 * Moves registers stored as JSON documents by an earlier version (table {@code register_document}) into the
 * relational register tables at start-up, through the same parsing, validation and upsert as a dataset import.
 * A document that does not pass validation stays where it is and is logged.
 */
@ApplicationScoped
public class LegacyRegisterMigration {

    private static final Logger LOG = Logger.getLogger(LegacyRegisterMigration.class);

    private final EntityManager em;
    private final ObjectMapper json;
    private final RegisterService registers;
    private final UnitYearWrites unitYears;

    public LegacyRegisterMigration(EntityManager em, ObjectMapper json, RegisterService registers,
                                   UnitYearWrites unitYears) {
        this.em = em;
        this.json = json;
        this.registers = registers;
        this.unitYears = unitYears;
    }

    @Transactional
    void onStart(@Observes StartupEvent event) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, name, content::text FROM register_document ORDER BY id")
                .getResultList();
        for (Object[] row : rows) {
            long id = ((Number) row[0]).longValue();
            String name = (String) row[1];
            ObjectNode doc = json.createObjectNode();
            try {
                doc.set(name, json.readTree((String) row[2]));
            } catch (JsonProcessingException e) {
                LOG.warnf("register_document %d (%s) is not JSON; left in place", id, name);
                continue;
            }
            Errors errors = new Errors();
            RegisterImport.Parsed parsed = new RegisterImport(json).parse(doc, "", u -> true, errors);
            if (!errors.isEmpty()) {
                LOG.warnf("register_document %d (%s) does not pass validation, left in place: %s", id, name,
                        errors.list());
                continue;
            }
            RegisterService.ImportResult result = registers.importRegisters(parsed);
            for (String uy : result.changedUnitYears()) {
                int slash = uy.lastIndexOf('/');
                unitYears.changed(uy.substring(0, slash), Integer.parseInt(uy.substring(slash + 1)));
            }
            em.createNativeQuery("DELETE FROM register_document WHERE id = ?1").setParameter(1, id).executeUpdate();
            LOG.infof("register_document %d (%s) moved into the register tables", id, name);
        }
    }
}
