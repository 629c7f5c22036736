package id.sakip.reporting.report;

/** The approval workflow: DRAFT → SUBMITTED → APPROVED (or RETURNED) → PUBLISHED. */
public enum ReportStatus {
    DRAFT, SUBMITTED, APPROVED, RETURNED, PUBLISHED
}
