package id.sakip.benchmarks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Options of {@link DatasetGenerator}: the size of the synthetic country, the years, the random seed, the size of
 * the import-throughput file, where to write and which seed dataset to use as the template.
 */
record GeneratorOptions(int regions, int unitsPerRegion, int years, int firstYear, long seed, int realizations,
                        Path out, Path template) {

    static final int DEFAULT_REGIONS = 33;
    static final int DEFAULT_UNITS_PER_REGION = 5;
    static final int DEFAULT_YEARS = 5;
    static final int DEFAULT_FIRST_YEAR = 2020;
    static final long DEFAULT_SEED = 42;
    static final int DEFAULT_REALIZATIONS = 10_000;

    GeneratorOptions {
        if (regions < 1 || regions > 99) {
            throw new IllegalArgumentException("--regions must be 1-99 (unit codes are 7RRUUU), not " + regions);
        }
        if (unitsPerRegion < 1 || unitsPerRegion > 999) {
            throw new IllegalArgumentException("--units-per-region must be 1-999, not " + unitsPerRegion);
        }
        if (years < 1 || years > 30) {
            throw new IllegalArgumentException("--years must be 1-30, not " + years);
        }
        if (firstYear < 2000 || firstYear + years - 1 > 2100) {
            throw new IllegalArgumentException("--first-year must keep every year within 2000-2100");
        }
        if (realizations < 0) {
            throw new IllegalArgumentException("--realizations must not be negative");
        }
    }

    int lastYear() {
        return firstYear + years - 1;
    }

    static GeneratorOptions defaults(Path out, Path template) {
        return new GeneratorOptions(DEFAULT_REGIONS, DEFAULT_UNITS_PER_REGION, DEFAULT_YEARS, DEFAULT_FIRST_YEAR,
                DEFAULT_SEED, DEFAULT_REALIZATIONS, out, template);
    }

    /** Parses {@code --name value} or {@code --name=value}; unknown options are an error. */
    static GeneratorOptions parse(String... args) {
        int regions = DEFAULT_REGIONS;
        int units = DEFAULT_UNITS_PER_REGION;
        int years = DEFAULT_YEARS;
        int firstYear = DEFAULT_FIRST_YEAR;
        long seed = DEFAULT_SEED;
        int realizations = DEFAULT_REALIZATIONS;
        Path out = Path.of("target/generated-data");
        Path template = null;
        List<String> list = new ArrayList<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                list.add(arg.substring(0, eq));
                list.add(arg.substring(eq + 1));
            } else {
                list.add(arg);
            }
        }
        for (int i = 0; i < list.size(); i++) {
            String name = list.get(i);
            if (!name.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument '" + name + "' (see --help)");
            }
            if (i + 1 >= list.size()) {
                throw new IllegalArgumentException(name + " needs a value");
            }
            String value = list.get(++i);
            switch (name) {
                case "--regions" -> regions = number(name, value);
                case "--units-per-region" -> units = number(name, value);
                case "--years" -> years = number(name, value);
                case "--first-year" -> firstYear = number(name, value);
                case "--seed" -> seed = longNumber(name, value);
                case "--realizations" -> realizations = number(name, value);
                case "--out" -> out = Path.of(value);
                case "--template" -> template = Path.of(value);
                default -> throw new IllegalArgumentException("unknown option " + name + " (see --help)");
            }
        }
        return new GeneratorOptions(regions, units, years, firstYear, seed, realizations, out,
                template != null ? template : findTemplate());
    }

    /** {@code demo-data/kanim-tanjungpinang} of the project, found from the working directory upwards. */
    static Path findTemplate() {
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            Path candidate = d.resolve("demo-data/kanim-tanjungpinang");
            if (candidate.resolve("performance.json").toFile().isFile()) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("cannot find demo-data/kanim-tanjungpinang from the working directory;"
                + " pass --template DIR");
    }

    static String usage() {
        return String.join("\n",
                "Usage: java -jar benchmarks/target/benchmarks.jar [options]",
                "",
                "Writes a synthetic country as dataset files: DIR/performance.json (sakip-performance-dataset/1),",
                "DIR/budget.json (sakip-budget-dataset/1), DIR/performance-import-N.json (the first N realizations",
                "with what they need, for the import-throughput measurement) and DIR/manifest.json.",
                "",
                "  --regions N            regional offices (default 33)",
                "  --units-per-region N   technical units per office (default 5)",
                "  --years N              years of data (default 5)",
                "  --first-year YEAR      first year (default 2020)",
                "  --seed N               random seed; the same options give the same bytes (default 42)",
                "  --realizations N       realizations in the import-throughput file, 0 for none (default 10000)",
                "  --out DIR              output directory (default target/generated-data)",
                "  --template DIR         seed dataset: plans, indicators, schemes (default demo-data/kanim-tanjungpinang)");
    }

    private static int number(String name, String value) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, not '" + value + "'");
        }
    }

    private static long longNumber(String name, String value) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, not '" + value + "'");
        }
    }
}
