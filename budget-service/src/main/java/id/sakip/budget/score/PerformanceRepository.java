package id.sakip.budget.score;

import id.sakip.budget.scheme.SchemeKind;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Stored SMART, planning and NKA entries. */
@ApplicationScoped
public class PerformanceRepository implements PanacheRepository<PerformanceEntry> {

    public Optional<PerformanceEntry> find(String workUnit, int year, SchemeKind kind) {
        return find("workUnit = ?1 and year = ?2 and kind = ?3", workUnit, year, kind).firstResultOptional();
    }

    /** Every stored entry of these work units, in one query (dataset import). */
    public List<PerformanceEntry> ofUnits(Collection<String> workUnits) {
        return workUnits.isEmpty() ? List.of() : list("workUnit in ?1", workUnits);
    }

    public List<PerformanceEntry> range(String workUnit, int fromYear, int toYear) {
        return list("workUnit = ?1 and year between ?2 and ?3 order by year, kind", workUnit, fromYear, toYear);
    }
}
