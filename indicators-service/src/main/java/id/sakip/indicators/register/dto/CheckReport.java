package id.sakip.indicators.register.dto;

import java.math.BigDecimal;
import java.util.List;

/**
 * The register checks of a unit-year: every check with both values and their sources, the relation that should
 * hold, the difference (left − right) and whether it is a contradiction (a finding for the report).
 */
public record CheckReport(String workUnit, int year, int contradictions, List<Check> checks) {

    /** One comparison. {@code relation} EQUAL: left = right; AT_LEAST: left ≥ right. */
    public record Check(String key, String kind, String description, Side left, Side right, String relation,
                        BigDecimal difference, boolean contradiction, String note) {
    }

    /** One side of a comparison: what it is, its value (null = unknown) and where it comes from. */
    public record Side(String label, BigDecimal value, String source) {
    }
}
