package id.sakip.indicators.register.dto;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.OffsetDateTime;

/** A stored derivation rule; {@code plan} null means every plan. */
public record DerivationRuleView(Long id, String plan, String indicator, String register, String periodField,
                                 JsonNode numerator, JsonNode denominator, JsonNode value, String description,
                                 long version, OffsetDateTime updatedAt) {
}
