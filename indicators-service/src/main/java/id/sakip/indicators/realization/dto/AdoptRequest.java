package id.sakip.indicators.realization.dto;

/** Adopt the figures derived from the registers as the realization of an indicator for a unit-year. */
public record AdoptRequest(String workUnit, Integer year, String indicator) {
}
