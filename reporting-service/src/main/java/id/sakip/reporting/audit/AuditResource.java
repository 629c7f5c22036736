package id.sakip.reporting.audit;

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

/** The audit trail of reporting-service (reports, sections, workflow, rules), newest first. */
@Path("/api/v1/audit-trail/reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit trail", description = "Who changed what, when, before and after")
public class AuditResource {

    private final AuditTrailQuery query;

    public AuditResource(AuditTrailQuery query) {
        this.query = query;
    }

    @GET
    @RolesAllowed({Role.AUDITOR, Role.ADMIN})
    @Operation(summary = "Who changed what and when, with the state before and after")
    public List<AuditEntry> find(@BeanParam AuditTrailFilter filter) {
        return query.find(filter);
    }
}
