package id.sakip.indicators.register;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.sakip.commons.http.ETags;
import id.sakip.commons.problem.ProblemException;
import id.sakip.commons.security.Caller;
import id.sakip.commons.security.Role;
import id.sakip.indicators.register.dto.CheckReport;
import id.sakip.indicators.register.dto.DerivationRuleInput;
import id.sakip.indicators.register.dto.DerivationRuleView;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/**
 * The evidence registers: all of a unit-year in the dataset's shape, their cross-checks, the derivation rules,
 * and every record kind one record at a time.
 */
@Path("/api/v1/registers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Registers", description = "Evidence registers behind the indicators, derivation rules and checks")
public class RegisterResource {

    /** The record kinds, by path. */
    static final String KINDS = "justice-cases|administrative-actions|enforcement-records|service-volumes"
            + "|service-details|passport-issuance|border-crossings|detainees|supervision-operations"
            + "|reform-action-plan/items|reform-action-plan/areas|satisfaction-surveys";

    private final RegisterService registers;
    private final RegisterCheckService checks;
    private final DerivationRuleService rules;
    private final SecurityIdentity identity;

    public RegisterResource(RegisterService registers, RegisterCheckService checks, DerivationRuleService rules,
                            SecurityIdentity identity) {
        this.registers = registers;
        this.checks = checks;
        this.rules = rules;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({Role.OPERATOR, Role.PLANNER, Role.HEAD, Role.REGIONAL, Role.AUDITOR, Role.ADMIN, Role.SERVICE})
    @Operation(summary = "Every register of a unit-year, keyed by register name, in the shape of the registers "
            + "part of performance.json (records carry their id and version)")
    public ObjectNode get(@QueryParam("workUnit") String workUnit, @QueryParam("year") Integer year) {
        requireUnitYear(workUnit, year);
        return registers.get(workUnit, year, caller());
    }

    @GET
    @Path("checks")
    @RolesAllowed({Role.OPERATOR, Role.PLANNER, Role.HEAD, Role.REGIONAL, Role.AUDITOR, Role.ADMIN, Role.SERVICE})
    @Operation(summary = "Cross-register totals of a unit-year: each table's sums vs its printed totals, registers "
            + "counting the same thing, and registers vs the indicators, each with both values, their sources and "
            + "whether the difference is a contradiction")
    public CheckReport checks(@QueryParam("workUnit") String workUnit, @QueryParam("year") Integer year) {
        requireUnitYear(workUnit, year);
        return checks.checks(workUnit, year, caller());
    }

    // ---- derivation rules -------------------------------------------------------------------------------------

    @GET
    @Path("derivation-rules")
    @RolesAllowed({Role.OPERATOR, Role.PLANNER, Role.HEAD, Role.REGIONAL, Role.AUDITOR, Role.ADMIN})
    @Operation(summary = "The derivation rules: how indicators follow from the registers")
    public List<DerivationRuleView> listRules() {
        return rules.list();
    }

    @GET
    @Path("derivation-rules/{id: \\d+}")
    @RolesAllowed({Role.OPERATOR, Role.PLANNER, Role.HEAD, Role.REGIONAL, Role.AUDITOR, Role.ADMIN})
    @Operation(summary = "One derivation rule, with its ETag")
    public Response getRule(@PathParam("id") long id) {
        DerivationRuleView r = rules.get(id);
        return Response.ok(r).tag(ETags.of(r.version())).build();
    }

    @POST
    @Path("derivation-rules")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN)
    @Operation(summary = "Add a derivation rule (admin)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "IKK-1.1", value = "{\"indicator\":\"IKK-1.1\","
            + "\"register\":\"justiceCases\",\"periodField\":\"spdpPeriod\",\"numerator\":{\"filter\":{\"spdpPeriod\":"
            + "{\"notNull\":true},\"stage\":[\"P21\",\"STAGE_II\"]},\"aggregate\":\"COUNT\"},\"denominator\":"
            + "{\"filter\":{\"spdpPeriod\":{\"notNull\":true}},\"aggregate\":\"COUNT\"}}")))
    public Response createRule(DerivationRuleInput in) {
        DerivationRuleView r = rules.create(in, caller());
        return Response.status(201).entity(r).tag(ETags.of(r.version())).build();
    }

    @PUT
    @Path("derivation-rules/{id: \\d+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN)
    @Operation(summary = "Change a derivation rule (admin, If-Match required)")
    public Response updateRule(@PathParam("id") long id, DerivationRuleInput in,
                               @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        DerivationRuleView r = rules.update(id, in, ifMatch, caller());
        return Response.ok(r).tag(ETags.of(r.version())).build();
    }

    @DELETE
    @Path("derivation-rules/{id: \\d+}")
    @RolesAllowed(Role.ADMIN)
    @Operation(summary = "Remove a derivation rule (admin, If-Match required)")
    public Response deleteRule(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        rules.delete(id, ifMatch, caller());
        return Response.noContent().build();
    }

    // ---- records ----------------------------------------------------------------------------------------------

    @GET
    @Path("{kind: " + KINDS + "}")
    @RolesAllowed({Role.OPERATOR, Role.PLANNER, Role.HEAD, Role.REGIONAL, Role.AUDITOR, Role.ADMIN})
    @Operation(summary = "The records of one register kind of a unit-year")
    public List<ObjectNode> list(@Parameter(description = "register kind, e.g. justice-cases")
                                 @PathParam("kind") String kind, @QueryParam("workUnit") String workUnit,
                                 @QueryParam("year") Integer year) {
        requireUnitYear(workUnit, year);
        return registers.list(type(kind), workUnit, year, caller());
    }

    @GET
    @Path("{kind: " + KINDS + "}/{id: \\d+}")
    @RolesAllowed({Role.OPERATOR, Role.PLANNER, Role.HEAD, Role.REGIONAL, Role.AUDITOR, Role.ADMIN})
    @Operation(summary = "One record, with its ETag")
    public Response getRecord(@PathParam("kind") String kind, @PathParam("id") long id) {
        return written(registers.get(type(kind), id, caller()), 200);
    }

    @POST
    @Path("{kind: " + KINDS + "}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.OPERATOR, Role.PLANNER, Role.ADMIN})
    @Operation(summary = "Add a record for the caller's own unit (409 when the unit-year is locked or the record "
            + "exists)")
    @RequestBody(content = @Content(examples = {
            @ExampleObject(name = "justice-cases", value = "{\"workUnit\":\"408103\",\"year\":2024,\"number\":"
                    + "\"PY-02\",\"offence\":\"Pasal 122 UU 6/2011\",\"openedOn\":\"2024-08-01\",\"spdpDate\":"
                    + "\"2024-08-05\",\"stage\":\"SPDP_ISSUED\",\"stages\":[{\"stage\":\"SPDP_ISSUED\",\"date\":"
                    + "\"2024-08-05\"}],\"suspects\":[{\"name\":\"Lam Ngoan\",\"nationality\":\"VN\","
                    + "\"article\":\"122 huruf a\"}]}"),
            @ExampleObject(name = "reform-action-plan/items", value = "{\"workUnit\":\"408103\",\"year\":2024,"
                    + "\"quarter\":\"Q1\",\"area\":1,\"activity\":\"Pelaksanaan SAKIP\",\"indicator\":"
                    + "\"Penyusunan Rencana Aksi\",\"status\":\"DONE\",\"evidence\":\"https://…\"}"),
            @ExampleObject(name = "service-volumes", value = "{\"workUnit\":\"408103\",\"year\":2024,\"period\":"
                    + "\"FY\",\"service\":\"AFFIDAVIT\",\"received\":7,\"completed\":7}")}))
    public Response create(@PathParam("kind") String kind, JsonNode body) {
        return written(registers.create(type(kind), body, caller()), 201);
    }

    @PUT
    @Path("{kind: " + KINDS + "}/{id: \\d+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.OPERATOR, Role.PLANNER, Role.ADMIN})
    @Operation(summary = "Replace a record's fields (If-Match required; unit and year cannot change; a case's "
            + "suspects and stages stay when left out)")
    public Response update(@PathParam("kind") String kind, @PathParam("id") long id, JsonNode body,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return written(registers.update(type(kind), id, body, ifMatch, caller()), 200);
    }

    @DELETE
    @Path("{kind: " + KINDS + "}/{id: \\d+}")
    @RolesAllowed({Role.OPERATOR, Role.PLANNER, Role.ADMIN})
    @Operation(summary = "Remove a record (If-Match required)")
    public Response delete(@PathParam("kind") String kind, @PathParam("id") long id,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        registers.delete(type(kind), id, ifMatch, caller());
        return Response.noContent().build();
    }

    // ---- suspects of a case -----------------------------------------------------------------------------------

    @POST
    @Path("justice-cases/{caseId: \\d+}/suspects")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.OPERATOR, Role.PLANNER, Role.ADMIN})
    @Operation(summary = "Add a suspect to a case (404 when the case does not exist)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "suspect", value = "{\"name\":\"Ho Van Danh\","
            + "\"nationality\":\"VN\",\"sex\":\"L\",\"article\":\"122 huruf a\"}")))
    public Response addSuspect(@PathParam("caseId") long caseId, JsonNode body) {
        return written(registers.addSuspect(caseId, body, caller()), 201);
    }

    @GET
    @Path("justice-cases/{caseId: \\d+}/suspects/{id: \\d+}")
    @RolesAllowed({Role.OPERATOR, Role.PLANNER, Role.HEAD, Role.REGIONAL, Role.AUDITOR, Role.ADMIN})
    @Operation(summary = "One suspect, with its ETag")
    public Response getSuspect(@PathParam("caseId") long caseId, @PathParam("id") long id) {
        return written(registers.getSuspect(caseId, id, caller()), 200);
    }

    @PUT
    @Path("justice-cases/{caseId: \\d+}/suspects/{id: \\d+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.OPERATOR, Role.PLANNER, Role.ADMIN})
    @Operation(summary = "Change a suspect (If-Match required)")
    public Response updateSuspect(@PathParam("caseId") long caseId, @PathParam("id") long id, JsonNode body,
                                  @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return written(registers.updateSuspect(caseId, id, body, ifMatch, caller()), 200);
    }

    @DELETE
    @Path("justice-cases/{caseId: \\d+}/suspects/{id: \\d+}")
    @RolesAllowed({Role.OPERATOR, Role.PLANNER, Role.ADMIN})
    @Operation(summary = "Remove a suspect (If-Match required)")
    public Response deleteSuspect(@PathParam("caseId") long caseId, @PathParam("id") long id,
                                  @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        registers.deleteSuspect(caseId, id, ifMatch, caller());
        return Response.noContent().build();
    }

    private static RecordType<?, ?> type(String kind) {
        return RegisterTypes.byPath(kind).orElseThrow(() -> ProblemException.notFound("No register " + kind));
    }

    private static Response written(RegisterService.Written w, int status) {
        return Response.status(status).entity(w.body()).tag(ETags.of(w.version())).build();
    }

    private static void requireUnitYear(String workUnit, Integer year) {
        if (workUnit == null || year == null) {
            throw ProblemException.badRequest("workUnit and year are required");
        }
    }

    private Caller caller() {
        return Caller.from(identity);
    }
}
