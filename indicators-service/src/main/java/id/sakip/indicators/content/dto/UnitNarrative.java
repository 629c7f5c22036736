package id.sakip.indicators.content.dto;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * The written analysis of a unit-year (LKjIP Bab III and IV): per indicator the causes of success or failure, what
 * was done, the obstacles and the follow-up; the efficiency of resource use; obstacles per section; recommendations.
 * Texts are Markdown.
 */
public record UnitNarrative(@Valid @Size(max = 100) List<IndicatorNarrative> indicators,
                            @Valid @Size(max = 30) List<Group> efficiency,
                            @Valid @Size(max = 30) List<Group> obstacles,
                            @Size(max = 50) List<@NotBlank @Size(max = 5000) String> recommendations) {

    /** The analysis of one indicator. */
    public record IndicatorNarrative(@NotBlank @Size(max = 50) String indicator,
                                     @Size(max = 10000) String causes,
                                     @Size(max = 10000) String actions,
                                     @Size(max = 10000) String obstacles,
                                     @Size(max = 10000) String followUp,
                                     @Schema(readOnly = true, description = "true when nothing was written for the "
                                             + "indicator and the entry is taken from the quarterly realization notes")
                                     Boolean prefilled) {
    }

    /** A titled list: an efficiency area and its measures, or a section and its obstacles. */
    public record Group(@NotBlank @Size(max = 300) String title,
                        @Size(max = 50) List<@NotBlank @Size(max = 5000) String> items) {
    }
}
