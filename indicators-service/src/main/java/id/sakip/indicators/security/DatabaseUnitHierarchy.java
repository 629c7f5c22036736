package id.sakip.indicators.security;

import id.sakip.commons.security.UnitHierarchy;
import id.sakip.indicators.workunit.WorkUnitService;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.List;

/** The unit hierarchy for {@link id.sakip.commons.security.AccessPolicy}, read from this service's own tables. */
@ApplicationScoped
public class DatabaseUnitHierarchy implements UnitHierarchy {

    private final WorkUnitService workUnits;

    public DatabaseUnitHierarchy(WorkUnitService workUnits) {
        this.workUnits = workUnits;
    }

    @Override
    public List<String> ancestors(String unit, LocalDate date) {
        return workUnits.hierarchy().ancestors(unit, date);
    }
}
