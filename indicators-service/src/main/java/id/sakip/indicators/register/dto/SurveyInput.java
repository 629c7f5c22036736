package id.sakip.indicators.register.dto;

import java.math.BigDecimal;

/** A survey result: the index on its scale, the national average and the source letter. */
public record SurveyInput(String workUnit, Integer year, String survey, BigDecimal index, BigDecimal scaleMin,
                          BigDecimal scaleMax, BigDecimal nationalAverage, String source) implements RecordInput {
}
