package id.sakip.indicators.register.dto;

/** Count of one administrative measure in a unit-year (Tabel III.5). */
public record AdministrativeActionInput(String workUnit, Integer year, String measure, Long count)
        implements RecordInput {
}
