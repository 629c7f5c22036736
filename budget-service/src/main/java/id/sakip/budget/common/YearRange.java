package id.sakip.budget.common;

import id.sakip.commons.problem.FieldError;
import id.sakip.commons.problem.ProblemException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The {@code workUnit} plus {@code year} or {@code fromYear}/{@code toYear} query of the read endpoints. */
public record YearRange(String workUnit, int fromYear, int toYear, boolean single) {

    public static final int MIN_YEAR = 2000;
    public static final int MAX_YEAR = 2100;

    public static YearRange of(String workUnit, Integer year, Integer fromYear, Integer toYear) {
        List<FieldError> errors = new ArrayList<>();
        if (workUnit == null || workUnit.isBlank()) {
            errors.add(new FieldError("/query/workUnit", "is required"));
        } else if (FieldReader.unstorable(workUnit, FieldReader.WORK_UNIT_MAX) != null) {
            errors.add(new FieldError("/query/workUnit", FieldReader.unstorable(workUnit, FieldReader.WORK_UNIT_MAX)));
        }
        if (year != null && (fromYear != null || toYear != null)) {
            errors.add(new FieldError("/query/year", "give either year or fromYear/toYear, not both"));
        } else if (year == null && (fromYear == null || toYear == null)) {
            errors.add(new FieldError("/query/year", "give year, or fromYear and toYear"));
        }
        int from = year != null ? year : fromYear != null ? fromYear : 0;
        int to = year != null ? year : toYear != null ? toYear : 0;
        if (errors.isEmpty()) {
            if (from < MIN_YEAR || to > MAX_YEAR) {
                errors.add(new FieldError("/query/year", "must be between " + MIN_YEAR + " and " + MAX_YEAR));
            } else if (to < from) {
                errors.add(new FieldError("/query/toYear", "must not be before fromYear"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(400, "Invalid request", errors.size() == 1
                    ? errors.get(0).pointer() + ": " + errors.get(0).message()
                    : errors.size() + " problems found; see errors", errors);
        }
        return new YearRange(workUnit, from, to, year != null);
    }

    /** The date whose unit hierarchy decides who may read a year: its last day. */
    public static LocalDate asOf(int year) {
        return LocalDate.of(year, 12, 31);
    }
}
