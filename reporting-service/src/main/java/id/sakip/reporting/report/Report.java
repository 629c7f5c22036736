package id.sakip.reporting.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;

/** The LKjIP of one work unit and year: the assembled model (JSONB), its findings and its workflow state. */
@Entity
@Table(name = "report")
public class Report {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "work_unit", nullable = false)
    public String workUnit;

    @Column(nullable = false)
    public int year;

    @Column(nullable = false)
    public String status;

    /** The report model as JSON: every figure as the services delivered it, plus the generated narrative. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String model;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String findings;

    @Column(name = "assembled_at", nullable = false)
    public Instant assembledAt;

    @Column(name = "findings_evaluated_at", nullable = false)
    public Instant findingsEvaluatedAt;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "submitted_by")
    public String submittedBy;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "decision_comment")
    public String decisionComment;

    @Column(name = "approval_justification")
    public String approvalJustification;

    /** The head who approved, as the agreement in force names the first party, and where / when: the signature. */
    @Column(name = "approver_name")
    public String approverName;

    @Column(name = "approver_nip")
    public String approverNip;

    @Column(name = "approver_position")
    public String approverPosition;

    @Column(name = "approval_place")
    public String approvalPlace;

    @Column(name = "approved_on")
    public java.time.LocalDate approvedOn;

    @Column(name = "published_by")
    public String publishedBy;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Version
    public long version;

    /** Drafting (assembly, section edits) is possible in these states only. */
    public boolean editable() {
        return ReportStatus.DRAFT.name().equals(status) || ReportStatus.RETURNED.name().equals(status);
    }
}
