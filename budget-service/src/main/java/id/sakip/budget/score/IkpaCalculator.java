package id.sakip.budget.score;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static id.sakip.budget.common.Numbers.HUNDRED;
import static id.sakip.budget.common.Numbers.SCALE;

/**
 * IKPA (budget execution score): final = Σ(value × weight) / Σ(weights of the components that apply)
 * − reducers. A component applies when it has a value and a weight above 0 (2021: Renkas weighs 0, so
 * the 94.40 weighted total over 95 weight points gives 99.36). Aspect values are the plain mean of the
 * values of their applying components, as the Ministry of Finance's tables print them.
 */
public final class IkpaCalculator {

    private IkpaCalculator() {
    }

    public record Weight(String key, String aspect, BigDecimal weight) {
    }

    public record Reducer(String key, BigDecimal maxDeduction) {
    }

    /** weighted = value × weight / 100 per component; every figure unrounded. */
    public record Result(Map<String, BigDecimal> weighted, Set<String> applied, BigDecimal total,
                         BigDecimal applicableWeight, BigDecimal beforeReducers, BigDecimal reduction,
                         BigDecimal finalScore, Map<String, BigDecimal> aspects) {
    }

    public static Result compute(List<Weight> components, Map<String, BigDecimal> values, List<Reducer> reducers,
                                 Map<String, BigDecimal> reducerValues) {
        Map<String, BigDecimal> weighted = new LinkedHashMap<>();
        Set<String> applied = new LinkedHashSet<>();
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal applicableWeight = BigDecimal.ZERO;
        Map<String, List<BigDecimal>> byAspect = new LinkedHashMap<>();
        for (Weight c : components) {
            BigDecimal v = values.get(c.key());
            if (v == null) {
                continue;
            }
            BigDecimal w = c.weight() == null ? BigDecimal.ZERO : c.weight();
            BigDecimal product = v.multiply(w);
            weighted.put(c.key(), product.divide(HUNDRED, SCALE, RoundingMode.HALF_UP));
            if (w.signum() > 0) {
                applied.add(c.key());
                sum = sum.add(product);
                applicableWeight = applicableWeight.add(w);
                if (c.aspect() != null) {
                    byAspect.computeIfAbsent(c.aspect(), k -> new ArrayList<>()).add(v);
                }
            }
        }
        BigDecimal total = sum.divide(HUNDRED, SCALE, RoundingMode.HALF_UP);
        BigDecimal reduction = BigDecimal.ZERO;
        for (Reducer r : reducers) {
            BigDecimal v = reducerValues.get(r.key());
            if (v != null) {
                reduction = reduction.add(r.maxDeduction() == null ? v : v.min(r.maxDeduction()));
            }
        }
        BigDecimal before = applicableWeight.signum() == 0 ? null
                : sum.divide(applicableWeight, SCALE, RoundingMode.HALF_UP);
        BigDecimal finalScore = before == null ? null : before.subtract(reduction);
        Map<String, BigDecimal> aspects = new LinkedHashMap<>();
        byAspect.forEach((aspect, vs) -> aspects.put(aspect, vs.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(vs.size()), SCALE, RoundingMode.HALF_UP)));
        return new Result(weighted, applied, total, applicableWeight, before, reduction, finalScore, aspects);
    }
}
