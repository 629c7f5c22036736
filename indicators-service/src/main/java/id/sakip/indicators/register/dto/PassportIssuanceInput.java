package id.sakip.indicators.register.dto;

/** Passports of one type and application kind, by sex (Tabel III.30, III.31). */
public record PassportIssuanceInput(String workUnit, Integer year, String passport, String application, Long male,
                                    Long female) implements RecordInput {
}
