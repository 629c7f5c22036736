package id.sakip.commons.audit;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import id.sakip.commons.problem.ProblemException;

/** The query parameters of every service's audit-trail endpoint ({@code @BeanParam}); all optional. */
public class AuditTrailFilter {

    @QueryParam("entity")
    @Parameter(description = "Entity name, e.g. Agreement, BudgetAllotment, Report")
    public String entity;

    @QueryParam("key")
    @Parameter(description = "Prefix of the entity's natural key, e.g. 408103/2024")
    public String key;

    @QueryParam("workUnit")
    @Parameter(description = "Work-unit code the change belongs to")
    public String workUnit;

    @QueryParam("username")
    public String username;

    @QueryParam("since")
    @Parameter(description = "Only entries at or after this instant (ISO 8601 with offset, e.g. 2025-01-15T00:00:00Z)")
    public String since;

    @QueryParam("limit")
    @DefaultValue("100")
    @Parameter(description = "At most this many entries (1-1000)")
    public int limit;

    @QueryParam("offset")
    @DefaultValue("0")
    public int offset;

    /** {@link #since} as an instant; a text that is not one is a 400 problem, not a silent "no filter". */
    OffsetDateTime sinceInstant() {
        if (since == null || since.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(since.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest("since must be an ISO 8601 instant with an offset, e.g. 2025-01-15T00:00:00Z");
        }
    }
}
