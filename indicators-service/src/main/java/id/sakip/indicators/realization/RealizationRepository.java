package id.sakip.indicators.realization;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Realization rows, read set-based for the scorecard and the Kanwil pull. */
@ApplicationScoped
public class RealizationRepository implements PanacheRepository<Realization> {

    public Optional<Realization> findByKey(String unit, int year, String plan, String indicator, String period) {
        return find("workUnit = ?1 and year = ?2 and planCode = ?3 and indicatorCode = ?4 and period = ?5",
                unit, year, plan, indicator, period).firstResultOptional();
    }

    public List<Realization> findByUnitYear(String unit, int year) {
        return list("workUnit = ?1 and year = ?2 order by planCode, indicatorCode, period", unit, year);
    }

    public List<Realization> findByUnitYearIndicator(String unit, int year, String plan, String indicator) {
        return list("workUnit = ?1 and year = ?2 and planCode = ?3 and indicatorCode = ?4", unit, year, plan,
                indicator);
    }

    /** Rows of some units in some years (a dataset import preloads the unit-years it touches). */
    public List<Realization> findByUnitsAndYears(Collection<String> units, Collection<Integer> years) {
        return list("workUnit in ?1 and year in ?2", units, years);
    }

    /** Every unit's rows of one year (the computed benchmark needs all of them). */
    public List<Realization> findByYear(int year) {
        return list("year = ?1", year);
    }

    /** Rows of some units for all years up to {@code year} (series). */
    public List<Realization> findByUnitsUpTo(Collection<String> units, int year) {
        return list("workUnit in ?1 and year <= ?2", units, year);
    }
}
