package id.sakip.reporting.report.dto;

import java.time.Instant;

/** Who moved the report through the workflow, and what they said. */
public record WorkflowDto(String createdBy, String submittedBy, Instant submittedAt, String decidedBy, Instant decidedAt,
                          String decisionComment, String approvalJustification, String publishedBy,
                          Instant publishedAt) {
}
