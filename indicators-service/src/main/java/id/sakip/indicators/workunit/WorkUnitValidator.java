package id.sakip.indicators.workunit;

import id.sakip.indicators.common.Errors;
import id.sakip.indicators.workunit.dto.WorkUnitInput;
import id.sakip.indicators.workunit.dto.WorkUnitView;

import java.util.List;
import java.util.Set;

/** Content rules of a single work unit written through the API. */
final class WorkUnitValidator {

    private static final Set<String> TYPES = Set.of("MINISTRY", "DIRECTORATE_GENERAL", "REGIONAL_OFFICE",
            "TECHNICAL_UNIT");

    private WorkUnitValidator() {
    }

    static void check(WorkUnitInput in, WorkUnitService service) {
        Errors errors = new Errors();
        if (in.name() == null || in.name().isBlank()) {
            errors.add("/name", "name is required");
        }
        if (in.type() == null || !TYPES.contains(in.type())) {
            errors.add("/type", "type must be one of " + TYPES);
        }
        if (in.parent() != null && (in.parent().equals(in.code()) || !service.exists(in.parent()))) {
            errors.add("/parent", "unknown work unit " + in.parent());
        }
        List<WorkUnitView.ParentPeriod> history = in.parentHistory() == null ? List.of() : in.parentHistory();
        for (int i = 0; i < history.size(); i++) {
            WorkUnitView.ParentPeriod p = history.get(i);
            if (p == null || p.parent() == null || !service.exists(p.parent())) {
                errors.add("/parentHistory/" + i + "/parent", "unknown work unit");
            } else if (p.validFrom() != null && p.validTo() != null && p.validTo().isBefore(p.validFrom())) {
                errors.add("/parentHistory/" + i + "/validTo", "validTo is before validFrom");
            }
        }
        errors.throwIfAny();
    }
}
