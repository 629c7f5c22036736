package id.sakip.indicators.plan;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every plan with its objectives and indicators, loaded once per request: which plan covers a year,
 * an indicator by plan and code, and the {@code continues} chain of an indicator.
 */
public final class PlanCatalog {

    private final List<StrategicPlan> plans;
    private final Map<String, StrategicPlan> byCode = new HashMap<>();
    private final Map<String, Indicator> indicators = new HashMap<>();

    public PlanCatalog(List<StrategicPlan> plans) {
        this.plans = plans;
        for (StrategicPlan p : plans) {
            byCode.put(p.code, p);
            for (Objective o : p.objectives) {
                for (Indicator i : o.indicators) {
                    indicators.put(key(p.code, i.code), i);
                }
            }
        }
    }

    public static String key(String plan, String indicator) {
        return plan + "/" + indicator;
    }

    public List<StrategicPlan> plans() {
        return plans;
    }

    public Optional<StrategicPlan> plan(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** The plan covering a year (the latest-starting one when several do). */
    public Optional<StrategicPlan> covering(int year) {
        return plans.stream().filter(p -> p.covers(year)).reduce((a, b) -> b.startYear >= a.startYear ? b : a);
    }

    public Optional<Indicator> indicator(String plan, String code) {
        return Optional.ofNullable(indicators.get(key(plan, code)));
    }

    /** The indicator and every indicator it continues, newest first. */
    public List<Indicator> chain(Indicator start) {
        java.util.ArrayList<Indicator> out = new java.util.ArrayList<>();
        Indicator current = start;
        while (current != null && !out.contains(current)) {
            out.add(current);
            current = current.continuesPlan == null ? null
                    : indicators.get(key(current.continuesPlan, current.continuesIndicator));
        }
        return out;
    }
}
