package id.sakip.reporting.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sakip.commons.audit.AuditLog;
import id.sakip.commons.http.ETags;
import id.sakip.commons.problem.FieldError;
import id.sakip.commons.problem.ProblemException;
import id.sakip.commons.security.AccessPolicy;
import id.sakip.commons.security.Caller;
import id.sakip.commons.security.WriteKind;
import id.sakip.reporting.finding.Finding;
import id.sakip.reporting.finding.RuleEvaluator;
import id.sakip.reporting.finding.RuleService;
import id.sakip.reporting.report.dto.CreateReportRequest;
import id.sakip.reporting.report.dto.FindingsDto;
import id.sakip.reporting.report.dto.FindingsSummary;
import id.sakip.reporting.report.dto.ReportDto;
import id.sakip.reporting.report.dto.ReportSummaryDto;
import id.sakip.reporting.report.dto.SectionDto;
import id.sakip.reporting.report.dto.SnapshotDto;
import id.sakip.reporting.report.dto.WorkflowDto;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Drafting of reports: assembly from the other services, narrative sections, findings. Remote calls happen before
 * the database transaction, so a service that is down leaves nothing half-made.
 */
@ApplicationScoped
public class ReportService {

    private static final TypeReference<List<Finding>> FINDINGS = new TypeReference<>() {
    };

    private final ReportRepository reports;
    private final SectionRepository sections;
    private final SnapshotRepository snapshots;
    private final ReportAssembler assembler;
    private final SectionTemplates templates;
    private final RuleService rules;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final ObjectMapper json;

    public ReportService(ReportRepository reports, SectionRepository sections, SnapshotRepository snapshots,
                         ReportAssembler assembler, SectionTemplates templates, RuleService rules, AccessPolicy access,
                         AuditLog audit, ObjectMapper json) {
        this.reports = reports;
        this.sections = sections;
        this.snapshots = snapshots;
        this.assembler = assembler;
        this.templates = templates;
        this.rules = rules;
        this.access = access;
        this.audit = audit;
        this.json = json;
    }

    /** The outcome of an assembly: the report and whether it was created (201) or refreshed (200). */
    public record Assembled(ReportDto report, boolean created) {
    }

    public Assembled assemble(Caller caller, CreateReportRequest request) {
        String unit = request.workUnit().trim();
        int year = request.year();
        access.requireWrite(caller, unit, WriteKind.PLANNING);
        QuarkusTransaction.requiringNew().run(() -> reports.findByUnitAndYear(unit, year).ifPresent(r -> requireEditable(r)));
        ReportModel model = assembler.assemble(unit, year);
        List<Finding> findings = evaluate(model);
        return QuarkusTransaction.requiringNew().call(() -> store(caller, model, findings));
    }

    private Assembled store(Caller caller, ReportModel model, List<Finding> findings) {
        Report report = reports.findByUnitAndYear(model.workUnit().code(), model.year()).orElse(null);
        boolean created = report == null;
        ReportSummaryDto before = null;
        if (created) {
            report = new Report();
            report.workUnit = model.workUnit().code();
            report.year = model.year();
            report.status = ReportStatus.DRAFT.name();
            report.createdBy = caller.username();
        } else {
            requireEditable(report);
            before = summary(report);
        }
        report.model = write(model);
        report.findings = write(findings);
        report.assembledAt = model.assembledAt();
        report.findingsEvaluatedAt = Instant.now();
        if (created) {
            reports.persist(report);
        }
        mergeSections(report, model);
        reports.flush();
        audit.record("report", key(report), created ? "ASSEMBLE" : "REASSEMBLE", before, summary(report));
        return new Assembled(dto(report), created);
    }

