package id.sakip.indicators.content.dto;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.util.List;

/** The risk register of a unit-year (the LKjIP's risk-management annex). */
public record RiskRegister(@Valid @Size(max = 200) List<Risk> risks) {

    /**
     * One risk: the activity objective it threatens (code, optional), the event, cause and impact, likelihood and
     * severity on the 1-5 scale (null when not assessed), the mitigation, its owner and its state.
     */
    public record Risk(@Size(max = 50) String objective,
                       @NotBlank @Size(max = 2000) String event,
                       @Size(max = 2000) String cause,
                       @Size(max = 2000) String impact,
                       @Min(1) @Max(5) Integer likelihood,
                       @Min(1) @Max(5) Integer severity,
                       @NotBlank @Size(max = 5000) String mitigation,
                       @Size(max = 300) String owner,
                       RiskStatus status) {
    }

    /** Where the mitigation stands. */
    public enum RiskStatus { PLANNED, IN_PROGRESS, DONE }
}
