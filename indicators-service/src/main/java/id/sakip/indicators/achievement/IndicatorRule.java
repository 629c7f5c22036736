package id.sakip.indicators.achievement;

import id.sakip.indicators.plan.IndicatorKind;
import id.sakip.indicators.plan.Polarity;
import id.sakip.indicators.plan.YearAggregation;
import id.sakip.indicators.plan.LowerIsBetterFormula;

/** The properties of an indicator that decide how its figures are computed. */
public record IndicatorRule(IndicatorKind kind, Polarity polarity, YearAggregation aggregation,
                            LowerIsBetterFormula lowerIsBetterFormula) {

    public IndicatorRule {
        if (lowerIsBetterFormula == null) {
            lowerIsBetterFormula = LowerIsBetterFormula.DIFFERENCE;
        }
    }

    public static IndicatorRule of(IndicatorKind kind, Polarity polarity, YearAggregation aggregation) {
        return new IndicatorRule(kind, polarity, aggregation, LowerIsBetterFormula.DIFFERENCE);
    }
}
