package id.sakip.budget.audit;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import id.sakip.commons.audit.AuditEntry;
import id.sakip.commons.audit.AuditTrailFilter;
import id.sakip.commons.audit.AuditTrailQuery;
import id.sakip.commons.security.Role;

/** The audit trail of budget-service: who changed what, when, before and after. */
@Path("/api/v1/audit-trail/budget")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit trail", description = "Who changed what, when, before and after")
public class AuditTrailResource {

    private final AuditTrailQuery query;

    public AuditTrailResource(AuditTrailQuery query) {
        this.query = query;
    }

    @GET
    @RolesAllowed({Role.AUDITOR, Role.ADMIN})
    @Operation(summary = "Audit entries of budget-service, newest first",
            description = "entity: BudgetAllotment, Revenue, IkpaEntry, BudgetPerformanceEntry, ScoreScheme, BudgetLock; key: natural key prefix such as 408103/2024")
    public List<AuditEntry> find(@BeanParam AuditTrailFilter filter) {
        return query.find(filter);
    }
}
