package id.sakip.reporting.audit;

import id.sakip.commons.audit.AuditEntry;
import id.sakip.commons.audit.AuditTrailQuery;
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
import java.util.List;

/** The audit trail of reporting-service (reports, sections, workflow, rules), newest first. */
@Path("/api/v1/audit-trail/reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit trail")
public class AuditResource {

    private final AuditTrailQuery query;

    public AuditResource(AuditTrailQuery query) {
        this.query = query;
    }

    @GET
    @RolesAllowed({Role.AUDITOR, Role.ADMIN})
    @Operation(summary = "Who changed what and when, with the state before and after")
    public List<AuditEntry> find(@QueryParam("entity") String entity, @QueryParam("key") String key,
                                 @QueryParam("workUnit") String workUnit, @QueryParam("username") String username,
                                 @QueryParam("since") OffsetDateTime since,
                                 @QueryParam("limit") @DefaultValue("100") int limit,
                                 @QueryParam("offset") @DefaultValue("0") int offset) {
        return query.find(entity, key, workUnit, username, since, limit, offset);
    }
}
