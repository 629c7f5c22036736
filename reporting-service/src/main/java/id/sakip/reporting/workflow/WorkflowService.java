package id.sakip.reporting.workflow;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.sakip.commons.audit.AuditLog;
import id.sakip.commons.http.ETags;
import id.sakip.commons.problem.FieldError;
import id.sakip.commons.problem.ProblemException;
import id.sakip.commons.security.AccessPolicy;
import id.sakip.commons.security.Caller;
import id.sakip.commons.security.WriteKind;
import id.sakip.reporting.client.BudgetClient;
import id.sakip.reporting.client.IndicatorsClient;
import id.sakip.reporting.client.Remote;
import id.sakip.reporting.client.dto.Agreement;
import id.sakip.reporting.finding.Finding;
import id.sakip.reporting.render.RenderService;
import id.sakip.reporting.report.Report;
import id.sakip.reporting.report.ReportRepository;
import id.sakip.reporting.report.ReportService;
import id.sakip.reporting.report.ReportSnapshot;
import id.sakip.reporting.report.ReportStatus;
import id.sakip.reporting.report.SnapshotRepository;
import id.sakip.reporting.report.dto.ReportDto;
import id.sakip.reporting.report.dto.ReportSummaryDto;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The approval workflow: DRAFT → SUBMITTED (planner) → APPROVED (head) or RETURNED → PUBLISHED (head), and reopening.
 * Publishing stores an immutable snapshot (JSON and PDF with SHA-256) and locks the unit-year in indicators-service
 * and budget-service; reopening unlocks it.
 */
@ApplicationScoped
public class WorkflowService {

    private static final Logger LOG = Logger.getLogger(WorkflowService.class);

    private final ReportRepository reports;
    private final SnapshotRepository snapshots;
    private final ReportService reportService;
    private final RenderService render;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final IndicatorsClient indicators;
    private final BudgetClient budget;
    private final ObjectMapper json;

    public WorkflowService(ReportRepository reports, SnapshotRepository snapshots, ReportService reportService,
                           RenderService render, AccessPolicy access, AuditLog audit, IndicatorsClient indicators,
                           BudgetClient budget, ObjectMapper json) {
        this.reports = reports;
        this.snapshots = snapshots;
        this.reportService = reportService;
        this.render = render;
        this.access = access;
        this.audit = audit;
        this.indicators = indicators;
        this.budget = budget;
        this.json = json;
    }

