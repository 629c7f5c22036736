package id.sakip.reporting.report;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

/** Reports by id or by their natural key (work unit, year). */
@ApplicationScoped
public class ReportRepository implements PanacheRepository<Report> {

    public Optional<Report> findByUnitAndYear(String workUnit, int year) {
        return find("workUnit = ?1 and year = ?2", workUnit, year).firstResultOptional();
    }
}
