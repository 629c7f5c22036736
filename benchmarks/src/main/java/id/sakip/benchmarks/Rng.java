package id.sakip.benchmarks;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.SplittableRandom;

/**
 * Deterministic random numbers for one named part of the dataset (a unit-year's budget, its realizations, …).
 * Every part gets its own stream derived from the run's seed and the part's key, so a figure does not change
 * when the options change other parts (the import-throughput file holds exactly the same rows as the full one).
 */
final class Rng {

    private final SplittableRandom random;

    private Rng(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** The stream of {@code key} under {@code seed}; {@link String#hashCode()} is specified, so this is stable. */
    static Rng of(long seed, String key) {
        long h = seed * 0x9E3779B97F4A7C15L;
        for (int i = 0; i < key.length(); i++) {
            h = (h ^ key.charAt(i)) * 0x100000001B3L;
        }
        return new Rng(h ^ (h >>> 29));
    }

    /** Uniform in {@code [min, max]}. */
    long between(long min, long max) {
        if (max < min) {
            throw new IllegalArgumentException(min + " > " + max);
        }
        return min + random.nextLong(max - min + 1);
    }

    int between(int min, int max) {
        return (int) between((long) min, max);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    /** Uniform fraction in {@code [min, max)}, for shares and ratios of generated amounts. */
    double fraction(double min, double max) {
        return min + random.nextDouble() * (max - min);
    }

    /** Uniform decimal in {@code [min, max]} with {@code scale} decimals (as printed in the sources). */
    BigDecimal decimal(String min, String max, int scale) {
        BigDecimal lo = new BigDecimal(min).setScale(scale, RoundingMode.HALF_UP);
        BigDecimal hi = new BigDecimal(max).setScale(scale, RoundingMode.HALF_UP);
        long steps = hi.subtract(lo).movePointRight(scale).longValueExact();
        return lo.add(BigDecimal.valueOf(between(0, steps), scale));
    }

    <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }
}
