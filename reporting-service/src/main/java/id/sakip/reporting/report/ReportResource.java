package id.sakip.reporting.report;

import com.fasterxml.jackson.databind.JsonNode;
import id.sakip.commons.http.ETags;
import id.sakip.commons.security.CurrentCaller;
import id.sakip.commons.problem.ProblemException;
import id.sakip.commons.security.Role;
import id.sakip.reporting.render.RenderService;
import id.sakip.reporting.report.dto.CreateReportRequest;
import id.sakip.reporting.report.dto.FindingsDto;
import id.sakip.reporting.report.dto.ReportDto;
import id.sakip.reporting.report.dto.ReportSummaryDto;
import id.sakip.reporting.report.dto.SectionDto;
import id.sakip.reporting.report.dto.SectionUpdate;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;

/**
 * LKjIP drafts: assembly, the report in every format (content negotiation), narrative sections and findings.
 * Object-level access by work unit is enforced in the services.
 */
@Path("/api/v1/reports")
@Tag(name = "Reports", description = "LKjIP assembly, rendering, narrative sections and consistency findings")
public class ReportResource {

    static final String PDF = "application/pdf";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ReportService reports;
    private final ReportDocuments documents;
    private final CurrentCaller caller;

    public ReportResource(ReportService reports, ReportDocuments documents, CurrentCaller caller) {
        this.reports = reports;
        this.documents = documents;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.PLANNER, Role.ADMIN})
    @Operation(summary = "Assemble the LKjIP of a work unit and year from indicators-service and budget-service",
            description = "Creates a draft (201) or refreshes the figures of an existing DRAFT/RETURNED report (200); "
                    + "edited narrative sections are kept. 503 naming the service when one is unavailable; nothing is stored then.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "408103-2024", value = "{\"workUnit\": \"408103\", \"year\": 2024}")))
    public Response assemble(JsonNode body) {
        CreateReportRequest request = CreateReportRequest.from(body);
        ReportService.Assembled a = reports.assemble(caller.get(), request);
        Response.ResponseBuilder rb = a.created()
                ? Response.created(URI.create("/api/v1/reports/" + a.report().id()))
                : Response.ok();
        return rb.entity(a.report()).tag(ETags.of(a.report().version())).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.OPERATOR, Role.PLANNER, Role.HEAD, Role.REGIONAL, Role.AUDITOR, Role.ADMIN})
    @Operation(summary = "Reports the caller may read, optionally filtered")
    public List<ReportSummaryDto> list(@QueryParam("workUnit") String workUnit, @QueryParam("year") Integer year,
                                       @QueryParam("status") String status) {
        return reports.list(caller.get(), workUnit, year, status);
    }

    @GET
    @Path("/{id}")
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML, PDF, DOCX, XLSX})
    @RolesAllowed({Role.OPERATOR, Role.PLANNER, Role.HEAD, Role.REGIONAL, Role.AUDITOR, Role.ADMIN})
    @Operation(summary = "The report by content negotiation: JSON (default), HTML, PDF, DOCX or XLSX",
            description = "Send Accept: application/json, text/html, application/pdf, " + DOCX + " or " + XLSX
                    + " (or ?format=json|html|pdf|docx|xlsx). A published report answers its snapshot bytes for JSON and PDF.")
    public Response get(@PathParam("id") long id, @QueryParam("format") String format, @Context HttpHeaders headers) {
        return switch (negotiate(format, headers)) {
            case MediaType.TEXT_HTML -> documents.html(caller.get(), id);
            case PDF -> documents.pdf(caller.get(), id);
            case DOCX -> documents.docx(caller.get(), id);
            case XLSX -> documents.xlsx(caller.get(), id);
            default -> documents.json(caller.get(), id);
        };
    }

    static String negotiate(String format, HttpHeaders headers) {
        if (format != null && !format.isBlank()) {
            return switch (format.toLowerCase()) {
                case "html" -> MediaType.TEXT_HTML;
                case "pdf" -> PDF;
                case "docx" -> DOCX;
                case "xlsx" -> XLSX;
                case "json" -> MediaType.APPLICATION_JSON;
                default -> throw ProblemException.badRequest("format must be json, html, pdf, docx or xlsx");
            };
        }
        for (MediaType t : headers.getAcceptableMediaTypes()) {
            if (t.isWildcardType() || t.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return MediaType.APPLICATION_JSON;
            }
            for (String candidate : List.of(MediaType.TEXT_HTML, PDF, DOCX, XLSX)) {
                if (t.isCompatible(MediaType.valueOf(candidate)) && !t.isWildcardSubtype()) {
                    return candidate;
                }
            }
        }
        return MediaType.APPLICATION_JSON;
    }

    @GET
    @Path("/{id}/sections")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.OPERATOR, Role.PLANNER, Role.HEAD, Role.REGIONAL, Role.AUDITOR, Role.ADMIN})
    @Operation(summary = "The editable narrative sections (Markdown)")
    public List<SectionDto> sections(@PathParam("id") long id) {
        return reports.sections(caller.get(), id);
    }

    @GET
    @Path("/{id}/sections/{key}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.OPERATOR, Role.PLANNER, Role.HEAD, Role.REGIONAL, Role.AUDITOR, Role.ADMIN})
    @Operation(summary = "One narrative section, with its ETag")
    public Response section(@PathParam("id") long id, @PathParam("key") String key) {
        SectionDto s = reports.section(caller.get(), id, key);
        return Response.ok(s).tag(ETags.of(s.version())).build();
    }

    @PUT
    @Path("/{id}/sections/{key}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.PLANNER, Role.ADMIN})
    @Operation(summary = "Replace the text of a section (Markdown); requires If-Match; kept on re-assembly")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "saran",
            value = "{\"markdown\": \"1. Memperkuat koordinasi dengan aparat penegak hukum.\\n2. Menambah personel Seksi Inteldakim.\"}")))
    public Response updateSection(@PathParam("id") long id, @PathParam("key") String key,
                                  @HeaderParam("If-Match") String ifMatch, @NotNull @Valid SectionUpdate update) {
        SectionDto s = reports.updateSection(caller.get(), id, key, update.markdown(), ifMatch);
        return Response.ok(s).tag(ETags.of(s.version())).build();
    }

    @GET
    @Path("/{id}/findings")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.OPERATOR, Role.PLANNER, Role.HEAD, Role.REGIONAL, Role.AUDITOR, Role.ADMIN})
    @Operation(summary = "Consistency findings: both values of each comparison and where they come from")
    public FindingsDto findings(@PathParam("id") long id, @QueryParam("importance") String importance) {
        return reports.findings(caller.get(), id, importance);
    }

    @POST
    @Path("/{id}/findings")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.PLANNER, Role.HEAD, Role.ADMIN})
    @Operation(summary = "Evaluate the current rule set again over the stored report")
    public FindingsDto evaluate(@PathParam("id") long id) {
        return reports.reevaluate(caller.get(), id);
    }
}
