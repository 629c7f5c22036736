package id.sakip.indicators.agreement;

import id.sakip.commons.audit.AuditLog;
import id.sakip.commons.http.ETags;
import id.sakip.commons.problem.ProblemException;
import id.sakip.commons.security.Caller;
import id.sakip.commons.security.WriteKind;
import id.sakip.indicators.agreement.dto.AgreementInput;
import id.sakip.indicators.agreement.dto.AgreementView;
import id.sakip.indicators.common.Change;
import id.sakip.indicators.common.Errors;
import id.sakip.indicators.common.Num;
import id.sakip.indicators.unityear.UnitYearWrites;
import id.sakip.indicators.plan.Indicator;
import id.sakip.indicators.plan.PlanCatalog;
import id.sakip.indicators.plan.PlanIndex;
import id.sakip.indicators.plan.PlanService;
import id.sakip.indicators.security.UnitAccess;
import id.sakip.indicators.workunit.WorkUnitService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Performance agreements: revisions per unit and year, drafts by planners, signing by the head, imports. */
@ApplicationScoped
public class AgreementService {

    private final AgreementRepository agreements;
    private final PlanService plans;
    private final WorkUnitService workUnits;
    private final UnitYearWrites unitYears;
    private final UnitAccess access;
    private final AuditLog audit;

    public AgreementService(AgreementRepository agreements, PlanService plans, WorkUnitService workUnits,
                            UnitYearWrites unitYears, UnitAccess access, AuditLog audit) {
        this.agreements = agreements;
        this.plans = plans;
        this.workUnits = workUnits;
        this.unitYears = unitYears;
        this.access = access;
        this.audit = audit;
    }

    /** Every revision, oldest first; the latest signed one is in force. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AgreementView> list(String unit, int year, Caller caller) {
        access.requireRead(caller, unit, year);
        List<PerformanceAgreement> all = agreements.findByUnitYear(unit, year);
        PerformanceAgreement inForce = inForce(all).orElse(null);
        PlanCatalog catalog = plans.catalog();
        return all.stream().map(a -> view(a, a == inForce, catalog)).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AgreementView get(long id, Caller caller) {
        PerformanceAgreement a = find(id);
        access.requireRead(caller, a.workUnit, a.year);
        boolean inForce = inForce(agreements.findByUnitYear(a.workUnit, a.year)).map(x -> x.id.equals(a.id))
                .orElse(false);
        return view(a, inForce, plans.catalog());
    }

    /** A planner's new draft: the next revision of the unit-year. */
    @Transactional
    public AgreementView createDraft(AgreementInput in, Caller caller) {
        if (in.workUnit() == null) {
            throw ProblemException.validation(List.of(new id.sakip.commons.problem.FieldError("/workUnit",
                    "workUnit is required")));
        }
        access.requireWrite(caller, in.workUnit(), WriteKind.PLANNING);
        Errors errors = new Errors();
        PlanIndex index = new PlanIndex(plans.list(), List.of());
        AgreementRules.check(in, "", index, workUnits::exists, false, errors);
        errors.throwIfAny();
        return unitYears.write(in.workUnit(), in.year(), () -> {
            PerformanceAgreement a = new PerformanceAgreement();
            a.workUnit = in.workUnit();
            a.year = in.year();
            a.revision = agreements.maxRevision(in.workUnit(), in.year()) + 1;
            a.status = PerformanceAgreement.DRAFT;
            apply(a, in, in.plan() != null ? in.plan() : index.covering(in.year()).orElseThrow().code());
            a.signedOn = null;
            a.updatedAt = OffsetDateTime.now();
            agreements.persist(a);
            agreements.flush();
            AgreementView after = view(a, false, plans.catalog());
            audit.record("PerformanceAgreement", key(a), "CREATE", null, after);
            return after;
        });
    }

