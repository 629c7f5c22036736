package id.sakip.indicators.plan.dto;

import java.math.BigDecimal;
import java.util.List;

/** A strategic plan in the shape of {@code plans[]} of the dataset format, for reads and administrator writes. */
public record PlanDoc(String code, String name, String owner, Integer startYear, Integer endYear,
                      List<ObjectiveDoc> objectives, Long version) {

    /** An objective; {@code indicators} is empty for objectives without indicators of their own. */
    public record ObjectiveDoc(String code, String level, String name, String parent, List<IndicatorDoc> indicators) {
    }

    /** An indicator; {@code continues} is {@code PLAN/INDICATOR} of an earlier plan. */
    public record IndicatorDoc(String code, String name, List<String> aliases, String kind, String unit,
                               String polarity, String lowerIsBetterFormula, String yearAggregation,
                               String numeratorLabel, String denominatorLabel, Scale scale,
                               List<MediumTermTargetDoc> mediumTermTargets, String continues) {
    }

    /** The range of an index indicator. */
    public record Scale(BigDecimal min, BigDecimal max) {
    }

    /** The plan's target for one year. */
    public record MediumTermTargetDoc(int year, BigDecimal target) {
    }
}
