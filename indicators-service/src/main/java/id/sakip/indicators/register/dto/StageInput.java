package id.sakip.indicators.register.dto;

import java.time.LocalDate;

/** A stage a case went through: INVESTIGATION, SPDP_ISSUED, P21, STAGE_II, STOPPED or TRANSFERRED. */
public record StageInput(String stage, LocalDate date) {
}
