package id.sakip.indicators.content.dto;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/**
 * What a unit achieved in a year besides its indicators (LKjIP Bab III D): awards, innovations, the e-Performance
 * and e-Monev results and its contribution to the regional office's agreement. Texts are Markdown.
 */
public record OtherAchievements(@Valid @Size(max = 50) List<Award> awards,
                                @Valid @Size(max = 50) List<Innovation> innovations,
                                @Size(max = 10000) String ePerformance,
                                @Size(max = 10000) String eMonev,
                                @Size(max = 10000) String regionalContribution) {

    /** An award, who granted it and when (date may be unknown). */
    public record Award(@NotBlank @Size(max = 1000) String name, @Size(max = 500) String grantor, LocalDate date) {
    }

    /** An innovation: its short name, what the name stands for, and what it does. */
    public record Innovation(@NotBlank @Size(max = 100) String name, @Size(max = 300) String expansion,
                             @NotBlank @Size(max = 5000) String description) {
    }
}
