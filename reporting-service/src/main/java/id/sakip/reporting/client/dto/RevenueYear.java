package id.sakip.reporting.client.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.List;

/** Non-tax revenue (PNBP) of one unit and year ({@code GET /api/v1/revenues?workUnit=&fromYear=&toYear=}). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RevenueYear(String workUnit, int year, Long target, Long realization, BigDecimal percentOfTarget,
                          List<Account> accounts, JsonNode reportedTotals, List<Reported> reported) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Account(String code, String name, Long mpnTax, Long mpnNonTax, Long biTax, Long biNonTax,
                          Long spmDeduction, Long refund, Long realization, Long reportedRealization, Long difference) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Reported(String key, BigDecimal value, BigDecimal computed, BigDecimal difference, String where) {
    }
}
