package id.sakip.indicators.register.dto;

import java.time.LocalDate;
import java.util.List;

/**
 * A criminal case; {@code number} defaults to its place in the unit-year, {@code spdpPeriod} to the quarter of
 * {@code spdpDate}. {@code suspects} are replaced only when given.
 */
public record JusticeCaseInput(String workUnit, Integer year, String number, String reference, String offence,
                               LocalDate openedOn, String spdpPeriod, LocalDate spdpDate, String stage,
                               List<StageInput> stages,
                               List<SuspectInput> suspects, String note)
        implements RecordInput {
}
