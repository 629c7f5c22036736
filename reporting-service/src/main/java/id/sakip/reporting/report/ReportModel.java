package id.sakip.reporting.report;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import id.sakip.reporting.client.dto.Agreement;
import id.sakip.reporting.client.dto.BudgetScores;
import id.sakip.reporting.client.dto.Content;
import id.sakip.reporting.client.dto.BudgetYear;
import id.sakip.reporting.client.dto.RevenueYear;
import id.sakip.reporting.client.dto.Scorecard;
import id.sakip.reporting.client.dto.WorkUnit;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Everything an LKjIP shows, as the services delivered it (numbers are never typed into a report), plus the
 * narrative generated from it. {@code sources} names the request each top-level part was read from.
 * {@code registerChecks} are indicators-service's cross-checks of the registers (null when the service has none).
 * {@code budgets}, {@code revenues} and {@code budgetScores} cover the report year and the three years before.
 * {@code content} is the unit-year's written content from indicators-service (parts null when it has none).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReportModel(WorkUnit workUnit, int year, Instant assembledAt, Map<String, String> sources,
                         Scorecard scorecard, List<Agreement> agreements, List<Agreement> nextAgreements,
                         JsonNode registers, JsonNode registerChecks, List<BudgetYear> budgets, List<RevenueYear> revenues,
                         List<BudgetScores> budgetScores, Map<String, String> narrative, Content content) {

    public static final int YEARS_BACK = 3;

    public BudgetYear budget(int y) {
        return budgets == null ? null : budgets.stream().filter(b -> b.year() == y).findFirst().orElse(null);
    }

    public RevenueYear revenue(int y) {
        return revenues == null ? null : revenues.stream().filter(b -> b.year() == y).findFirst().orElse(null);
    }

    /** The written content; an empty one when none was read (older snapshots). */
    public Content contentOrEmpty() {
        return content != null ? content : new Content(null, null, null, null, null);
    }

    /** The agreement in force: the one flagged so, else the latest revision. */
    public Agreement agreementInForce() {
        if (agreements == null || agreements.isEmpty()) {
            return null;
        }
        return agreements.stream().filter(a -> Boolean.TRUE.equals(a.inForce())).findFirst()
                .orElse(agreements.get(agreements.size() - 1));
    }
}
