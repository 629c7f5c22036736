package id.sakip.indicators.register.dto;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A derivation rule: for indicator {@code indicator} (of plan {@code plan}, or of every plan when null), the
 * numerator and denominator (RATIO) or value (VALUE) as measures over the records of {@code register};
 * {@code periodField} names the records' quarter field for per-quarter figures.
 */
public record DerivationRuleInput(String plan, String indicator, String register, String periodField,
                                  JsonNode numerator, JsonNode denominator, JsonNode value, String description) {
}
