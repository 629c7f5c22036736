package id.sakip.indicators.register.dto;

/** Applications of one service type in one period (Tabel III.9). */
public record ServiceVolumeInput(String workUnit, Integer year, String period, String service, String label,
                                 Long received, Long completed, Long rejected, Long cancelled, String reference)
        implements RecordInput {
}
