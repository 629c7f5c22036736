package id.sakip.budget.score.dto;

import id.sakip.budget.unityear.UnitYearData;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** An IKPA entry of a work unit, year and period as the dataset carries it; also the audit snapshot. */
public record IkpaData(String workUnit, Integer year, String scheme, String period, String reference,
                       List<KeyValue> components, List<KeyValue> reducers, ReportedIkpa reported)
        implements UnitYearData {

    @Override
    public String naturalKey() {
        return workUnit + "/" + year + "/" + period;
    }

    /** What the Ministry of Finance's application printed. */
    public record ReportedIkpa(BigDecimal total, BigDecimal weightConversion, BigDecimal finalScore,
                               Map<String, BigDecimal> aspects, Map<String, BigDecimal> weightedValues,
                               String weightedValuesWhere) {
    }
}
