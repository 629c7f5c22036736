package id.sakip.indicators.dataset;

import id.sakip.commons.audit.AuditLog;
import id.sakip.indicators.common.Change;
import id.sakip.indicators.workunit.WorkUnit;
import id.sakip.indicators.workunit.WorkUnitRepository;
import id.sakip.indicators.workunit.WorkUnitService;
import id.sakip.indicators.workunit.dto.WorkUnitInput;
import id.sakip.indicators.workunit.dto.WorkUnitView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code workUnits[]} of a dataset, upserted like {@link WorkUnitService#upsert} does one unit, but for all of
 * them at once: the stored units are loaded in one query, nothing is flushed per unit (new units and parent periods
 * get pooled sequence ids and go out in JDBC batches at the import's next flush) and the audit entries are returned
 * for the import's batch. A country's 200 units were 4 round trips each (find, insert, parent insert, audit).
 */
@ApplicationScoped
class WorkUnitImport {

    private final WorkUnitRepository units;

    WorkUnitImport(WorkUnitRepository units) {
        this.units = units;
    }

    /** One change per input, in input order; the caller validated and access-checked the inputs. */
    @Transactional(Transactional.TxType.MANDATORY)
    List<Change> upsertAll(List<WorkUnitInput> inputs, List<AuditLog.Change> audits) {
        List<Change> changes = new ArrayList<>(inputs.size());
        if (inputs.isEmpty()) {
            return changes;
        }
        Map<String, WorkUnit> stored = new HashMap<>();
        units.findAllWithParents().forEach(u -> stored.put(u.code, u));
        LocalDate today = LocalDate.now();
        for (WorkUnitInput in : inputs) {
            changes.add(upsert(in, stored, today, audits));
        }
        return changes;
    }

    private Change upsert(WorkUnitInput in, Map<String, WorkUnit> stored, LocalDate today,
                          List<AuditLog.Change> audits) {
        WorkUnit u = stored.get(in.code());
        boolean created = u == null;
        WorkUnitView before = created ? null : WorkUnitService.view(u, today, u.version);
        if (created) {
            u = new WorkUnit();
            u.code = in.code();
        }
        WorkUnitService.apply(u, in);
        if (!created && WorkUnitService.sameContent(before, WorkUnitService.view(u, today, u.version))) {
            return Change.UNCHANGED;
        }
        u.updatedAt = OffsetDateTime.now();
        if (created) {
            units.persist(u);
            stored.put(u.code, u);
        }
        // Not flushed yet: the snapshot shows the version the row gets when the import flushes.
        audits.add(new AuditLog.Change("WorkUnit", u.code, created ? "CREATE" : "UPDATE", before,
                WorkUnitService.view(u, today, created ? u.version : u.version + 1)));
        return created ? Change.CREATED : Change.UPDATED;
    }
}
