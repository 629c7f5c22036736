package id.sakip.reporting.report.dto;

import id.sakip.reporting.finding.Finding;
import id.sakip.reporting.finding.RuleEvaluator;

import java.util.List;

/** How many findings of each importance a report has, and how many problems (root causes) they come from. */
public record FindingsSummary(int total, int high, int medium, int low, int problems) {

    public static FindingsSummary of(List<Finding> findings) {
        int h = 0;
        int m = 0;
        int l = 0;
        for (Finding f : findings) {
            switch (f.importance()) {
                case "HIGH" -> h++;
                case "MEDIUM" -> m++;
                default -> l++;
            }
        }
        return new FindingsSummary(findings.size(), h, m, l, RuleEvaluator.problems(findings).size());
    }
}
