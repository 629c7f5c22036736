package id.sakip.budget.revenue;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;

/** Stored PNBP years. */
@ApplicationScoped
public class RevenueRepository implements PanacheRepository<Revenue> {

    public Optional<Revenue> find(String workUnit, int year) {
        return find("workUnit = ?1 and year = ?2", workUnit, year).firstResultOptional();
    }

    public List<Revenue> range(String workUnit, int fromYear, int toYear) {
        return list("workUnit = ?1 and year between ?2 and ?3 order by year", workUnit, fromYear, toYear);
    }
}
