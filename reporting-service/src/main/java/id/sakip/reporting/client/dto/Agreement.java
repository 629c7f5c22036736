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
    public record Target(String indicator, String indicatorName, String objective, BigDecimal target, String unit) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record BudgetLine(String program, String activity, Long amount) {
    }
}
