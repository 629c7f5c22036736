package id.sakip.indicators.register;

import id.sakip.indicators.plan.IndicatorKind;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sakip.commons.audit.AuditLog;
import id.sakip.commons.http.ETags;
import id.sakip.commons.problem.ProblemException;
import id.sakip.commons.security.Caller;
import id.sakip.commons.security.Role;
import id.sakip.indicators.achievement.BenchmarkCache;
import id.sakip.indicators.common.Errors;
import id.sakip.indicators.plan.Indicator;
import id.sakip.indicators.plan.Objective;
import id.sakip.indicators.plan.PlanCatalog;
import id.sakip.indicators.plan.PlanService;
import id.sakip.indicators.plan.StrategicPlan;
import id.sakip.indicators.register.dto.DerivationRuleInput;
import id.sakip.indicators.register.dto.DerivationRuleView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/** Derivation rules as data: read by everyone who reads indicators, changed by administrators (audited). */
@ApplicationScoped
public class DerivationRuleService {

    private final EntityManager em;
    private final ObjectMapper json;
    private final DerivationService derivations;
    private final PlanService plans;
    private final AuditLog audit;
    private final BenchmarkCache generations;

    public DerivationRuleService(EntityManager em, ObjectMapper json, DerivationService derivations, PlanService plans,
                                 AuditLog audit, BenchmarkCache generations) {
        this.em = em;
        this.json = json;
        this.derivations = derivations;
        this.plans = plans;
        this.audit = audit;
        this.generations = generations;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DerivationRuleView> list() {
        return em.createQuery("from DerivationRule r order by r.indicatorCode, r.planCode nulls first",
                DerivationRule.class).getResultList().stream().map(this::view).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public DerivationRuleView get(long id) {
        return view(find(id));
    }

    @Transactional
    public DerivationRuleView create(DerivationRuleInput in, Caller caller) {
        requireAdmin(caller);
        check(in, null);
        DerivationRule r = new DerivationRule();
        apply(in, r);
        em.persist(r);
        em.flush();
        // A rule applies to every unit and year: the derived figures of every scorecard may change.
        generations.bump(BenchmarkCache.EVERY_YEAR);
        DerivationRuleView after = view(r);
        audit.record("DerivationRule", key(r), "CREATE", null, after);
        return after;
    }

    @Transactional
    public DerivationRuleView update(long id, DerivationRuleInput in, String ifMatch, Caller caller) {
        requireAdmin(caller);
        DerivationRule r = find(id);
        ETags.requireMatch(ifMatch, r.version);
        check(in, r.id);
        DerivationRuleView before = view(r);
        apply(in, r);
        em.flush();
        generations.bump(BenchmarkCache.EVERY_YEAR);
        DerivationRuleView after = view(r);
        audit.record("DerivationRule", key(r), "UPDATE", before, after);
        return after;
    }

    @Transactional
    public void delete(long id, String ifMatch, Caller caller) {
        requireAdmin(caller);
        DerivationRule r = find(id);
        ETags.requireMatch(ifMatch, r.version);
        DerivationRuleView before = view(r);
        em.remove(r);
        em.flush();
        generations.bump(BenchmarkCache.EVERY_YEAR);
        audit.record("DerivationRule", key(r), "DELETE", before, null);
    }

    private void check(DerivationRuleInput in, Long self) {
        if (in == null) {
            throw ProblemException.badRequest("The body must be a derivation rule");
        }
        Errors errors = new Errors();
        PlanCatalog catalog = plans.catalog();
        Set<IndicatorKind> kinds = new TreeSet<>();
        if (in.indicator() == null || in.indicator().isBlank()) {
            errors.add("/indicator", "indicator is required");
        } else if (in.plan() != null) {
            if (catalog.plan(in.plan()).isEmpty()) {
                errors.add("/plan", "unknown plan " + in.plan());
            } else {
                catalog.indicator(in.plan(), in.indicator()).ifPresentOrElse(i -> kinds.add(i.kind),
                        () -> errors.add("/indicator", "unknown indicator " + in.indicator() + " in plan "
                                + in.plan()));
            }
        } else {
            for (StrategicPlan p : catalog.plans()) {
                for (Objective o : p.objectives) {
                    for (Indicator i : o.indicators) {
                        if (i.code.equals(in.indicator())) {
                            kinds.add(i.kind);
                        }
                    }
                }
            }
            if (kinds.isEmpty()) {
                errors.add("/indicator", "no plan has an indicator " + in.indicator());
            }
        }
        RecordType<?, ?> type = in.register() == null ? null : RegisterTypes.byRuleName(in.register()).orElse(null);
        if (type == null) {
            List<String> names = new ArrayList<>();
            RegisterTypes.TYPES.forEach(t -> names.add(t.id));
            errors.add("/register", "register must be one of " + names);
        } else {
            DerivationService.read(in.register(), in.periodField(), in.numerator(), in.denominator(), in.value(), type,
                    errors);
            boolean valueRule = in.value() != null && !in.value().isNull();
            if (kinds.contains(IndicatorKind.RATIO) && valueRule) {
                errors.add("/value", in.indicator() + " is a RATIO indicator: give numerator and denominator");
            }
            if (kinds.contains(IndicatorKind.VALUE) && !valueRule) {
                errors.add("/value", in.indicator() + " is a VALUE indicator: give value");
            }
        }
        errors.throwIfAny();
        boolean taken = em.createQuery("from DerivationRule r where r.indicatorCode = :i", DerivationRule.class)
                .setParameter("i", in.indicator()).getResultList().stream()
                .anyMatch(r -> Objects.equals(r.planCode, in.plan()) && !r.id.equals(self));
        if (taken) {
            throw ProblemException.conflict("A derivation rule for " + in.indicator() + " ("
                    + (in.plan() == null ? "every plan" : in.plan()) + ") already exists; change it with PUT");
        }
    }

    private void apply(DerivationRuleInput in, DerivationRule r) {
        r.planCode = in.plan();
        r.indicatorCode = in.indicator();
        r.register = in.register();
        r.periodField = in.periodField();
        r.numerator = text(in.numerator());
        r.denominator = text(in.denominator());
        r.value = text(in.value());
        r.description = in.description();
        r.updatedAt = OffsetDateTime.now().truncatedTo(ChronoUnit.MICROS);
    }

    private String text(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        try {
            return json.writeValueAsString(n);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private DerivationRuleView view(DerivationRule r) {
        return new DerivationRuleView(r.id, r.planCode, r.indicatorCode, r.register, r.periodField,
                derivations.tree(r.numerator), derivations.tree(r.denominator), derivations.tree(r.value),
                r.description, r.version, r.updatedAt);
    }

    private DerivationRule find(long id) {
        DerivationRule r = em.find(DerivationRule.class, id);
        if (r == null) {
            throw ProblemException.notFound("No derivation rule " + id);
        }
        return r;
    }

    private static void requireAdmin(Caller caller) {
        if (!caller.has(Role.ADMIN)) {
            throw ProblemException.forbidden("Derivation rules are master data: they need the admin role");
        }
    }

    private static String key(DerivationRule r) {
        return (r.planCode == null ? DerivationService.ANY_PLAN : r.planCode) + "/" + r.indicatorCode;
    }
}
