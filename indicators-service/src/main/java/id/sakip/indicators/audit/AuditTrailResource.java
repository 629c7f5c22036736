package id.sakip.indicators.audit;

import id.sakip.commons.audit.AuditEntry;
import id.sakip.commons.audit.AuditTrailQuery;
import id.sakip.commons.problem.ProblemException;
import id.sakip.commons.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

/** The audit trail of this service, for auditors and administrators. */
@Path("/api/v1/audit-trail/indicators")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit trail", description = "Who changed what, when, before and after")
public class AuditTrailResource {

    private final AuditTrailQuery query;

    public AuditTrailResource(AuditTrailQuery query) {
        this.query = query;
    }

    @GET
    @RolesAllowed({Role.AUDITOR, Role.ADMIN})
    @Operation(summary = "Audit entries, newest first, filtered by entity, key prefix, unit, user or time")
    public List<AuditEntry> find(@QueryParam("entity") String entity, @QueryParam("key") String key,
                                 @QueryParam("workUnit") String workUnit, @QueryParam("username") String username,
                                 @QueryParam("since") String since,
                                 @QueryParam("limit") @DefaultValue("100") int limit,
                                 @QueryParam("offset") @DefaultValue("0") int offset) {
        OffsetDateTime from = null;
        if (since != null) {
            try {
                from = OffsetDateTime.parse(since);
            } catch (DateTimeParseException e) {
                throw ProblemException.badRequest("since must be an ISO instant");
            }
        }
        return query.find(entity, key, workUnit, username, from, limit, offset);
    }
}
