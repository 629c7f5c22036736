package id.sakip.budget.score.dto;

import java.math.BigDecimal;

/** An entered component value; null value = not assessed. */
public record KeyValue(String key, BigDecimal value) {
}
