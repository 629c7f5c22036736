package id.sakip.reporting.client.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.List;

/**
 * The Ministry of Finance's budget scores of one unit and year ({@code GET /api/v1/budget-scores}): IKPA, SMART,
 * the 2024 planning score and the NKA. A part that does not exist for that year is {@code null}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BudgetScores(String workUnit, int year, Ikpa ikpa, Smart smart, Planning planning, Nka nka) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Ikpa(String scheme, String period, List<IkpaComponent> components, List<Reducer> reducers,
                       JsonNode aspects, BigDecimal computedTotal, BigDecimal computedFinal, BigDecimal reportedTotal,
                       BigDecimal reportedFinal, BigDecimal difference) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record IkpaComponent(String key, String name, String aspect, BigDecimal weight, BigDecimal value,
                                BigDecimal weighted, BigDecimal reportedWeighted) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Reducer(String key, String name, BigDecimal value) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Smart(String scheme, List<Component> components, BigDecimal efficiency, BigDecimal efficiencyScore,
                        BigDecimal reportedEfficiencyScore, BigDecimal computedScore, BigDecimal reportedScore,
                        BigDecimal difference) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Planning(String scheme, List<Component> components, BigDecimal computedScore,
                           BigDecimal reportedScore) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Component(String key, BigDecimal value, BigDecimal weight) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Nka(String scheme, BigDecimal planning, BigDecimal execution, BigDecimal computedScore,
                      BigDecimal reportedScore, BigDecimal difference) {
    }
}
