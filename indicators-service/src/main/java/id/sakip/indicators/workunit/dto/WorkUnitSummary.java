package id.sakip.indicators.workunit.dto;

/** A unit in a list of units below another one. */
public record WorkUnitSummary(String code, String name, String type, String parent) {
}
