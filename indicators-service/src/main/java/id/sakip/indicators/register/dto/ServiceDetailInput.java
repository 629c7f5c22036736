package id.sakip.indicators.register.dto;

/** One detail line of a service type (Tabel III.8); outcome COMPLETED, REJECTED or CANCELLED. */
public record ServiceDetailInput(String workUnit, Integer year, String service, String item, String outcome,
                                 Long count) implements RecordInput {
}
