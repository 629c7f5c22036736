package id.sakip.indicators.security;

import id.sakip.commons.security.UnitHierarchy;
import id.sakip.indicators.workunit.WorkUnitService;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.List;

/**
 * The unit hierarchy for {@link id.sakip.commons.security.AccessPolicy}, read from this service's own tables. A unit's
 * data of a year are read by a regional office it was below at any time during that year (408103 by KANWIL-KEPRI for
 * 2024 and by KANWIL-DJIM-KEPRI for 2025), so the ancestors are those of the whole year of {@code date}, as
 * {@code AccessPolicy.isBelow} states.
 */
@ApplicationScoped
public class DatabaseUnitHierarchy implements UnitHierarchy {

    private final WorkUnitService workUnits;

    public DatabaseUnitHierarchy(WorkUnitService workUnits) {
        this.workUnits = workUnits;
    }

    @Override
    public List<String> ancestors(String unit, LocalDate date) {
        return workUnits.hierarchy().ancestorsDuringYear(unit, date.getYear());
    }
}
