package id.sakip.reporting.report.dto;

import id.sakip.reporting.finding.Finding;
import id.sakip.reporting.finding.Problem;
import id.sakip.reporting.finding.RuleEvaluator;

import java.time.Instant;
import java.util.List;

/**
 * The findings of a report, with both values of each comparison and where they come from, and the problems they
 * come from (findings of one root cause grouped).
 */
public record FindingsDto(long reportId, String workUnit, int year, Instant evaluatedAt, FindingsSummary summary,
                          List<Problem> problems, List<Finding> findings) {

    public static FindingsDto of(long reportId, String workUnit, int year, Instant evaluatedAt, List<Finding> all,
                                 List<Finding> shown) {
        return new FindingsDto(reportId, workUnit, year, evaluatedAt, FindingsSummary.of(all),
                RuleEvaluator.problems(shown), shown);
    }
}
