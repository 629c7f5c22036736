package id.sakip.budget.score.dto;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The budget scores of a work unit and year: each part recomputed by its scheme beside what the source
 * reported (difference = reported − computed, both at 2 decimals); a part absent for the year is null.
 */
public record ScoresView(String workUnit, int year, Ikpa ikpa, Smart smart, Planning planning, Nka nka) {

    public record Ikpa(String scheme, String period, String reference, List<IkpaComponent> components,
                       List<IkpaReducer> reducers, Map<String, Compared> aspects, BigDecimal computedTotal,
                       BigDecimal reportedTotal, BigDecimal applicableWeight, BigDecimal reportedWeightConversion,
                       BigDecimal computedFinal, BigDecimal reportedFinal, BigDecimal difference,
                       String reportedWeightedWhere, long version) {
    }

    /** weighted = value × weight / 100; applies = counted in the final score. */
    public record IkpaComponent(String key, String name, String aspect, BigDecimal weight, BigDecimal value,
                                boolean applies, BigDecimal weighted, BigDecimal reportedWeighted,
                                BigDecimal difference) {
    }

    public record IkpaReducer(String key, String name, BigDecimal maxDeduction, BigDecimal value,
                              BigDecimal reportedWeighted) {
    }

    public record Compared(BigDecimal computed, BigDecimal reported, BigDecimal difference) {
    }

    public record Smart(String scheme, String reference, List<ScoreComponent> components, BigDecimal efficiency,
                        BigDecimal efficiencyScore, BigDecimal reportedEfficiencyScore,
                        BigDecimal efficiencyScoreDifference, BigDecimal computedScore, BigDecimal reportedScore,
                        BigDecimal difference, long version) {
    }

    /** derivedFrom names the entered value a derived component is computed from. */
    public record ScoreComponent(String key, String name, BigDecimal weight, BigDecimal value, String derivedFrom,
                                 BigDecimal weighted) {
    }

    public record Planning(String scheme, String reference, String note, List<ScoreComponent> components,
                           BigDecimal computedScore, BigDecimal reportedScore, long version) {
    }

    public record Nka(String scheme, String reference, Map<String, String> inputs, BigDecimal planningWeight,
                      BigDecimal planning, String planningSource, BigDecimal executionWeight, BigDecimal execution,
                      String executionSource, BigDecimal computedScore, BigDecimal reportedScore,
                      BigDecimal difference, long version) {
    }
}
