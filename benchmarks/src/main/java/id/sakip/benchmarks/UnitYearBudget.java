package id.sakip.benchmarks;

import java.util.List;

/**
 * The DIPA of one unit and year: initial and final ceiling by program, and the spending. Shared by the
 * agreement (its budget lines are the initial DIPA, as in the seed's signed PK) and the budget file.
 */
record UnitYearBudget(long initialCeiling, long ceiling, long realization, List<String> programs,
                      long[] initialByProgram, long[] finalByProgram) {

    /** Programs when the template's agreement names none. */
    static final List<String> DEFAULT_PROGRAMS = List.of("Program Penegakan dan Pelayanan Hukum",
            "Program Dukungan Manajemen");

    static UnitYearBudget of(long seed, String unit, int year, List<String> programs) {
        Rng rng = Rng.of(seed, "dipa|" + unit + "|" + year);
        long ceiling = rng.between(8_000_000L, 30_000_000L) * 1000;
        long initial = Math.round(ceiling * rng.fraction(0.86, 1.0) / 1000) * 1000;
        long realization = ceiling / 10_000 * rng.between(9_000, 9_950) + rng.between(0, 9_999);
        realization = Math.min(realization, ceiling);
        return new UnitYearBudget(initial, ceiling, realization, programs, byProgram(initial, programs.size(), rng),
                byProgram(ceiling, programs.size(), rng));
    }

    /** The first program (law enforcement and services) takes 12-20 %, the support programs share the rest. */
    private static long[] byProgram(long total, int programs, Rng rng) {
        double[] weights = new double[programs];
        if (programs == 1) {
            weights[0] = 1;
        } else {
            weights[0] = rng.fraction(0.12, 0.20);
            for (int i = 1; i < programs; i++) {
                weights[i] = (1 - weights[0]) / (programs - 1) * rng.fraction(0.8, 1.2);
            }
        }
        return Amounts.split(total, weights, 1000);
    }
}
