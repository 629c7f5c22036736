package id.sakip.indicators.realization.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why the head returns a realization to its authors. */
public record ReturnRequest(@NotBlank @Size(max = 2000) String reason) {
}
