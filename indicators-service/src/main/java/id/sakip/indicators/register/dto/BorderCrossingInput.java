package id.sakip.indicators.register.dto;

/** Crossings through one checkpoint (Tabel III.32). */
public record BorderCrossingInput(String workUnit, Integer year, String checkpoint, Long citizenArrivals,
                                  Long citizenDepartures, Long foreignerArrivals, Long foreignerDepartures,
                                  Long reportedTotal) implements RecordInput {
}
