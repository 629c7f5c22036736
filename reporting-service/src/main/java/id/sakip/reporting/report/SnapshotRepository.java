package id.sakip.reporting.report;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;

/** Published snapshots, oldest first. */
@ApplicationScoped
public class SnapshotRepository implements PanacheRepository<ReportSnapshot> {

    public List<ReportSnapshot> ofReport(long reportId) {
        return list("reportId = ?1 order by seq", reportId);
    }

    public Optional<ReportSnapshot> latest(long reportId) {
        return find("reportId = ?1 order by seq desc", reportId).firstResultOptional();
    }
}