    public ReportDto submit(Caller caller, long id, String ifMatch) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Report r = load(caller, id, WriteKind.PLANNING, ifMatch);
            requireStatus(r, ReportStatus.DRAFT, ReportStatus.RETURNED);
            ReportSummaryDto before = reportService.summary(r);
            r.status = ReportStatus.SUBMITTED.name();
            r.submittedBy = caller.username();
            r.submittedAt = Instant.now();
            return finish(r, "SUBMIT", before);
        });
    }

    public ReportDto approve(Caller caller, long id, Decision decision, String ifMatch) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Report r = load(caller, id, WriteKind.APPROVAL, ifMatch);
            requireStatus(r, ReportStatus.SUBMITTED);
            List<Finding> high = reportService.findingsOf(r).stream().filter(f -> "HIGH".equals(f.importance())).toList();
            String justification = decision == null ? null : decision.justification();
            if (!high.isEmpty() && (justification == null || justification.isBlank())) {
                List<FieldError> errors = new ArrayList<>();
                for (Finding f : high) {
                    errors.add(new FieldError("/findings/" + f.rule(), f.message()));
                }
                errors.add(new FieldError("/justification", "required while findings of high importance are open"));
                throw new ProblemException(409, "Open findings of high importance",
                        high.size() + " findings of high importance are open; correct the data and re-assemble, "
                                + "or approve with a justification", errors);
            }
            ReportSummaryDto before = reportService.summary(r);
            r.status = ReportStatus.APPROVED.name();
            r.decidedBy = caller.username();
            r.decidedAt = Instant.now();
            r.decisionComment = decision == null ? null : decision.comment();
            r.approvalJustification = high.isEmpty() ? null : justification;
            sign(r);
            return finish(r, "APPROVE", before);
        });
    }

    /**
     * The foreword is signed by the head of the unit: name, NIP and position as the agreement in force names its first
     * party, at the agreement's place, on the day of approval (Asia/Jakarta). Without a first party, the approver's
     * user name.
     */
    private void sign(Report r) {
        Agreement pk = reportService.model(r).agreementInForce();
        Agreement.Party head = pk == null ? null : pk.firstParty();
        r.approverName = head == null || head.name() == null ? r.decidedBy : head.name();
        r.approverNip = head == null ? null : head.nip();
        r.approverPosition = head == null ? null : head.position();
        r.approvalPlace = pk == null ? null : pk.place();
        r.approvedOn = LocalDate.ofInstant(r.decidedAt, ZoneId.of("Asia/Jakarta"));
    }

    public ReportDto returnToPlanner(Caller caller, long id, Decision decision, String ifMatch) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Report r = load(caller, id, WriteKind.APPROVAL, ifMatch);
            requireStatus(r, ReportStatus.SUBMITTED);
            if (decision == null || decision.comment() == null || decision.comment().isBlank()) {
                throw ProblemException.validation(List.of(new FieldError("/comment", "say what must be changed")));
            }
            ReportSummaryDto before = reportService.summary(r);
            r.status = ReportStatus.RETURNED.name();
            r.decidedBy = caller.username();
            r.decidedAt = Instant.now();
            r.decisionComment = decision.comment();
            r.approvalJustification = null;
            return finish(r, "RETURN", before);
        });
    }

    public ReportDto publish(Caller caller, long id, String ifMatch) {
        Report checked = QuarkusTransaction.requiringNew().call(() -> {
            Report r = load(caller, id, WriteKind.APPROVAL, ifMatch);
            requireStatus(r, ReportStatus.APPROVED);
            return r;
        });
        String unit = checked.workUnit;
        int year = checked.year;
        Remote.call(IndicatorsClient.SERVICE, "the lock of " + unit + " " + year, () -> {
            indicators.lock(unit, year);
            return Boolean.TRUE;
        });
        try {
            Remote.call(BudgetClient.SERVICE, "the lock of " + unit + " " + year, () -> {
                budget.lock(unit, year);
                return Boolean.TRUE;
            });
        } catch (RuntimeException e) {
            unlockQuietly(unit, year, true, false);
            throw e;
        }
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                Report r = load(caller, id, WriteKind.APPROVAL, null);
                requireStatus(r, ReportStatus.APPROVED);
                ReportSummaryDto before = reportService.summary(r);
                r.status = ReportStatus.PUBLISHED.name();
                r.publishedBy = caller.username();
                r.publishedAt = Instant.now();
                reports.flush();
                byte[] pdf = render.publishedPdf(r);
                // The JSON snapshot is the report as published (earlier snapshots listed, not this one: it cannot hold its own hash).
                byte[] model = json.writeValueAsBytes(reportService.dto(r));
                ReportSnapshot s = new ReportSnapshot();
                s.reportId = r.id;
                s.seq = snapshots.latest(r.id).map(x -> x.seq + 1).orElse(1);
                s.publishedAt = r.publishedAt;
                s.publishedBy = caller.username();
                s.pdf = pdf;
                s.pdfSha256 = sha256(pdf);
                s.modelJson = model;
                s.modelSha256 = sha256(model);
                snapshots.persistAndFlush(s);
                return finishPublished(r, s, before);
            });
        } catch (RuntimeException e) {
            unlockQuietly(unit, year, true, true);
            throw e;
        }
    }

    public ReportDto reopen(Caller caller, long id, Decision decision, String ifMatch) {
        Report checked = QuarkusTransaction.requiringNew().call(() -> {
            Report r = load(caller, id, WriteKind.APPROVAL, ifMatch);
            requireStatus(r, ReportStatus.PUBLISHED);
            return r;
        });
        String unit = checked.workUnit;
        int year = checked.year;
        Remote.call(IndicatorsClient.SERVICE, "the lock of " + unit + " " + year, () -> {
            indicators.unlock(unit, year);
            return Boolean.TRUE;
        });
        Remote.call(BudgetClient.SERVICE, "the lock of " + unit + " " + year, () -> {
            budget.unlock(unit, year);
            return Boolean.TRUE;
        });
        return QuarkusTransaction.requiringNew().call(() -> {
            Report r = load(caller, id, WriteKind.APPROVAL, null);
            requireStatus(r, ReportStatus.PUBLISHED);
            ReportSummaryDto before = reportService.summary(r);
            r.status = ReportStatus.DRAFT.name();
            r.decidedBy = caller.username();
            r.decidedAt = Instant.now();
            r.decisionComment = decision == null ? null : decision.comment();
            r.approvalJustification = null;
            return finish(r, "REOPEN", before);
        });
    }

    private ReportDto finish(Report r, String action, ReportSummaryDto before) {
        reports.flush();
        audit.record("report", ReportService.key(r), action, before, reportService.summary(r));
        return reportService.dto(r);
    }

    private ReportDto finishPublished(Report r, ReportSnapshot s, ReportSummaryDto before) {
        reports.flush();
        audit.record("report", ReportService.key(r), "PUBLISH", before,
                java.util.Map.of("report", reportService.summary(r), "snapshot", s.seq, "pdfSha256", s.pdfSha256,
                        "modelSha256", s.modelSha256));
        return reportService.dto(r);
    }

    private Report load(Caller caller, long id, WriteKind kind, String ifMatch) {
        Report r = reportService.readable(caller, id);
        access.requireWrite(caller, r.workUnit, kind);
        if (ifMatch != null && !ifMatch.isBlank()) {
            ETags.requireMatch(ifMatch, r.version);
        }
        return r;
    }

    private static void requireStatus(Report r, ReportStatus... allowed) {
        for (ReportStatus s : allowed) {
            if (s.name().equals(r.status)) {
                return;
            }
        }
        throw ProblemException.conflict("The report of " + r.workUnit + " " + r.year + " is " + r.status
                + "; this action needs " + java.util.Arrays.toString(allowed));
    }

    private void unlockQuietly(String unit, int year, boolean indicatorsLocked, boolean budgetLocked) {
        try {
            if (indicatorsLocked) {
                indicators.unlock(unit, year);
            }
            if (budgetLocked) {
                budget.unlock(unit, year);
            }
        } catch (RuntimeException e) {
            LOG.errorf("Could not release the lock of %s %d after a failed publication: %s", unit, year, e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
