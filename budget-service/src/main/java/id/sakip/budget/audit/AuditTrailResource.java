package id.sakip.budget.audit;

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

/** The audit trail of budget-service: who changed what, when, before and after. */
@Path("/api/v1/audit-trail/budget")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit trail")
public class AuditTrailResource {

    private final AuditTrailQuery query;

    public AuditTrailResource(AuditTrailQuery query) {
        this.query = query;
    }

    @GET
    @RolesAllowed({Role.AUDITOR, Role.ADMIN})
    @Operation(summary = "Audit entries, newest first",
            description = "entity: BudgetAllotment, Revenue, IkpaEntry, BudgetPerformanceEntry, ScoreScheme, BudgetLock; "
                    + "key: natural key prefix such as 408103/2024")
    public List<AuditEntry> find(@QueryParam("entity") String entity, @QueryParam("key") String key,
                                 @QueryParam("workUnit") String workUnit, @QueryParam("username") String username,
                                 @QueryParam("since") OffsetDateTime since,
                                 @QueryParam("limit") @DefaultValue("100") int limit,
                                 @QueryParam("offset") @DefaultValue("0") int offset) {
        return query.find(entity, key, workUnit, username, since, limit, offset);
    }
}
