package id.sakip.indicators.register.dto;

/** Detainees of one nationality (Tabel III.33). */
public record DetaineeInput(String workUnit, Integer year, String nationality, Long count) implements RecordInput {
}