    /** Changes a draft; a signed revision is never edited (create a new revision instead). */
    @Transactional
    public AgreementView updateDraft(long id, AgreementInput in, String ifMatch, Caller caller) {
        PerformanceAgreement a = find(id);
        access.requireWrite(caller, a.workUnit, WriteKind.PLANNING);
        ETags.requireMatch(ifMatch, a.version);
        return unitYears.write(a.workUnit, a.year, () -> {
            if (!PerformanceAgreement.DRAFT.equals(a.status)) {
                throw ProblemException.conflict("Revision " + a.revision + " is " + a.status
                        + "; create a new revision to change it");
            }
            AgreementInput merged = new AgreementInput(a.workUnit, a.year, in.plan() != null ? in.plan() : a.planCode,
                    a.revision, a.status, null, in.place(), in.note(), in.firstParty(), in.secondParty(), in.targets(),
                    in.budget());
            if ((in.workUnit() != null && !in.workUnit().equals(a.workUnit)) || (in.year() != null && in.year() != a.year)) {
                throw ProblemException.validation(List.of(new id.sakip.commons.problem.FieldError("/workUnit",
                        "work unit and year of an agreement cannot change")));
            }
            Errors errors = new Errors();
            AgreementRules.check(merged, "", new PlanIndex(plans.list(), List.of()), workUnits::exists, false, errors);
            errors.throwIfAny();
            PlanCatalog catalog = plans.catalog();
            AgreementView before = view(a, false, catalog);
            apply(a, merged, merged.plan());
            a.updatedAt = OffsetDateTime.now();
            agreements.flush();
            AgreementView after = view(a, false, catalog);
            audit.record("PerformanceAgreement", key(a), "UPDATE", before, after);
            return after;
        });
    }

    /** The head signs a draft; it becomes the revision in force. */
    @Transactional
    public AgreementView sign(long id, LocalDate signedOn, String ifMatch, Caller caller) {
        PerformanceAgreement a = find(id);
        access.requireWrite(caller, a.workUnit, WriteKind.APPROVAL);
        if (ifMatch != null) {
            ETags.requireMatch(ifMatch, a.version);
        }
        return unitYears.write(a.workUnit, a.year, () -> {
            if (!PerformanceAgreement.DRAFT.equals(a.status)) {
                throw ProblemException.conflict("Revision " + a.revision + " is already " + a.status);
            }
            PlanCatalog catalog = plans.catalog();
            AgreementView before = view(a, false, catalog);
            a.status = PerformanceAgreement.SIGNED;
            a.signedOn = signedOn != null ? signedOn : LocalDate.now();
            a.updatedAt = OffsetDateTime.now();
            agreements.flush();
            AgreementView after = view(a, true, catalog);
            audit.record("PerformanceAgreement", key(a), "SIGN", before, after);
            return after;
        });
    }

