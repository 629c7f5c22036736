package id.sakip.reporting.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;

/** What was published: the JSON report and the PDF, byte for byte, with their SHA-256. Never changes. */
@Entity
@Immutable
@Table(name = "report_snapshot")
public class ReportSnapshot {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "report_id", nullable = false)
    public Long reportId;

    @Column(nullable = false)
    public int seq;

    @Column(name = "published_at", nullable = false)
    public Instant publishedAt;

    @Column(name = "published_by")
    public String publishedBy;

    @Column(name = "model_json", nullable = false)
    public byte[] modelJson;

    @Column(name = "model_sha256", nullable = false)
    public String modelSha256;

    @Column(nullable = false)
    public byte[] pdf;

    @Column(name = "pdf_sha256", nullable = false)
    public String pdfSha256;
}
