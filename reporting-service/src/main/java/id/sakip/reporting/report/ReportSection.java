package id.sakip.reporting.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** An editable narrative section of a report (Markdown). Edited text survives re-assembly. */
@Entity
@Table(name = "report_section")
public class ReportSection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "report_id", nullable = false)
    public Long reportId;

    @Column(name = "section_key", nullable = false)
    public String key;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String markdown;

    @Column(nullable = false)
    public boolean edited;

    @Column(name = "edited_by")
    public String editedBy;

    @Column(name = "edited_at")
    public Instant editedAt;

    @Version
    public long version;
}
