package id.sakip.budget.unityear;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Stored unit-year documents with one document per work unit and year. */
public interface UnitYearRepository<E extends UnitYearDocument<?>> extends PanacheRepository<E> {

    default Optional<E> find(String workUnit, int year) {
        return find("workUnit = ?1 and year = ?2", workUnit, year).firstResultOptional();
    }

    /** Every stored document of these work units, in one query (dataset import). */
    default List<E> ofUnits(Collection<String> workUnits) {
        return workUnits.isEmpty() ? List.of() : list("workUnit in ?1", workUnits);
    }

    default List<E> range(String workUnit, int fromYear, int toYear) {
        return list("workUnit = ?1 and year between ?2 and ?3 order by year", workUnit, fromYear, toYear);
    }
}
