package id.sakip.reporting.report.dto;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.List;

/** The report as JSON: state, workflow, narrative sections, snapshots and the full report model. */
public record ReportDto(long id, String workUnit, int year, String status, long version, Instant assembledAt,
                        Instant findingsEvaluatedAt, FindingsSummary findings, WorkflowDto workflow,
                        List<SectionDto> sections, List<SnapshotDto> snapshots, JsonNode model) {
}
