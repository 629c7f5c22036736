package id.sakip.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * Writes valid dataset files for a synthetic country (1 directorate general, N regional offices, M units each,
 * Y years) from the seed office's files as template, with a fixed random seed so that runs are comparable:
 * the same options always give the same bytes. See {@link GeneratorOptions#usage()}.
 */
public final class DatasetGenerator {

    private final GeneratorOptions options;
    private final Template template;
    private final Country country;

    DatasetGenerator(GeneratorOptions options, Template template) {
        this.options = options;
        this.template = template;
        this.country = Country.of(template.directorateGeneral(), options.regions(), options.unitsPerRegion());
    }

    public static void main(String[] args) {
        if (java.util.List.of(args).contains("--help") || java.util.List.of(args).contains("-h")) {
            System.out.println(GeneratorOptions.usage());
            return;
        }
        try {
            GeneratorOptions options = GeneratorOptions.parse(args);
            Result result = new DatasetGenerator(options, Template.read(options.template())).write();
            System.out.println("dataset-generator: wrote " + result.manifest().path("files") + " to "
                    + options.out().toAbsolutePath().normalize() + " (" + result.manifest().path("counts") + ")");
        } catch (IllegalArgumentException e) {
            System.err.println("dataset-generator: " + e.getMessage());
            System.exit(2);
        } catch (IOException | UncheckedIOException e) {
            System.err.println("dataset-generator: " + e.getMessage());
            System.exit(1);
        }
    }

    /** The generated files as JSON trees, before writing. */
    record Result(ObjectNode performance, ObjectNode budget, ObjectNode importFile, ObjectNode manifest) {
    }

    Result generate() {
        PerformanceFile performanceFile = new PerformanceFile(options, template, country);
        ObjectNode performance = performanceFile.build();
        ObjectNode budget = new BudgetFile(options, template, country, performanceFile).build();
        ObjectNode importFile = options.realizations() > 0 ? performanceFile.build(options.realizations()) : null;
        return new Result(performance, budget, importFile, manifest(performance, budget, importFile));
    }

    Result write() throws IOException {
        Result r = generate();
        Path out = options.out();
        Json.write(r.performance(), out.resolve("performance.json"));
        Json.write(r.budget(), out.resolve("budget.json"));
        if (r.importFile() != null) {
            Json.write(r.importFile(), out.resolve(importFileName(options.realizations())));
        }
        Json.write(r.manifest(), out.resolve("manifest.json"));
        return r;
    }

    static String importFileName(int realizations) {
        return "performance-import-" + realizations + ".json";
    }

    /** What the files hold, for the benchmark script: sizes, codes to query, counts per entity. */
    private ObjectNode manifest(ObjectNode performance, ObjectNode budget, ObjectNode importFile) {
        ObjectNode m = Json.object();
        m.put("generator", "id.sakip.benchmarks.DatasetGenerator");
        ObjectNode o = m.putObject("options");
        o.put("regions", options.regions());
        o.put("unitsPerRegion", options.unitsPerRegion());
        o.put("years", options.years());
        o.put("firstYear", options.firstYear());
        o.put("lastYear", options.lastYear());
        o.put("seed", options.seed());
        o.put("realizations", options.realizations());
        m.put("directorateGeneral", country.directorateGeneral());
        m.put("sampleRegion", country.regions().get(0).code());
        m.put("sampleUnit", country.units().get(0).code());
        ArrayNode regions = m.putArray("regions");
        country.regions().forEach(r -> regions.add(r.code()));
        ArrayNode files = m.putArray("files");
        files.add("performance.json");
        files.add("budget.json");
        ObjectNode counts = m.putObject("counts");
        counts.put("regionalOffices", country.regions().size());
        counts.put("technicalUnits", country.units().size());
        for (String field : new String[]{"workUnits", "plans", "agreements", "realizations"}) {
            counts.put(field, performance.path(field).size());
        }
        for (String field : new String[]{"schemes", "budgets", "revenues", "ikpa", "budgetPerformance"}) {
            counts.put(field, budget.path(field).size());
        }
        if (importFile != null) {
            String name = importFileName(options.realizations());
            files.add(name);
            ObjectNode i = m.putObject("importFile");
            i.put("file", name);
            i.put("realizations", importFile.path("realizations").size());
            i.put("agreements", importFile.path("agreements").size());
            i.put("workUnits", importFile.path("workUnits").size());
        }
        return m;
    }

    /** The {@code source} of the generated files: how to make them again. */
    static String source(GeneratorOptions o, Template template) {
        return "Synthetic country by id.sakip.benchmarks.DatasetGenerator --regions " + o.regions()
                + " --units-per-region " + o.unitsPerRegion() + " --years " + o.years() + " --first-year "
                + o.firstYear() + " --seed " + o.seed() + "; plans, indicators and schemes from: " + template.source();
    }

    Country country() {
        return country;
    }

    static JsonNode read(Path file) throws IOException {
        return Json.MAPPER.readTree(file.toFile());
    }
}
