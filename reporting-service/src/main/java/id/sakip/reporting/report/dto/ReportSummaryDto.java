package id.sakip.reporting.report.dto;

import java.time.Instant;

/** A report in a list. */
public record ReportSummaryDto(long id, String workUnit, int year, String status, Instant assembledAt,
                               FindingsSummary findings, long version) {
}
