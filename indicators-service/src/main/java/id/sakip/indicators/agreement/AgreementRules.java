package id.sakip.indicators.agreement;

import id.sakip.indicators.agreement.dto.AgreementInput;
import id.sakip.indicators.common.Errors;
import id.sakip.indicators.plan.PlanIndex;
import id.sakip.indicators.plan.dto.PlanDoc;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;

/** Content rules of an agreement revision: known unit and plan, targets only for indicators of that plan. */
public final class AgreementRules {

    public static final Set<String> STATUSES = Set.of(PerformanceAgreement.DRAFT, PerformanceAgreement.SIGNED);

    private AgreementRules() {
    }

    /** {@code fromDataset}: revision and status come from the file and are required. */
    public static void check(AgreementInput a, String ptr, PlanIndex plans, Predicate<String> unitExists,
                             boolean fromDataset, Errors errors) {
        if (a.workUnit() == null || a.workUnit().isBlank()) {
            errors.add(ptr + "/workUnit", "workUnit is required");
        } else if (!unitExists.test(a.workUnit())) {
            errors.add(ptr + "/workUnit", "unknown work unit " + a.workUnit());
        }
        if (a.year() == null || a.year() < 2000 || a.year() > 2100) {
            errors.add(ptr + "/year", "year is required (2000-2100)");
        }
        PlanDoc plan = null;
        if (a.plan() == null) {
            if (fromDataset) {
                errors.add(ptr + "/plan", "plan is required");
            } else if (a.year() != null) {
                plan = plans.covering(a.year()).orElse(null);
                if (plan == null) {
                    errors.add(ptr + "/plan", "no plan covers " + a.year() + "; name the plan");
                }
            }
        } else {
            plan = plans.plan(a.plan()).orElse(null);
            if (plan == null) {
                errors.add(ptr + "/plan", "unknown plan " + a.plan());
            } else if (a.year() != null && (a.year() < plan.startYear() || a.year() > plan.endYear())) {
                errors.add(ptr + "/plan", "plan " + plan.code() + " covers " + plan.startYear() + "-" + plan.endYear()
                        + ", not " + a.year());
            }
        }
        if (fromDataset) {
            if (a.revision() == null || a.revision() < 1) {
                errors.add(ptr + "/revision", "revision is required (1, 2, …)");
            }
            if (a.status() == null || !STATUSES.contains(a.status())) {
                errors.add(ptr + "/status", "status must be DRAFT or SIGNED");
            }
        }
        if (a.targets() == null || a.targets().isEmpty()) {
            errors.add(ptr + "/targets", "at least one target is required");
        } else {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < a.targets().size(); i++) {
                AgreementInput.TargetInput t = a.targets().get(i);
                String tp = ptr + "/targets/" + i;
                if (t == null || t.indicator() == null) {
                    errors.add(tp + "/indicator", "indicator is required");
                    continue;
                }
                if (!seen.add(t.indicator())) {
                    errors.add(tp + "/indicator", "duplicate target for " + t.indicator());
                }
                if (plan != null && plans.indicator(plan.code(), t.indicator()).isEmpty()) {
                    errors.add(tp + "/indicator", t.indicator() + " is not an indicator of plan " + plan.code());
                }
                if (t.target() == null) {
                    errors.add(tp + "/target", "target is required");
                } else if (t.target().signum() < 0) {
                    errors.add(tp + "/target", "must not be negative");
                }
            }
        }
        if (a.budget() != null) {
            for (int i = 0; i < a.budget().size(); i++) {
                AgreementInput.BudgetLineDoc b = a.budget().get(i);
                String bp = ptr + "/budget/" + i;
                if (b == null || b.program() == null || b.program().isBlank()) {
                    errors.add(bp + "/program", "program is required");
                    continue;
                }
                if (b.amount() == null) {
                    errors.add(bp + "/amount", "amount is required (whole rupiah)");
                } else if (b.amount() < 0) {
                    errors.add(bp + "/amount", "must not be negative");
                }
            }
        }
    }
}
