package id.sakip.indicators.plan;

import id.sakip.indicators.common.Errors;
import id.sakip.indicators.plan.dto.PlanDoc;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Content rules of plans (a dataset's {@code plans[]} and {@code PUT /api/v1/plans/{code}}), all problems at once. */
public final class PlanRules {

    private static final Set<String> LEVELS = Set.of("STRATEGIC", "PROGRAM", "ACTIVITY");
    private static final Set<String> KINDS = Set.of("RATIO", "VALUE");
    private static final Set<String> POLARITIES = Set.of("HIGHER_IS_BETTER", "LOWER_IS_BETTER");
    private static final Set<String> AGGREGATIONS = Set.of("SUM", "LAST", "AVERAGE");
    private static final Set<String> FORMULAS = Set.of("DIFFERENCE", "INVERSE");

    private PlanRules() {
    }

    /**
     * Checks {@code plans} (each at its pointer) against each other and the {@code stored} plans: codes, names,
     * years, objectives, indicators (kind, polarity, aggregation, scale, {@code continues}, medium-term targets).
     */
    public static void check(List<PlanDoc> plans, List<String> pointers, List<PlanDoc> stored, Errors errors) {
        Set<String> indicatorKeys = new HashSet<>();
        for (PlanDoc s : stored) {
            for (PlanDoc.ObjectiveDoc o : s.objectives()) {
                o.indicators().forEach(i -> indicatorKeys.add(s.code() + "/" + i.code()));
            }
        }
        for (PlanDoc plan : plans) {
            if (plan.code() != null && plan.objectives() != null) {
                // Replace stored indicators of a plan the file redefines.
                indicatorKeys.removeIf(k -> k.startsWith(plan.code() + "/"));
                for (PlanDoc.ObjectiveDoc o : plan.objectives()) {
                    if (o != null && o.indicators() != null) {
                        o.indicators().stream().filter(Objects::nonNull)
                                .forEach(i -> indicatorKeys.add(plan.code() + "/" + i.code()));
                    }
                }
            }
        }
        Set<String> planCodes = new HashSet<>();
        for (int n = 0; n < plans.size(); n++) {
            PlanDoc plan = plans.get(n);
            String ptr = pointers.get(n);
            if (plan.code() == null || plan.code().isBlank()) {
                errors.add(ptr + "/code", "code is required");
            } else if (!planCodes.add(plan.code())) {
                errors.add(ptr + "/code", "duplicate plan " + plan.code());
            }
            if (plan.name() == null || plan.name().isBlank()) {
                errors.add(ptr + "/name", "name is required");
            }
            if (plan.startYear() == null || plan.endYear() == null || plan.endYear() < plan.startYear()) {
                errors.add(ptr + "/endYear", "startYear and endYear are required, startYear ≤ endYear");
            }
            if (plan.objectives() == null || plan.objectives().isEmpty()) {
                errors.add(ptr + "/objectives", "at least one objective is required");
                continue;
            }
            Set<String> objectiveCodes = new HashSet<>();
            plan.objectives().stream().filter(Objects::nonNull).map(PlanDoc.ObjectiveDoc::code)
                    .filter(Objects::nonNull).forEach(objectiveCodes::add);
            Set<String> seenObjectives = new HashSet<>();
            Set<String> seenIndicators = new HashSet<>();
            for (int j = 0; j < plan.objectives().size(); j++) {
                PlanDoc.ObjectiveDoc o = plan.objectives().get(j);
                String op = ptr + "/objectives/" + j;
                if (o == null || o.code() == null) {
                    errors.add(op + "/code", "code is required");
                    continue;
                }
                if (!seenObjectives.add(o.code())) {
                    errors.add(op + "/code", "duplicate objective " + o.code());
                }
                if (o.name() == null || o.name().isBlank()) {
                    errors.add(op + "/name", "name is required");
                }
                if (o.level() == null || !LEVELS.contains(o.level())) {
                    errors.add(op + "/level", "level must be STRATEGIC, PROGRAM or ACTIVITY");
                }
                if (o.parent() != null && !objectiveCodes.contains(o.parent())) {
                    errors.add(op + "/parent", "unknown objective " + o.parent() + " in plan " + plan.code());
                }
                List<PlanDoc.IndicatorDoc> inds = o.indicators() == null ? List.of() : o.indicators();
                for (int k = 0; k < inds.size(); k++) {
                    validateIndicator(plan, inds.get(k), op + "/indicators/" + k, seenIndicators, indicatorKeys,
                            errors);
                }
            }
        }
    }

    private static void validateIndicator(PlanDoc plan, PlanDoc.IndicatorDoc i, String ip, Set<String> seen,
                                   Set<String> indicatorKeys, Errors errors) {
        if (i == null || i.code() == null) {
            errors.add(ip + "/code", "code is required");
            return;
        }
        if (!seen.add(i.code())) {
            errors.add(ip + "/code", "duplicate indicator " + i.code() + " in plan " + plan.code());
        }
        if (i.name() == null || i.name().isBlank()) {
            errors.add(ip + "/name", "name is required");
        }
        if (i.kind() == null || !KINDS.contains(i.kind())) {
            errors.add(ip + "/kind", "kind must be RATIO or VALUE");
        }
        if (i.unit() == null || i.unit().isBlank()) {
            errors.add(ip + "/unit", "unit is required (PERCENT, INDEX, …)");
        }
        if (i.polarity() == null || !POLARITIES.contains(i.polarity())) {
            errors.add(ip + "/polarity", "polarity must be HIGHER_IS_BETTER or LOWER_IS_BETTER");
        }
        if (i.lowerIsBetterFormula() != null && !FORMULAS.contains(i.lowerIsBetterFormula())) {
            errors.add(ip + "/lowerIsBetterFormula", "must be DIFFERENCE or INVERSE");
        }
        if (i.yearAggregation() == null || !AGGREGATIONS.contains(i.yearAggregation())) {
            errors.add(ip + "/yearAggregation", "yearAggregation must be SUM, LAST or AVERAGE");
        } else if ("RATIO".equals(i.kind()) && "AVERAGE".equals(i.yearAggregation())) {
            errors.add(ip + "/yearAggregation", "a RATIO indicator sums (SUM) or takes the latest (LAST) figures");
        }
        if (i.scale() != null && i.scale().min() != null && i.scale().max() != null
                && i.scale().max().compareTo(i.scale().min()) < 0) {
            errors.add(ip + "/scale", "max is below min");
        }
        if (i.continues() != null) {
            int slash = i.continues().lastIndexOf('/');
            if (slash <= 0 || !indicatorKeys.contains(i.continues())) {
                errors.add(ip + "/continues", "unknown indicator " + i.continues() + " (PLAN/INDICATOR)");
            } else if (i.continues().equals(plan.code() + "/" + i.code())) {
                errors.add(ip + "/continues", "an indicator cannot continue itself");
            }
        }
        List<PlanDoc.MediumTermTargetDoc> targets = i.mediumTermTargets() == null ? List.of() : i.mediumTermTargets();
        Set<Integer> years = new HashSet<>();
        for (int t = 0; t < targets.size(); t++) {
            PlanDoc.MediumTermTargetDoc mt = targets.get(t);
            String tp = ip + "/mediumTermTargets/" + t;
            if (mt == null || mt.target() == null) {
                errors.add(tp + "/target", "target is required");
                continue;
            }
            if (plan.startYear() != null && plan.endYear() != null
                    && (mt.year() < plan.startYear() || mt.year() > plan.endYear())) {
                errors.add(tp + "/year", mt.year() + " is outside the plan's years");
            }
            if (!years.add(mt.year())) {
                errors.add(tp + "/year", "duplicate year " + mt.year());
            }
            errors.nonNegative(mt.target(), tp + "/target");
        }
    }
}
