package id.sakip.budget.score.dto;

import id.sakip.budget.scheme.SchemeKind;
import id.sakip.budget.unityear.UnitYearData;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** A SMART, planning or NKA entry of a work unit and year as the dataset carries it; also the audit snapshot. */
public record PerformanceData(String workUnit, Integer year, SchemeKind kind, String scheme, String reference,
                              String note, List<KeyValue> components, Map<String, String> inputs,
                              Map<String, BigDecimal> reported)
        implements UnitYearData {

    @Override
    public String naturalKey() {
        return workUnit + "/" + year + "/" + kind;
    }
}
