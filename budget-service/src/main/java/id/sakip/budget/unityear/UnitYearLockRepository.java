package id.sakip.budget.unityear;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Stored unit-year locks. */
@ApplicationScoped
public class UnitYearLockRepository implements PanacheRepository<UnitYearLock> {

    public Optional<UnitYearLock> find(String workUnit, int year) {
        return find("workUnit = ?1 and year = ?2", workUnit, year).firstResultOptional();
    }

    /** The locks of these work units, in one query (dataset import). */
    public List<UnitYearLock> ofUnits(Collection<String> workUnits) {
        return workUnits.isEmpty() ? List.of() : list("workUnit in ?1", workUnits);
    }

    public List<UnitYearLock> ofUnit(String workUnit) {
        return list("workUnit = ?1 order by year", workUnit);
    }
}
