package id.sakip.reporting.report.dto;

import com.fasterxml.jackson.databind.JsonNode;
import id.sakip.commons.problem.FieldError;
import id.sakip.commons.problem.ProblemException;

import java.util.ArrayList;
import java.util.List;

/** Assemble (or re-assemble) the LKjIP of a work unit and year. */
public record CreateReportRequest(String workUnit, int year) {

    /** Reads and checks the request body, reporting every problem at once with its JSON pointer (400). */
    public static CreateReportRequest from(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new ProblemException(400, "Invalid request", "Send a JSON object {workUnit, year}",
                    List.of(new FieldError("", "must be a JSON object")));
        }
        List<FieldError> errors = new ArrayList<>();
        JsonNode unit = body.get("workUnit");
        JsonNode year = body.get("year");
        if (unit == null || !unit.isTextual() || unit.asText().isBlank()) {
            errors.add(new FieldError("/workUnit", "required: the work unit code, e.g. 408103"));
        } else if (unit.asText().length() > 50) {
            errors.add(new FieldError("/workUnit", "at most 50 characters"));
        }
        if (year == null || !year.canConvertToInt() || !year.isIntegralNumber()) {
            errors.add(new FieldError("/year", "required: a year as a whole number, e.g. 2024"));
        } else if (year.asInt() < 2000 || year.asInt() > 2100) {
            errors.add(new FieldError("/year", "must be between 2000 and 2100"));
        }
        if (!errors.isEmpty()) {
            String detail = errors.size() == 1 ? errors.get(0).pointer() + ": " + errors.get(0).message()
                    : errors.size() + " problems found; see errors";
            throw new ProblemException(400, "Invalid request", detail, errors);
        }
        return new CreateReportRequest(unit.asText().trim(), year.asInt());
    }
}
