package id.sakip.budget.common;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.math.BigDecimal;

/**
 * A figure a source document printed ({@code reported[]} of the dataset), with what it is about;
 * never an input to a computation.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Reported(String key, String objective, String indicator, String lineKey, BigDecimal value,
                       String where) {
}
