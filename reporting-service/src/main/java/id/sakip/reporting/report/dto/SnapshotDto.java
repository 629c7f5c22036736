package id.sakip.reporting.report.dto;

import id.sakip.reporting.report.ReportSnapshot;

import java.time.Instant;

/** A published snapshot: when, by whom, and the SHA-256 of its JSON and PDF. */
public record SnapshotDto(int seq, Instant publishedAt, String publishedBy, String modelSha256, String pdfSha256,
                          long pdfBytes) {

    public static SnapshotDto of(ReportSnapshot s) {
        return new SnapshotDto(s.seq, s.publishedAt, s.publishedBy, s.modelSha256, s.pdfSha256, s.pdf.length);
    }
}
