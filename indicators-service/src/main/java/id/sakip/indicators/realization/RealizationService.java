package id.sakip.indicators.realization;

import id.sakip.commons.audit.AuditLog;
import id.sakip.commons.http.ETags;
import id.sakip.commons.problem.FieldError;
import id.sakip.commons.problem.ProblemException;
import id.sakip.commons.security.Caller;
import id.sakip.commons.security.WriteKind;
import id.sakip.indicators.agreement.AgreementService;
import id.sakip.indicators.common.Change;
import id.sakip.indicators.common.Errors;
import id.sakip.indicators.common.Num;
import id.sakip.indicators.unityear.UnitYearWrites;
import id.sakip.indicators.plan.PlanCatalog;
import id.sakip.indicators.plan.PlanService;
import id.sakip.indicators.plan.dto.PlanDoc;
import id.sakip.indicators.realization.dto.AdoptRequest;
import id.sakip.indicators.realization.dto.AdoptResult;
import id.sakip.indicators.realization.dto.RealizationInput;
import id.sakip.indicators.realization.dto.RealizationView;
import id.sakip.indicators.register.DerivationService;
import id.sakip.indicators.security.UnitAccess;
import id.sakip.indicators.workunit.WorkUnitService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Realization entry and its workflow: DRAFT → SUBMITTED (operator/planner) → VERIFIED or RETURNED (head).
 * Every change checks access, the unit-year lock, the content rules and the FY/quarter rule.
 */
@ApplicationScoped
public class RealizationService {

    private final RealizationRepository realizations;
    private final PlanService plans;
    private final AgreementService agreements;
    private final WorkUnitService workUnits;
    private final UnitYearWrites unitYears;
    private final UnitAccess access;
    private final AuditLog audit;
    private final DerivationService derivations;

