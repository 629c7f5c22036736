package id.sakip.reporting.report;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;

/** The narrative sections of a report. */
@ApplicationScoped
public class SectionRepository implements PanacheRepository<ReportSection> {

    public List<ReportSection> ofReport(long reportId) {
        return list("reportId = ?1 order by id", reportId);
    }

    public Optional<ReportSection> find(long reportId, String key) {
        return find("reportId = ?1 and key = ?2", reportId, key).firstResultOptional();
    }
}
