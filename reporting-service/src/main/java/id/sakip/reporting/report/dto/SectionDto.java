package id.sakip.reporting.report.dto;

import id.sakip.reporting.report.ReportSection;

import java.time.Instant;

/** An editable narrative section (Markdown). */
public record SectionDto(String key, String title, String markdown, boolean edited, String editedBy, Instant editedAt,
                         long version) {

    public static SectionDto of(ReportSection s) {
        return new SectionDto(s.key, s.title, s.markdown, s.edited, s.editedBy, s.editedAt, s.version);
    }
}