    /** Dataset upsert by unit, year and revision (already validated and access-checked). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Change upsert(AgreementInput in, PlanCatalog catalog) {
        Map<String, PerformanceAgreement> stored = new HashMap<>();
        agreements.findByKey(in.workUnit(), in.year(), in.revision())
                .ifPresent(a -> stored.put(storedKey(a.workUnit, a.year, a.revision), a));
        return upsert(in, catalog, stored, null);
    }

    /**
     * The stored revisions of the units and years an import names, by {@link #storedKey}, in one query: the
     * import's upserts then need no query per agreement.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<String, PerformanceAgreement> preload(Collection<String> units, Collection<Integer> years) {
        Map<String, PerformanceAgreement> out = new HashMap<>();
        if (units.isEmpty() || years.isEmpty()) {
            return out;
        }
        for (PerformanceAgreement a : agreements.findByUnitsAndYears(units, years)) {
            out.put(storedKey(a.workUnit, a.year, a.revision), a);
        }
        return out;
    }

    public static String storedKey(String unit, int year, int revision) {
        return unit + "/" + year + "/" + revision;
    }

    /**
     * Dataset upsert against preloaded revisions ({@link #preload}; a created one is added to {@code stored}); the
     * audit entry goes to {@code audits} when given (written later in one batch), else it is recorded at once.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Change upsert(AgreementInput in, PlanCatalog catalog, Map<String, PerformanceAgreement> stored,
                         List<AuditLog.Change> audits) {
        PerformanceAgreement a = stored.get(storedKey(in.workUnit(), in.year(), in.revision()));
        boolean created = a == null;
        AgreementView before = created ? null : view(a, false, catalog);
        if (created) {
            a = new PerformanceAgreement();
            a.workUnit = in.workUnit();
            a.year = in.year();
            a.revision = in.revision();
        } else if (sameContent(a, in)) {
            return Change.UNCHANGED;
        }
        a.status = in.status();
        a.signedOn = in.signedOn();
        apply(a, in, in.plan());
        a.updatedAt = OffsetDateTime.now();
        AgreementView after;
        if (created) {
            // The id comes from the pooled sequence at persist; the rows (and the targets' and budget lines') are
            // inserted in JDBC batches at the import's next flush.
            agreements.persist(a);
            stored.put(storedKey(a.workUnit, a.year, a.revision), a);
            after = view(a, false, catalog);
        } else {
            // Not flushed (a flush per row would dirty-check the import's whole persistence context): the snapshot
            // shows the version the row gets when the import flushes (updatedAt changed, so it is incremented).
            AgreementView v = view(a, false, catalog);
            after = new AgreementView(v.id(), v.workUnit(), v.year(), v.plan(), v.revision(), v.status(),
                    v.signedOn(), v.place(), v.note(), v.inForce(), v.firstParty(), v.secondParty(), v.targets(),
                    v.budget(), v.budgetTotal(), a.version + 1);
        }
        AuditLog.Change change = new AuditLog.Change("PerformanceAgreement", key(a), created ? "CREATE" : "UPDATE",
                before, after);
        if (audits != null) {
            audits.add(change);
        } else {
            audit.recordAll(List.of(change));
        }
        return created ? Change.CREATED : Change.UPDATED;
    }

    /**
     * {@link #planFor} for every unit-year of some units and years, in one query: unit-years without an agreement
     * get the covering plan, those without either are left out.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<String, String> plansFor(Collection<String> units, Collection<Integer> years, PlanCatalog catalog) {
        Map<String, String> out = new HashMap<>();
        if (units.isEmpty() || years.isEmpty()) {
            return out;
        }
        Map<String, List<PerformanceAgreement>> byUnitYear = new HashMap<>();
        for (PerformanceAgreement a : agreements.findByUnitsAndYears(units, years)) {
            byUnitYear.computeIfAbsent(a.workUnit + "/" + a.year, k -> new ArrayList<>()).add(a);
        }
        for (String unit : units) {
            for (int year : years) {
                List<PerformanceAgreement> all = byUnitYear.getOrDefault(unit + "/" + year, List.of());
                inForce(all).or(() -> all.stream().max(Comparator.comparingInt(x -> x.revision)))
                        .map(x -> x.planCode).or(() -> catalog.covering(year).map(p -> p.code))
                        .ifPresent(plan -> out.put(unit + "/" + year, plan));
            }
        }
        return out;
    }

    /** The plan in force for a unit-year: that of its latest signed (else latest) agreement, else the covering plan. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<String> planFor(String unit, int year, PlanCatalog catalog) {
        List<PerformanceAgreement> all = agreements.findByUnitYear(unit, year);
        Optional<PerformanceAgreement> chosen = inForce(all).or(() -> all.stream()
                .max(Comparator.comparingInt(x -> x.revision)));
        return chosen.map(x -> x.planCode).or(() -> catalog.covering(year).map(p -> p.code));
    }

    /** The plans the stored agreements of a year use. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> plansUsedIn(int year) {
        return agreements.getEntityManager().createQuery("select distinct a.planCode from PerformanceAgreement a "
                + "where a.year = :y", String.class).setParameter("y", year).getResultList();
    }

    /** The plans the stored agreements of a unit use, in any year. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> plansUsedBy(String unit) {
        return agreements.getEntityManager().createQuery("select distinct a.planCode from PerformanceAgreement a "
                + "where a.workUnit = :u", String.class).setParameter("u", unit).getResultList();
    }

    /** The plan of the stored agreement in force (else the latest revision) of a unit-year, if any. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<String> storedPlanFor(String unit, int year) {
        List<PerformanceAgreement> all = agreements.findByUnitYear(unit, year);
        return inForce(all).or(() -> all.stream().max(Comparator.comparingInt(x -> x.revision))).map(x -> x.planCode);
    }

    public static Optional<PerformanceAgreement> inForce(List<PerformanceAgreement> revisions) {
        return revisions.stream().filter(a -> PerformanceAgreement.SIGNED.equals(a.status))
                .max(Comparator.comparingInt(a -> a.revision));
    }

    private PerformanceAgreement find(long id) {
        PerformanceAgreement a = agreements.findById(id);
        if (a == null) {
            throw ProblemException.notFound("No agreement " + id);
        }
        return a;
    }

    private static void apply(PerformanceAgreement a, AgreementInput in, String planCode) {
        a.planCode = planCode;
        a.place = in.place();
        a.note = in.note();
        a.firstParty = party(in.firstParty());
        a.secondParty = party(in.secondParty());
        List<AgreementTarget> existing = new ArrayList<>(a.targets);
        a.targets.clear();
        int i = 0;
        for (AgreementInput.TargetInput t : in.targets()) {
            AgreementTarget row = existing.stream().filter(x -> x.indicatorCode.equals(t.indicator())).findFirst()
                    .orElseGet(AgreementTarget::new);
            row.agreement = a;
            row.indicatorCode = t.indicator();
            row.target = t.target();
            row.position = i++;
            a.targets.add(row);
        }
        a.budget.clear();
        int j = 0;
        for (AgreementInput.BudgetLineDoc b : in.budget() == null ? List.<AgreementInput.BudgetLineDoc>of()
                : in.budget()) {
            AgreementBudgetLine row = new AgreementBudgetLine();
            row.agreement = a;
            row.program = b.program();
            row.activity = b.activity();
            row.amount = b.amount();
            row.position = j++;
            a.budget.add(row);
        }
    }

    private static Party party(AgreementInput.PartyDoc d) {
        Party p = new Party();
        if (d != null) {
            p.name = d.name();
            p.position = d.position();
            p.nip = d.nip();
        }
        return p;
    }

    private static AgreementInput.PartyDoc partyDoc(Party p) {
        return p == null || (p.name == null && p.position == null && p.nip == null) ? null
                : new AgreementInput.PartyDoc(p.name, p.position, p.nip);
    }

    private static boolean sameContent(PerformanceAgreement a, AgreementInput in) {
        if (!Objects.equals(a.status, in.status()) || !Objects.equals(a.signedOn, in.signedOn())
                || !Objects.equals(a.planCode, in.plan()) || !Objects.equals(a.place, in.place())
                || !Objects.equals(a.note, in.note())
                || !Objects.equals(partyDoc(a.firstParty), emptyToNull(in.firstParty()))
                || !Objects.equals(partyDoc(a.secondParty), emptyToNull(in.secondParty()))) {
            return false;
        }
        if (a.targets.size() != in.targets().size()) {
            return false;
        }
        for (int i = 0; i < a.targets.size(); i++) {
            AgreementTarget t = a.targets.get(i);
            AgreementInput.TargetInput x = in.targets().get(i);
            if (!t.indicatorCode.equals(x.indicator()) || !Num.same(t.target, x.target())) {
                return false;
            }
        }
        List<AgreementInput.BudgetLineDoc> budget = in.budget() == null ? List.of() : in.budget();
        if (a.budget.size() != budget.size()) {
            return false;
        }
        for (int i = 0; i < budget.size(); i++) {
            AgreementBudgetLine b = a.budget.get(i);
            AgreementInput.BudgetLineDoc x = budget.get(i);
            if (!b.program.equals(x.program()) || !Objects.equals(b.activity, x.activity())
                    || b.amount != x.amount()) {
                return false;
            }
        }
        return true;
    }

    private static AgreementInput.PartyDoc emptyToNull(AgreementInput.PartyDoc d) {
        return d == null || (d.name() == null && d.position() == null && d.nip() == null) ? null : d;
    }

    static String key(PerformanceAgreement a) {
        return a.workUnit + "/" + a.year + "/" + a.revision;
    }

    public static AgreementView view(PerformanceAgreement a, boolean inForce, PlanCatalog catalog) {
        List<AgreementView.TargetView> targets = a.targets.stream().map(t -> {
            Indicator ind = catalog.indicator(a.planCode, t.indicatorCode).orElse(null);
            return new AgreementView.TargetView(t.indicatorCode, ind == null ? null : ind.name,
                    ind == null ? null : ind.objective.code, Num.norm(t.target), ind == null ? null : ind.unit);
        }).toList();
        List<AgreementInput.BudgetLineDoc> budget = a.budget.stream()
                .map(b -> new AgreementInput.BudgetLineDoc(b.program, b.activity, b.amount)).toList();
        long total = a.budget.stream().mapToLong(b -> b.amount).sum();
        return new AgreementView(a.id, a.workUnit, a.year, a.planCode, a.revision, a.status, a.signedOn, a.place,
                a.note, inForce, partyDoc(a.firstParty), partyDoc(a.secondParty), targets, budget, total, a.version);
    }
}
