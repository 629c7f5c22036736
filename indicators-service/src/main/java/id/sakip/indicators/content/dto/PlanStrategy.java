package id.sakip.indicators.content.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * A plan's statement of direction (LKjIP Bab II A): vision, missions and goals. The strategic objectives and their
 * cascade to the activity objectives are the plan's objectives themselves ({@link PlanStrategyView#cascade}).
 */
public record PlanStrategy(@Size(max = 5000) String vision,
                           @Size(max = 30) List<@NotBlank @Size(max = 2000) String> missions,
                           @Size(max = 30) List<@NotBlank @Size(max = 2000) String> goals) {
}
