package id.sakip.budget.score;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;

/** Stored IKPA entries. */
@ApplicationScoped
public class IkpaRepository implements PanacheRepository<IkpaEntry> {

    /** Every stored entry of these work units, in one query (dataset import). */
    public List<IkpaEntry> ofUnits(Collection<String> workUnits) {
        return workUnits.isEmpty() ? List.of() : list("workUnit in ?1", workUnits);
    }

    public List<IkpaEntry> range(String workUnit, int fromYear, int toYear) {
        return list("workUnit = ?1 and year between ?2 and ?3 order by year, period", workUnit, fromYear, toYear);
    }
}
