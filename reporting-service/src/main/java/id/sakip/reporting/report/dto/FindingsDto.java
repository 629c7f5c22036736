package id.sakip.reporting.report.dto;

import id.sakip.reporting.finding.Finding;

import java.time.Instant;
import java.util.List;

/** The findings of a report, with both values of each comparison and where they come from. */
public record FindingsDto(long reportId, String workUnit, int year, Instant evaluatedAt, FindingsSummary summary,
                          List<Finding> findings) {
}