    public RealizationService(RealizationRepository realizations, PlanService plans, AgreementService agreements,
                              WorkUnitService workUnits, UnitYearWrites unitYears, UnitAccess access,
                              AuditLog audit, DerivationService derivations) {
        this.derivations = derivations;
        this.realizations = realizations;
        this.plans = plans;
        this.agreements = agreements;
        this.workUnits = workUnits;
        this.unitYears = unitYears;
        this.access = access;
        this.audit = audit;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RealizationView> list(String unit, int year, Caller caller) {
        access.requireRead(caller, unit, year);
        return realizations.findByUnitYear(unit, year).stream().map(RealizationService::view).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public RealizationView get(long id, Caller caller) {
        Realization r = find(id);
        access.requireRead(caller, r.workUnit, r.year);
        return view(r);
    }

    @Transactional
    public RealizationView create(RealizationInput in, Caller caller) {
        Errors errors = new Errors();
        if (in.workUnit() == null || in.workUnit().isBlank()) {
            errors.add("/workUnit", "workUnit is required");
        }
        if (in.year() == null || in.year() < 2000 || in.year() > 2100) {
            errors.add("/year", "year is required (2000-2100)");
        }
        errors.throwIfAny();
        access.requireWrite(caller, in.workUnit(), WriteKind.REALIZATION);
        if (!workUnits.exists(in.workUnit())) {
            throw ProblemException.validation(List.of(new FieldError("/workUnit", "unknown work unit "
                    + in.workUnit())));
        }
        PlanCatalog catalog = plans.catalog();
        String plan = agreements.planFor(in.workUnit(), in.year(), catalog).orElse(null);
        RealizationRules.check(in, "", plan, indicatorDoc(catalog, plan, in.indicator()), true, errors);
        errors.throwIfAny();
        return unitYears.write(in.workUnit(), in.year(), () -> {
            if (realizations.findByKey(in.workUnit(), in.year(), plan, in.indicator(), in.period()).isPresent()) {
                throw ProblemException.conflict("A realization of " + in.indicator() + " for " + in.period() + " "
                        + in.year() + " already exists; update it with PUT");
            }
            requireNoMixing(in.workUnit(), in.year(), plan, in.indicator(), in.period());
            Realization r = new Realization();
            r.workUnit = in.workUnit();
            r.year = in.year();
            r.planCode = plan;
            r.indicatorCode = in.indicator();
            r.period = in.period();
            r.status = Realization.DRAFT;
            r.source = Realization.SOURCE_ENTRY;
            applyFigures(r, in);
            realizations.persist(r);
            realizations.flush();
            RealizationView after = view(r);
            audit.record("Realization", key(r), "CREATE", null, after);
            return after;
        });
    }

    @Transactional
    public RealizationView update(long id, RealizationInput in, String ifMatch, Caller caller) {
        Realization r = find(id);
        access.requireWrite(caller, r.workUnit, WriteKind.REALIZATION);
        ETags.requireMatch(ifMatch, r.version);
        Errors errors = new Errors();
        if (in.workUnit() != null && !in.workUnit().equals(r.workUnit)) {
            errors.add("/workUnit", "cannot change; it is " + r.workUnit);
        }
        if (in.year() != null && in.year() != r.year) {
            errors.add("/year", "cannot change; it is " + r.year);
        }
        if (in.indicator() != null && !in.indicator().equals(r.indicatorCode)) {
            errors.add("/indicator", "cannot change; it is " + r.indicatorCode);
        }
        if (in.period() != null && !in.period().equals(r.period)) {
            errors.add("/period", "cannot change; it is " + r.period);
        }
        errors.throwIfAny();
        RealizationInput merged = new RealizationInput(r.workUnit, r.year, r.indicatorCode, r.period, in.numerator(),
                in.denominator(), in.value(), in.note(), in.links());
        PlanCatalog catalog = plans.catalog();
        RealizationRules.check(merged, "", r.planCode, indicatorDoc(catalog, r.planCode, r.indicatorCode), true,
                errors);
        errors.throwIfAny();
        return unitYears.write(r.workUnit, r.year, () -> {
            if (!Realization.DRAFT.equals(r.status) && !Realization.RETURNED.equals(r.status)) {
                throw ProblemException.conflict("The realization is " + r.status
                        + "; only a DRAFT or RETURNED one can be edited (the head can return it)");
            }
            RealizationView before = view(r);
            applyFigures(r, merged);
            r.status = Realization.DRAFT;
            realizations.flush();
            RealizationView after = view(r);
            audit.record("Realization", key(r), "UPDATE", before, after);
            return after;
        });
    }

    @Transactional
    public RealizationView submit(long id, String ifMatch, Caller caller) {
        Realization r = find(id);
        access.requireWrite(caller, r.workUnit, WriteKind.REALIZATION);
        return transition(r, ifMatch, List.of(Realization.DRAFT, Realization.RETURNED), Realization.SUBMITTED, null,
                "SUBMIT");
    }

    @Transactional
    public RealizationView verify(long id, String ifMatch, Caller caller) {
        Realization r = find(id);
        access.requireWrite(caller, r.workUnit, WriteKind.APPROVAL);
        return transition(r, ifMatch, List.of(Realization.SUBMITTED), Realization.VERIFIED, null, "VERIFY");
    }

    @Transactional
    public RealizationView returnToAuthors(long id, String reason, String ifMatch, Caller caller) {
        Realization r = find(id);
        access.requireWrite(caller, r.workUnit, WriteKind.APPROVAL);
        return transition(r, ifMatch, List.of(Realization.SUBMITTED, Realization.VERIFIED), Realization.RETURNED,
                reason, "RETURN");
    }

    /**
     * Writes the figures derived from the registers as the realization: per quarter when the register has
     * quarters, else one FY row (never mixed with stored rows of the other kind). Rows that already hold the
     * figures stay as they are; others must be DRAFT or RETURNED (the head returns a submitted one first);
     * missing rows are created as DRAFT. All or nothing, audited, 409 when the unit-year is locked.
     */
    @Transactional
    public AdoptResult adoptDerived(AdoptRequest in, Caller caller) {
        Errors errors = new Errors();
        if (in == null) {
            throw ProblemException.badRequest("The body must be {workUnit, year, indicator}");
        }
        if (in.workUnit() == null || in.workUnit().isBlank()) {
            errors.add("/workUnit", "workUnit is required");
        }
        if (in.year() == null || in.year() < 2000 || in.year() > 2100) {
            errors.add("/year", "year is required (2000-2100)");
        }
        if (in.indicator() == null || in.indicator().isBlank()) {
            errors.add("/indicator", "indicator is required");
        }
        errors.throwIfAny();
        access.requireWrite(caller, in.workUnit(), WriteKind.REALIZATION);
        if (!workUnits.exists(in.workUnit())) {
            errors.add("/workUnit", "unknown work unit " + in.workUnit()).throwIfAny();
        }
        PlanCatalog catalog = plans.catalog();
        String plan = agreements.planFor(in.workUnit(), in.year(), catalog).orElse(null);
        PlanDoc.IndicatorDoc ind = indicatorDoc(catalog, plan, in.indicator());
        if (ind == null) {
            errors.add("/indicator", "unknown indicator " + in.indicator() + (plan == null ? " (no plan covers "
                    + in.year() + ")" : " in plan " + plan)).throwIfAny();
        }
        DerivationService.Derivation d = derivations.derive(List.of(in.workUnit()), in.year())
                .find(in.workUnit(), plan, in.indicator());
        if (d == null) {
            errors.add("/indicator", "nothing to adopt: " + in.indicator() + " has no derivation rule, or its register "
                    + "holds no records of " + in.workUnit() + " " + in.year()).throwIfAny();
        }
        unitYears.begin(in.workUnit(), in.year());
        String note = "Derived from " + d.source() + (d.ruleId() == null ? "" : " (rule " + d.ruleId() + ")");
        List<RealizationInput> wanted = new ArrayList<>();
        boolean value = "VALUE".equals(ind.kind());
        if (d.quarters().isEmpty()) {
            wanted.add(new RealizationInput(in.workUnit(), in.year(), in.indicator(), "FY",
                    value ? null : d.numerator(), value ? null : d.denominator(), value ? d.value() : null, note,
                    null));
        } else {
            for (DerivationService.PeriodFigure q : d.quarters()) {
                wanted.add(new RealizationInput(in.workUnit(), in.year(), in.indicator(), q.period(),
                        value ? null : q.numerator(), value ? null : q.denominator(), value ? q.value() : null, note,
                        null));
            }
        }
        for (RealizationInput w : wanted) {
            RealizationRules.check(w, "/derived/" + w.period(), plan, ind, true, errors);
        }
        errors.throwIfAny();
        List<Realization> existing = realizations.findByUnitYearIndicator(in.workUnit(), in.year(), plan,
                in.indicator());
        boolean fy = d.quarters().isEmpty();
        for (Realization x : existing) {
            if ("FY".equals(x.period) != fy) {
                throw ProblemException.conflict(in.indicator() + " " + in.year() + " has "
                        + (fy ? "quarterly entries" : "a full-year (FY) entry") + " while the register gives "
                        + (fy ? "a full-year figure" : "quarterly figures") + "; FY and quarterly entries must not "
                        + "be mixed");
            }
        }
        List<Realization> rows = new ArrayList<>();
        for (RealizationInput w : wanted) {
            Realization row = existing.stream().filter(x -> x.period.equals(w.period())).findFirst().orElse(null);
            rows.add(row);
            if (row != null && !sameFigures(row, w) && !Realization.DRAFT.equals(row.status)
                    && !Realization.RETURNED.equals(row.status)) {
                throw ProblemException.conflict("The realization of " + in.indicator() + " " + w.period() + " "
                        + in.year() + " is " + row.status + "; only DRAFT or RETURNED figures can be replaced (the "
                        + "head can return it)");
            }
        }
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        List<AdoptResult.Period> periods = new ArrayList<>();
        for (int i = 0; i < wanted.size(); i++) {
            RealizationInput w = wanted.get(i);
            Realization row = rows.get(i);
            String change;
            if (row == null) {
                row = new Realization();
                row.workUnit = w.workUnit();
                row.year = w.year();
                row.planCode = plan;
                row.indicatorCode = w.indicator();
                row.period = w.period();
                row.status = Realization.DRAFT;
                row.source = Realization.SOURCE_ENTRY;
                applyFigures(row, w);
                realizations.persist(row);
                realizations.flush();
                audit.record("Realization", key(row), "ADOPT_DERIVED", null, view(row));
                created++;
                change = Change.CREATED.name();
            } else if (sameFigures(row, w)) {
                unchanged++;
                change = Change.UNCHANGED.name();
            } else {
                RealizationView before = view(row);
                applyFigures(row, w);
                row.status = Realization.DRAFT;
                realizations.flush();
                audit.record("Realization", key(row), "ADOPT_DERIVED", before, view(row));
                updated++;
                change = Change.UPDATED.name();
            }
            periods.add(new AdoptResult.Period(row.period, row.id, Num.norm(row.numerator), Num.norm(row.denominator),
                    Num.norm(row.value), row.status, change));
        }
        if (created + updated > 0) {
            unitYears.changed(in.workUnit(), in.year());
        }
        return new AdoptResult(in.workUnit(), in.year(), plan, in.indicator(), d.source(), created, updated, unchanged,
                periods);
    }

    private static boolean sameFigures(Realization r, RealizationInput w) {
        return Num.same(r.numerator, w.numerator()) && Num.same(r.denominator, w.denominator())
                && Num.same(r.value, w.value());
    }

    /** Dataset upsert by unit, year, plan, indicator and period (validated and access-checked by the caller). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Change upsert(RealizationInput in, String plan, String period, String source) {
        Map<String, Realization> stored = new HashMap<>();
        realizations.findByKey(in.workUnit(), in.year(), plan, in.indicator(), period)
                .ifPresent(r -> stored.put(key(r), r));
        Change change = upsert(stored, in, plan, period, source);
        realizations.flush();
        return change;
    }

    /**
     * The stored rows of some units and years in one query, keyed like {@link #key(Realization)}, for a bulk upsert
     * that neither queries nor flushes per row.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<String, Realization> preload(Collection<String> units, Collection<Integer> years) {
        Map<String, Realization> out = new HashMap<>();
        if (!units.isEmpty() && !years.isEmpty()) {
            for (Realization r : realizations.findByUnitsAndYears(units, years)) {
                out.put(key(r), r);
            }
        }
        return out;
    }

    /**
     * Dataset upsert against rows preloaded by {@link #preload} (validated and access-checked by the caller): no
     * query and no flush per row; new rows are persisted (inserted in JDBC batches at the next flush) and added to
     * {@code stored}.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Change upsert(Map<String, Realization> stored, RealizationInput in, String plan, String period,
                         String source) {
        return upsert(stored, in, plan, period, source, null);
    }

    /** As above; the audit entry goes to {@code audits} when given (the import writes them in one JDBC batch). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Change upsert(Map<String, Realization> stored, RealizationInput in, String plan, String period,
                         String source, List<AuditLog.Change> audits) {
        String k = key(in.workUnit(), in.year(), plan, in.indicator(), period);
        Realization r = stored.get(k);
        boolean created = r == null;
        RealizationView before = created ? null : view(r);
        if (created) {
            r = new Realization();
            r.workUnit = in.workUnit();
            r.year = in.year();
            r.planCode = plan;
            r.indicatorCode = in.indicator();
            r.period = period;
            r.status = Realization.SUBMITTED;
            r.source = source;
        } else if (Num.same(r.numerator, in.numerator()) && Num.same(r.denominator, in.denominator())
                && Num.same(r.value, in.value()) && Objects.equals(r.note, in.note())
                && Objects.equals(r.source, source)) {
            return Change.UNCHANGED;
        } else {
            r.status = Realization.SUBMITTED;
            r.source = source;
            r.returnReason = null;
        }
        applyFigures(r, in);
        RealizationView after;
        if (created) {
            realizations.persist(r);
            stored.put(k, r);
            after = view(r);
        } else {
            // Not flushed yet: the snapshot shows the version the row gets when this transaction flushes.
            RealizationView v = view(r);
            after = new RealizationView(v.id(), v.workUnit(), v.year(), v.plan(), v.indicator(), v.period(),
                    v.numerator(), v.denominator(), v.value(), v.note(), v.links(), v.status(), v.returnReason(),
                    v.source(), r.version + 1, v.updatedAt());
        }
        AuditLog.Change change = new AuditLog.Change("Realization", k, created ? "CREATE" : "UPDATE", before, after);
        if (audits != null) {
            audits.add(change);
        } else {
            audit.recordAll(List.of(change));
        }
        return created ? Change.CREATED : Change.UPDATED;
    }

    private RealizationView transition(Realization r, String ifMatch, List<String> from, String to, String reason,
                                       String action) {
        if (ifMatch != null) {
            ETags.requireMatch(ifMatch, r.version);
        }
        return unitYears.write(r.workUnit, r.year, () -> {
            if (!from.contains(r.status)) {
                throw ProblemException.conflict("Cannot " + action.toLowerCase() + " a " + r.status + " realization (needs "
                        + String.join(" or ", from) + ")");
            }
            RealizationView before = view(r);
            r.status = to;
            r.returnReason = Realization.RETURNED.equals(to) ? reason : r.returnReason;
            if (Realization.VERIFIED.equals(to)) {
                r.returnReason = null;
            }
            r.updatedAt = now();
            realizations.flush();
            RealizationView after = view(r);
            audit.record("Realization", key(r), action, before, after);
            return after;
        });
    }

    private void requireNoMixing(String unit, int year, String plan, String indicator, String period) {
        List<Realization> existing = realizations.findByUnitYearIndicator(unit, year, plan, indicator);
        boolean fy = "FY".equals(period);
        for (Realization x : existing) {
            if ("FY".equals(x.period) != fy) {
                throw ProblemException.conflict(indicator + " " + year + " already has "
                        + (fy ? "quarterly entries" : "a full-year (FY) entry")
                        + "; FY and quarterly entries must not be mixed");
            }
        }
    }

    private static PlanDoc.IndicatorDoc indicatorDoc(PlanCatalog catalog, String plan, String code) {
        return plan == null || code == null ? null
                : catalog.indicator(plan, code).map(PlanService::indicatorDoc).orElse(null);
    }

    private static void applyFigures(Realization r, RealizationInput in) {
        r.numerator = in.numerator();
        r.denominator = in.denominator();
        r.value = in.value();
        r.note = in.note();
        r.links = in.links() == null || in.links().isEmpty() ? null : String.join("\n", in.links());
        r.updatedAt = now();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now().truncatedTo(ChronoUnit.MICROS);
    }

    private Realization find(long id) {
        Realization r = realizations.findById(id);
        if (r == null) {
            throw ProblemException.notFound("No realization " + id);
        }
        return r;
    }

    static String key(Realization r) {
        return key(r.workUnit, r.year, r.planCode, r.indicatorCode, r.period);
    }

    static String key(String unit, int year, String plan, String indicator, String period) {
        return unit + "/" + year + "/" + plan + "/" + indicator + "/" + period;
    }

    public static RealizationView view(Realization r) {
        return new RealizationView(r.id, r.workUnit, r.year, r.planCode, r.indicatorCode, r.period,
                Num.norm(r.numerator), Num.norm(r.denominator), Num.norm(r.value), r.note,
                r.links == null ? List.of() : List.of(r.links.split("\n")), r.status, r.returnReason, r.source,
                r.version, r.updatedAt);
    }
}
