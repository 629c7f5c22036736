package id.sakip.budget.score;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static id.sakip.budget.common.Numbers.SCALE;

/**
 * SMART budget performance score: the weighted mean of its components, where a derived component (the
 * efficiency score) comes from an entered value through the scheme's formula, e.g.
 * 9.7% absorption + 18.2% consistency + 43.5% output achievement + 28.6% (50 + clamp(E,±20)/20 × 50).
 */
public final class SmartCalculator {

    private SmartCalculator() {
    }

    public record Weight(String key, BigDecimal weight) {
    }

    public record Derivation(String key, String from, ClampFormula formula) {
    }

    /** Component values (derived ones computed) and the score; the score is null when a value is missing. */
    public record Result(Map<String, BigDecimal> values, BigDecimal score) {
    }

    public static Result compute(List<Weight> components, List<Derivation> derived, Map<String, BigDecimal> entered) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        boolean complete = true;
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal weights = BigDecimal.ZERO;
        for (Weight c : components) {
            Derivation d = derived.stream().filter(x -> x.key().equals(c.key())).findFirst().orElse(null);
            BigDecimal v;
            if (d != null) {
                BigDecimal input = entered.get(d.from());
                v = input == null ? null : d.formula().apply(input);
            } else {
                v = entered.get(c.key());
            }
            values.put(c.key(), v);
            BigDecimal w = c.weight() == null ? BigDecimal.ZERO : c.weight();
            if (v == null) {
                complete = complete && w.signum() == 0;
                continue;
            }
            sum = sum.add(v.multiply(w));
            weights = weights.add(w);
        }
        BigDecimal score = !complete || weights.signum() == 0 ? null : sum.divide(weights, SCALE, RoundingMode.HALF_UP);
        return new Result(values, score);
    }
}
