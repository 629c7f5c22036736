package id.sakip.indicators.plan;

import id.sakip.indicators.plan.dto.PlanDoc;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Plans as documents, for validation: the stored plans overlaid with those of an incoming dataset, so a
 * file may define a plan and use it in the same import.
 */
public final class PlanIndex {

    private final Map<String, PlanDoc> plans = new LinkedHashMap<>();

    public PlanIndex(Collection<PlanDoc> stored, Collection<PlanDoc> incoming) {
        stored.forEach(p -> plans.put(p.code(), p));
        incoming.stream().filter(p -> p.code() != null).forEach(p -> plans.put(p.code(), p));
    }

    public Optional<PlanDoc> plan(String code) {
        return Optional.ofNullable(code == null ? null : plans.get(code));
    }

    /** The plan covering a year (the latest-starting one when several do). */
    public Optional<PlanDoc> covering(int year) {
        PlanDoc best = null;
        for (PlanDoc p : plans.values()) {
            if (covers(p, year) && (best == null || p.startYear() >= best.startYear())) {
                best = p;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The codes of the plans holding indicator {@code code} that pass {@code which}, in code order. */
    public List<String> holding(String code, Predicate<PlanDoc> which) {
        return plans.values().stream().filter(which).map(PlanDoc::code)
                .filter(p -> indicator(p, code).isPresent()).sorted().toList();
    }

    public static boolean covers(PlanDoc p, int year) {
        return p.startYear() != null && p.endYear() != null && p.startYear() <= year && year <= p.endYear();
    }

    public Optional<PlanDoc.IndicatorDoc> indicator(String plan, String code) {
        return plan(plan).flatMap(p -> p.objectives() == null ? Optional.empty() : p.objectives().stream()
                .filter(o -> o.indicators() != null).flatMap(o -> o.indicators().stream())
                .filter(i -> code != null && code.equals(i.code())).findFirst());
    }
}
