package id.sakip.benchmarks;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Whole-rupiah helpers: splitting a total into parts that add up exactly, and printed percentages. */
final class Amounts {

    private Amounts() {
    }

    /**
     * Splits {@code total} in proportion to {@code weights} into whole amounts (multiples of {@code unit}
     * where possible) that add up to {@code total} exactly; the rounding remainder goes to the largest part.
     */
    static long[] split(long total, double[] weights, long unit) {
        double sum = 0;
        for (double w : weights) {
            if (w < 0) {
                throw new IllegalArgumentException("negative weight");
            }
            sum += w;
        }
        long[] parts = new long[weights.length];
        long assigned = 0;
        int largest = 0;
        for (int i = 0; i < weights.length; i++) {
            parts[i] = sum == 0 ? 0 : (long) Math.floor(total * (weights[i] / sum) / unit) * unit;
            assigned += parts[i];
            if (weights[i] > weights[largest]) {
                largest = i;
            }
        }
        parts[largest] += total - assigned;
        return parts;
    }

    /**
     * Splits a realization over lines with the given ceilings: each line gets an absorption near
     * {@code realization / ceiling}, never more than its ceiling, and the lines add up to {@code realization}.
     */
    static long[] splitRealization(long realization, long[] ceilings, Rng rng) {
        long total = 0;
        for (long c : ceilings) {
            total += c;
        }
        if (realization > total) {
            throw new IllegalArgumentException("realization above the ceiling");
        }
        double[] weights = new double[ceilings.length];
        for (int i = 0; i < ceilings.length; i++) {
            weights[i] = ceilings[i] * rng.fraction(0.93, 1.0);
        }
        long[] parts = split(realization, weights, 1);
        for (int i = 0; i < parts.length; i++) {
            if (parts[i] > ceilings[i] || parts[i] < 0) {
                return proportional(realization, ceilings, total);
            }
        }
        return parts;
    }

    private static long[] proportional(long realization, long[] ceilings, long total) {
        long[] parts = new long[ceilings.length];
        long assigned = 0;
        for (int i = 0; i < ceilings.length; i++) {
            parts[i] = BigDecimal.valueOf(realization).multiply(BigDecimal.valueOf(ceilings[i]))
                    .divide(BigDecimal.valueOf(total), 0, RoundingMode.DOWN).longValueExact();
            assigned += parts[i];
        }
        for (int i = 0; assigned < realization; i = (i + 1) % parts.length) {
            if (parts[i] < ceilings[i]) {
                parts[i]++;
                assigned++;
            }
        }
        return parts;
    }

    /** {@code part / whole × 100}, half-up to two decimals, as the sources print it; null when whole is 0. */
    static BigDecimal percent(long part, long whole) {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }

    static BigDecimal round2(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }
}
