package id.sakip.indicators.workunit.dto;

import java.time.LocalDate;
import java.util.List;

/** A work unit as written by an administrator or a dataset ({@code workUnits[]} of DATASET-FORMAT.md). */
public record WorkUnitInput(String code, String name, String type, String parent, LocalDate validFrom,
                            LocalDate validTo, String address, String email,
                            List<WorkUnitView.ParentPeriod> parentHistory) {
}
