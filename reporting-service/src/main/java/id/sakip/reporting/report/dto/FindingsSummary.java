package id.sakip.reporting.report.dto;

import id.sakip.reporting.finding.Finding;

import java.util.List;

/** How many findings of each importance a report has. */
public record FindingsSummary(int total, int high, int medium, int low) {

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
        return new FindingsSummary(findings.size(), h, m, l);
    }
}
