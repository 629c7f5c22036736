package id.sakip.reporting.regional;

import java.math.BigDecimal;
import java.util.List;

/** One unit below a regional office: its averages, absorption, NKA, report status and findings. */
public record RegionalRow(String workUnit, String name, BigDecimal overallAverageAchievement,
                          List<ObjectiveAverage> objectives, BigDecimal absorption, BigDecimal nka, Long reportId,
                          String reportStatus, Integer findings, Integer highFindings, String source) {

    /** An objective's average achievement. */
    public record ObjectiveAverage(String code, String name, BigDecimal averageAchievement) {
    }
}
