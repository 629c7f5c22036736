package id.sakip.budget.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import id.sakip.budget.common.Examples;
import id.sakip.commons.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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

/** Import of budget dataset files ({@code sakip-budget-dataset/1}). */
@Path("/api/v1/budget-datasets")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Dataset import", description = "All or nothing, idempotent, dryRun; problems with JSON pointers")
public class BudgetDatasetResource {

    private final BudgetDatasetService service;

    public BudgetDatasetResource(BudgetDatasetService service) {
        this.service = service;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.PLANNER, Role.ADMIN})
    @Operation(summary = "Import a budget.json file",
            description = "Planners import their own unit's data; changing schemes needs admin (unchanged schemes pass).")
    @APIResponse(responseCode = "200", description = "What was (or, with dryRun, would be) created, updated, unchanged",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    examples = @ExampleObject(name = "seed", value = Examples.IMPORT_SUMMARY)))
    @APIResponse(responseCode = "400", description = "Malformed JSON")
    @APIResponse(responseCode = "403", description = "Data of another unit, or a scheme change by a non-admin")
    @APIResponse(responseCode = "409", description = "A changed unit-year is locked")
    @APIResponse(responseCode = "422", description = "Content problems, each with its JSON pointer",
            content = @Content(mediaType = "application/problem+json",
                    examples = @ExampleObject(name = "negative", value = Examples.PROBLEM_422)))
    public ImportSummary importDataset(@QueryParam("dryRun") @DefaultValue("false") boolean dryRun, JsonNode body) {
        return service.importDataset(body, dryRun);
    }
}
