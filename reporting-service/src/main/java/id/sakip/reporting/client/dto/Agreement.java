package id.sakip.reporting.client.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** One revision of a performance agreement ({@code GET /api/v1/agreements?workUnit=&year=}). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Agreement(Long id, String workUnit, int year, String plan, int revision, String status, LocalDate signedOn,
                        String place, Boolean inForce, Party firstParty, Party secondParty, List<Target> targets,
                        List<BudgetLine> budget, Long budgetTotal, Long version) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Party(String name, String position, String nip) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    /** {@code objectiveName} is filled by reporting-service from the agreement's own plan (indicators-service sends the code). */
    public record Target(String indicator, String indicatorName, String objective, BigDecimal target, String unit,
                         String objectiveName) {
    }

    /** This agreement with the objective names of its plan (objective code → name) on its targets. */
    public Agreement withObjectiveNames(java.util.Map<String, String> names) {
        List<Target> named = targets == null ? null : targets.stream().map(t -> new Target(t.indicator(), t.indicatorName(),
                t.objective(), t.target(), t.unit(), names.getOrDefault(t.objective(), t.objectiveName()))).toList();
        return new Agreement(id, workUnit, year, plan, revision, status, signedOn, place, inForce, firstParty, secondParty,
                named, budget, budgetTotal, version);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record BudgetLine(String program, String activity, Long amount) {
    }
}
