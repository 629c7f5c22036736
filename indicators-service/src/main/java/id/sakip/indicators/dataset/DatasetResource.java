package id.sakip.indicators.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import id.sakip.commons.security.Caller;
import id.sakip.commons.security.Role;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Import of {@code sakip-performance-dataset/1} files. */
@Path("/api/v1/indicator-datasets")
@Tag(name = "Datasets", description = "All-or-nothing, idempotent import of performance.json")
public class DatasetResource {

    private final DatasetService service;
    private final SecurityIdentity identity;

    public DatasetResource(DatasetService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.PLANNER, Role.ADMIN})
    @Operation(summary = "Import a performance dataset (planner: own unit's data; admin: also units, plans, "
            + "benchmarks); dryRun=true validates and counts without storing")
    @APIResponse(responseCode = "200", content = @Content(examples = @ExampleObject(name = "second import",
            value = "{\"format\":\"sakip-performance-dataset/1\",\"dryRun\":false,\"created\":0,\"updated\":0,"
                    + "\"unchanged\":57,\"entities\":{\"workUnits\":{\"created\":0,\"updated\":0,\"unchanged\":7}}}")))
    @APIResponse(responseCode = "422", description = "Content problems, each with a JSON pointer")
    public ImportSummary importDataset(JsonNode body, @QueryParam("dryRun") boolean dryRun) {
        return service.importDataset(body, dryRun, Caller.from(identity));
    }
}
