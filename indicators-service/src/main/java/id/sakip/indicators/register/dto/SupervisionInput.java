package id.sakip.indicators.register.dto;

/** Supervision operations of one month 1-12 (Tabel III.34). */
public record SupervisionInput(String workUnit, Integer year, Integer month, Long count) implements RecordInput {
}
