package id.sakip.reporting.report.dto;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** New text of a section, in Markdown (paragraphs, lists, **bold**, *italic*). */
public record SectionUpdate(@NotNull @Size(max = 100000) String markdown) {
}