    private void mergeSections(Report report, ReportModel model) {
        Map<String, ReportSection> existing = new HashMap<>();
        if (report.id != null) {
            sections.ofReport(report.id).forEach(s -> existing.put(s.key, s));
        }
        for (SectionTemplates.Template t : templates.templates(model)) {
            ReportSection s = existing.get(t.key());
            if (s == null) {
                s = new ReportSection();
                s.reportId = report.id;
                s.key = t.key();
                s.title = t.title();
                s.markdown = t.markdown();
                sections.persist(s);
            } else if (!s.edited) {
                s.title = t.title();
                s.markdown = t.markdown();
            }
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ReportSummaryDto> list(Caller caller, String workUnit, Integer year, String status) {
        StringBuilder q = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (workUnit != null && !workUnit.isBlank()) {
            // as for one report: the hierarchy on the last day of the report year, not today's
            access.requireRead(caller, workUnit, year == null || year < 1 || year > 9999 ? LocalDate.now()
                    : LocalDate.of(year, 12, 31));
            q.append(" and workUnit = :unit");
            params.put("unit", workUnit);
        }
        if (year != null) {
            q.append(" and year = :year");
            params.put("year", year);
        }
        if (status != null && !status.isBlank()) {
            q.append(" and status = :status");
            params.put("status", status);
        }
        q.append(" order by year desc, workUnit");
        List<Report> found = reports.list(q.toString(), params);
        List<ReportSummaryDto> out = new ArrayList<>();
        for (Report r : found) {
            if (access.canRead(caller, r.workUnit, LocalDate.of(r.year, 12, 31))) {
                out.add(summary(r));
            }
        }
        return out;
    }

    /** A report the caller may read, or 404 / 403. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Report readable(Caller caller, long id) {
        Report r = reports.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("No report " + id));
        access.requireRead(caller, r.workUnit, LocalDate.of(r.year, 12, 31));
        return r;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ReportDto get(Caller caller, long id) {
        return dto(readable(caller, id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SectionDto> sections(Caller caller, long id) {
        Report r = readable(caller, id);
        return sections.ofReport(r.id).stream().map(SectionDto::of).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SectionDto section(Caller caller, long id, String key) {
        Report r = readable(caller, id);
        return sections.find(r.id, key).map(SectionDto::of)
                .orElseThrow(() -> ProblemException.notFound("Report " + id + " has no editable section " + key));
    }

    @Transactional
    public SectionDto updateSection(Caller caller, long id, String key, String markdown, String ifMatch) {
        Report r = readable(caller, id);
        access.requireWrite(caller, r.workUnit, WriteKind.PLANNING);
        ReportSection s = sections.find(r.id, key)
                .orElseThrow(() -> ProblemException.notFound("Report " + id + " has no editable section " + key));
        ETags.requireMatch(ifMatch, s.version);
        requireEditable(r);
        if (markdown == null) {
            throw ProblemException.validation(List.of(new FieldError("/markdown", "required")));
        }
        SectionDto before = SectionDto.of(s);
        s.markdown = markdown;
        s.edited = true;
        s.editedBy = caller.username();
        s.editedAt = Instant.now();
        sections.flush();
        SectionDto after = SectionDto.of(s);
        audit.record("report_section", key(r) + "/" + key, "UPDATE", before, after);
        return after;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public FindingsDto findings(Caller caller, long id, String importance) {
        Report r = readable(caller, id);
        List<Finding> all = findingsOf(r);
        List<Finding> shown = importance == null || importance.isBlank() ? all
                : all.stream().filter(f -> f.importance().equalsIgnoreCase(importance)).toList();
        return FindingsDto.of(r.id, r.workUnit, r.year, r.findingsEvaluatedAt, all, shown);
    }

    /** Evaluates the current rule set again over the stored model (no new figures are fetched). */
    @Transactional
    public FindingsDto reevaluate(Caller caller, long id) {
        Report r = readable(caller, id);
        if (!access.canWrite(caller, r.workUnit, WriteKind.PLANNING) && !access.canWrite(caller, r.workUnit, WriteKind.APPROVAL)) {
            throw ProblemException.forbidden("You may not evaluate the findings of work unit " + r.workUnit);
        }
        if (ReportStatus.PUBLISHED.name().equals(r.status)) {
            throw ProblemException.conflict("Report " + id + " is published; its findings are part of the snapshot");
        }
        FindingsSummary before = FindingsSummary.of(findingsOf(r));
        List<Finding> findings = evaluate(model(r));
        r.findings = write(findings);
        r.findingsEvaluatedAt = Instant.now();
        reports.flush();
        audit.record("report", key(r), "EVALUATE_FINDINGS", before, FindingsSummary.of(findings));
        return FindingsDto.of(r.id, r.workUnit, r.year, r.findingsEvaluatedAt, findings, findings);
    }

    List<Finding> evaluate(ReportModel model) {
        JsonNode tree = json.valueToTree(model);
        return RuleEvaluator.evaluate(tree, model.year(), rules.enabledSpecs(), model.sources());
    }

    public ReportModel model(Report r) {
        try {
            return json.readValue(r.model, ReportModel.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored report model " + r.id + " is unreadable", e);
        }
    }

    public List<Finding> findingsOf(Report r) {
        try {
            return json.readValue(r.findings, FINDINGS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored findings of report " + r.id + " are unreadable", e);
        }
    }

    public List<ReportSection> sectionEntities(Report r) {
        return sections.ofReport(r.id);
    }

    public ReportDto dto(Report r) {
        List<Finding> f = findingsOf(r);
        WorkflowDto wf = new WorkflowDto(r.createdBy, r.submittedBy, r.submittedAt, r.decidedBy, r.decidedAt,
                r.decisionComment, r.approvalJustification, r.publishedBy, r.publishedAt);
        JsonNode model;
        try {
            model = json.readTree(r.model);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return new ReportDto(r.id, r.workUnit, r.year, r.status, r.version, r.assembledAt, r.findingsEvaluatedAt,
                FindingsSummary.of(f), wf, sections.ofReport(r.id).stream().map(SectionDto::of).toList(),
                snapshots.ofReport(r.id).stream().map(SnapshotDto::of).toList(), model);
    }

    public ReportSummaryDto summary(Report r) {
        return new ReportSummaryDto(r.id, r.workUnit, r.year, r.status, r.assembledAt, FindingsSummary.of(findingsOf(r)),
                r.version);
    }

    public static String key(Report r) {
        return r.workUnit + "/" + r.year;
    }

    private static void requireEditable(Report r) {
        if (!r.editable()) {
            throw ProblemException.conflict("The report of " + r.workUnit + " " + r.year + " is " + r.status
                    + "; it can be changed only as DRAFT or RETURNED");
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
