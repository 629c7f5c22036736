package id.sakip.indicators.workunit.dto;

import java.time.LocalDate;
import java.util.List;

/** A work unit as the API shows it; {@code parent} is the parent on the requested (or current) date. */
public record WorkUnitView(String code, String name, String type, String parent, LocalDate validFrom,
                           LocalDate validTo, String address, String email, List<ParentPeriod> parentHistory,
                           long version) {

    /** One period of the parent history. */
    public record ParentPeriod(String parent, LocalDate validFrom, LocalDate validTo) {
    }
}
