package id.sakip.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The generated files: repeatable, sized as asked, referentially sound, and shaped like the seed files. */
class DatasetGeneratorTest {

    /** The seed files are the template and the reference for field names. */
    static final Path SEED = Path.of("../demo-data/kanim-tanjungpinang");
    /** The seed plan 2020-2024: four RATIO indicators (quarterly) and one VALUE indicator (FY) per unit-year. */
    static final int REALIZATIONS_PER_UNIT_YEAR = 4 * 4 + 1;
    /** Units above the technical units in the seed: 2 ministries, 2 DGs, 2 regional offices. */
    static final int SEED_UNITS_ABOVE_TECHNICAL = 6;

    static Template template;
    static DatasetGenerator.Result national;

    @BeforeAll
    static void generateTheDefaultCountry() throws IOException {
        template = Template.read(SEED);
        national = new DatasetGenerator(GeneratorOptions.defaults(Path.of("unused"), SEED), template).generate();
    }

    private static DatasetGenerator.Result small(long seed, int realizations) {
        return new DatasetGenerator(new GeneratorOptions(4, 3, 5, 2020, seed, realizations, Path.of("unused"), SEED),
                template).generate();
    }

    @Test
    void theSameSeedGivesIdenticalBytes(@TempDir Path dir) throws IOException {
        for (String run : List.of("a", "b")) {
            new DatasetGenerator(new GeneratorOptions(4, 3, 5, 2020, 42, 100, dir.resolve(run), SEED), template).write();
        }
        for (String file : List.of("performance.json", "budget.json", "performance-import-100.json", "manifest.json")) {
            byte[] a = Files.readAllBytes(dir.resolve("a").resolve(file));
            byte[] b = Files.readAllBytes(dir.resolve("b").resolve(file));
            assertTrue(a.length > 0, file);
            assertArrayEquals(a, b, file + " differs between two runs with the same seed");
        }
    }

    @Test
    void anotherSeedGivesOtherFigures() {
        assertFalse(small(42, 0).performance().path("realizations")
                .equals(small(43, 0).performance().path("realizations")));
        assertFalse(small(42, 0).budget().path("budgets").equals(small(43, 0).budget().path("budgets")));
    }

    @Test
    void theDefaultCountryHas33OfficesAnd165UnitsOver5Years() {
        JsonNode p = national.performance();
        assertEquals(33, count(p.path("workUnits"), "REGIONAL_OFFICE") - 1, "33 offices plus the seed's 2025 office");
        assertEquals(165, count(p.path("workUnits"), "TECHNICAL_UNIT"));
        assertEquals(165 * 5, p.path("agreements").size());
        assertEquals(165 * 5 * REALIZATIONS_PER_UNIT_YEAR, p.path("realizations").size());
        assertEquals(165 * 5, national.budget().path("budgets").size());
        assertEquals(165 * 5, national.budget().path("revenues").size());
        assertEquals(165 * 4, national.budget().path("ikpa").size(), "IKPA schemes start in 2021");
        assertEquals(10_000, national.importFile().path("realizations").size());
        assertEquals("DJIM", national.manifest().path("directorateGeneral").asText());
        assertEquals(165, national.manifest().path("counts").path("technicalUnits").asInt());
    }

    @Test
    void countsFollowTheOptions() {
        DatasetGenerator.Result r = small(7, 100);
        JsonNode p = r.performance();
        int units = 4 * 3;
        assertEquals(SEED_UNITS_ABOVE_TECHNICAL + 3 + units, p.path("workUnits").size(),
                "the first office is the seed's KANWIL-KEPRI, so 3 new offices");
        assertEquals(units, count(p.path("workUnits"), "TECHNICAL_UNIT"));
        assertEquals(units * 5, p.path("agreements").size());
        assertEquals(units * 5 * REALIZATIONS_PER_UNIT_YEAR, p.path("realizations").size());
        assertEquals(units * 5, r.budget().path("budgets").size());
        assertEquals(2, p.path("plans").size());
        assertEquals(5, r.budget().path("schemes").size());
        assertEquals(100, r.importFile().path("realizations").size());
        // 100 rows = 5 full unit-years of 17 and 15 rows of the 6th
        assertEquals(6, r.importFile().path("agreements").size());
        assertEquals(r.performance().path("realizations").get(99), r.importFile().path("realizations").get(99),
                "the import file holds the same rows as the full file");
    }

    @Test
    void anImportFileLargerThanTheCountryIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> small(1, 1_000_000));
        assertTrue(e.getMessage().contains("raise --regions"), e.getMessage());
    }

    @Test
    void everyUnitReferencesExistingParentsUpToTheDirectorateGeneral() {
        JsonNode p = national.performance();
        Map<String, JsonNode> units = new HashMap<>();
        for (JsonNode u : p.path("workUnits")) {
            assertNull(units.put(u.path("code").asText(), u), "duplicate " + u.path("code"));
        }
        for (JsonNode u : p.path("workUnits")) {
            String parent = u.path("parent").asText(null);
            if (parent != null) {
                assertTrue(units.containsKey(parent), u.path("code") + " → unknown parent " + parent);
            }
            for (JsonNode h : u.path("parentHistory")) {
                assertTrue(units.containsKey(h.path("parent").asText()), u.path("code") + " → " + h);
            }
            if ("TECHNICAL_UNIT".equals(u.path("type").asText())) {
                assertTrue(u.path("code").asText().matches("7\\d{5}"), u.path("code").asText());
                JsonNode office = units.get(parent);
                assertEquals("REGIONAL_OFFICE", office.path("type").asText());
                assertEquals("DJIM", office.path("parent").asText());
            }
        }
        for (String list : List.of("agreements", "realizations")) {
            for (JsonNode row : p.path(list)) {
                assertTrue(units.containsKey(row.path("workUnit").asText()), list + ": " + row.path("workUnit"));
            }
        }
        for (String list : List.of("budgets", "revenues", "ikpa", "budgetPerformance")) {
            for (JsonNode row : national.budget().path(list)) {
                assertTrue(units.containsKey(row.path("workUnit").asText()), list + ": " + row.path("workUnit"));
            }
        }
        long belowKepri = units.values().stream().filter(u -> "KANWIL-KEPRI".equals(u.path("parent").asText())
                && "TECHNICAL_UNIT".equals(u.path("type").asText())).count();
        assertEquals(5, belowKepri, "5 units below the realm's KANWIL-KEPRI");
    }

    @Test
    void realizationsAreValidForTheirIndicators() {
        JsonNode p = national.performance();
        Map<String, JsonNode> indicators = new HashMap<>();
        for (JsonNode plan : p.path("plans")) {
            for (Template.PlanIndicator pi : Template.indicators(plan)) {
                indicators.put(plan.path("code").asText() + "/" + pi.code(), pi.indicator());
            }
        }
        Map<String, String> planOfUnitYear = new HashMap<>();
        for (JsonNode a : p.path("agreements")) {
            planOfUnitYear.put(a.path("workUnit").asText() + "/" + a.path("year").asInt(), a.path("plan").asText());
            assertEquals(5, a.path("targets").size());
        }
        Map<String, Set<String>> periods = new HashMap<>();
        int zeroDenominators = 0;
        for (JsonNode r : p.path("realizations")) {
            String plan = planOfUnitYear.get(r.path("workUnit").asText() + "/" + r.path("year").asInt());
            assertNotNull(plan, "no agreement for " + r);
            JsonNode indicator = indicators.get(plan + "/" + r.path("indicator").asText());
            assertNotNull(indicator, "unknown indicator in " + r);
            if ("RATIO".equals(indicator.path("kind").asText())) {
                assertTrue(r.path("numerator").isIntegralNumber() && r.path("denominator").isIntegralNumber(), r + "");
                long n = r.path("numerator").asLong();
                long d = r.path("denominator").asLong();
                assertTrue(n >= 0 && d >= 0 && n <= d, "numerator ≤ denominator: " + r);
                assertFalse(r.has("value"), r + "");
                assertTrue(r.path("period").asText().matches("Q[1-4]"), r + "");
                if (d == 0) {
                    zeroDenominators++;
                }
            } else {
                BigDecimal v = r.path("value").decimalValue();
                assertTrue(v.compareTo(new BigDecimal("3")) >= 0 && v.compareTo(new BigDecimal("4")) <= 0, r + "");
                assertTrue(v.compareTo(indicator.path("scale").path("max").decimalValue()) <= 0, r + "");
                assertEquals("FY", r.path("period").asText());
                assertFalse(r.has("numerator") || r.has("denominator"), r + "");
            }
            String key = r.path("workUnit").asText() + "/" + r.path("year") + "/" + r.path("indicator").asText();
            assertTrue(periods.computeIfAbsent(key, k -> new HashSet<>()).add(r.path("period").asText()),
                    "duplicate " + r);
        }
        for (Map.Entry<String, Set<String>> e : periods.entrySet()) {
            assertFalse(e.getValue().contains("FY") && e.getValue().size() > 1, "FY mixed with quarters: " + e);
        }
        assertTrue(zeroDenominators > 0, "rare cases leave quarters with nothing handled (not applicable)");
    }

    @Test
    void budgetBreakdownsAddUpToTheirTotals() {
        Map<String, JsonNode> agreements = new HashMap<>();
        for (JsonNode a : national.performance().path("agreements")) {
            agreements.put(a.path("workUnit").asText() + "/" + a.path("year").asInt(), a);
        }
        for (JsonNode b : national.budget().path("budgets")) {
            long ceiling = b.path("ceiling").asLong();
            long realization = b.path("realization").asLong();
            assertTrue(realization > 0 && realization <= ceiling, b.path("workUnit") + "");
            for (String breakdown : List.of("bySpendingType", "byIndicator", "monthly")) {
                String ceilingField = breakdown.equals("monthly") ? "planned" : "ceiling";
                assertEquals(ceiling, sum(b.path(breakdown), ceilingField), breakdown);
                assertEquals(realization, sum(b.path(breakdown), "realization"), breakdown);
                for (JsonNode line : b.path(breakdown)) {
                    assertTrue(line.path("realization").asLong() <= line.path(ceilingField).asLong(), line + "");
                }
            }
            assertEquals(ceiling, sum(b.path("byFundingSource"), "ceiling"));
            JsonNode revisions = b.path("revisions");
            for (JsonNode r : revisions) {
                assertEquals(r.path("ceiling").asLong(), sum(r.path("byProgram"), "ceiling"));
            }
            assertEquals(ceiling, revisions.get(revisions.size() - 1).path("ceiling").asLong());
            JsonNode pk = agreements.get(b.path("workUnit").asText() + "/" + b.path("year").asInt());
            assertEquals(revisions.get(0).path("ceiling").asLong(), sum(pk.path("budget"), "amount"),
                    "the signed PK carries the initial DIPA");
            assertEquals(Amounts.percent(realization, ceiling), b.path("reported").get(0).path("value").decimalValue());
        }
        for (JsonNode r : national.budget().path("revenues")) {
            long total = 0;
            for (JsonNode a : r.path("accounts")) {
                long computed = a.path("mpnTax").asLong() + a.path("mpnNonTax").asLong() + a.path("biTax").asLong()
                        + a.path("biNonTax").asLong() + a.path("spmDeduction").asLong() - a.path("refund").asLong();
                assertEquals(computed, a.path("reportedRealization").asLong());
                total += computed;
            }
            assertEquals(total, r.path("reportedTotals").path("realization").asLong());
            assertTrue(r.path("target").asLong() > 0);
        }
    }

    @Test
    void scoresUseTheSchemeValidInTheirYearWithItsComponents() {
        for (JsonNode e : national.budget().path("ikpa")) {
            JsonNode scheme = template.scheme(e.path("scheme").asText()).orElseThrow();
            int year = e.path("year").asInt();
            assertEquals(scheme, template.schemeValidIn("IKPA", year).orElseThrow());
            assertEquals(keys(scheme.path("components")), keys(e.path("components")));
            for (JsonNode c : e.path("components")) {
                BigDecimal v = c.path("value").decimalValue();
                assertTrue(v.signum() >= 0 && v.compareTo(BigDecimal.valueOf(100)) <= 0, c + "");
            }
        }
        Set<String> schemes = new TreeSet<>();
        for (JsonNode e : national.budget().path("budgetPerformance")) {
            schemes.add(e.path("scheme").asText() + "@" + e.path("year").asInt());
        }
        assertTrue(schemes.contains("SMART-2021@2021") && schemes.contains("SMART-2021@2023"), schemes + "");
        assertTrue(schemes.contains("PLANNING-2024@2024") && schemes.contains("NKA-2021@2024"), schemes + "");
        assertFalse(schemes.contains("SMART-2021@2024") || schemes.contains("SMART-2021@2020"), schemes + "");
    }

    /**
     * Every field the generator writes is one the seed files use at the same place (DATASET-FORMAT.md: the seed is
     * the reference for field names), except the monthly breakdown, which the seed lacks but the format and
     * budget-service's parser define ({@code budgets[].monthly[]: month, planned, realization}).
     */
    @Test
    void fieldNamesFollowTheSeedFiles() throws IOException {
        Set<String> allowed = new TreeSet<>();
        collect(Json.MAPPER.readTree(SEED.resolve("performance.json").toFile()), "", allowed);
        collect(Json.MAPPER.readTree(SEED.resolve("budget.json").toFile()), "", allowed);
        allowed.addAll(List.of("/budgets[]/monthly", "/budgets[]/monthly[]/month", "/budgets[]/monthly[]/planned",
                "/budgets[]/monthly[]/realization"));
        Set<String> generated = new TreeSet<>();
        collect(national.performance(), "", generated);
        collect(national.budget(), "", generated);
        generated.removeAll(allowed);
        assertEquals(Set.of(), generated, "fields the seed files do not use");
    }

    @Test
    void optionsAreParsedAndCheckedForMistakes() {
        GeneratorOptions o = GeneratorOptions.parse("--regions", "2", "--units-per-region=4", "--seed", "9",
                "--realizations", "0", "--out", "x", "--template", SEED.toString());
        assertEquals(2, o.regions());
        assertEquals(4, o.unitsPerRegion());
        assertEquals(9, o.seed());
        assertEquals(2024, o.lastYear());
        assertThrows(IllegalArgumentException.class, () -> GeneratorOptions.parse("--region", "2"));
        assertThrows(IllegalArgumentException.class, () -> GeneratorOptions.parse("--regions", "many"));
        assertThrows(IllegalArgumentException.class, () -> GeneratorOptions.parse("--regions", "0"));
        assertThrows(IllegalArgumentException.class, () -> GeneratorOptions.parse("--years"));
    }

    private static void assertNull(Object o, String message) {
        assertEquals(null, o, message);
    }

    private static long count(JsonNode units, String type) {
        long n = 0;
        for (JsonNode u : units) {
            if (type.equals(u.path("type").asText())) {
                n++;
            }
        }
        return n;
    }

    private static long sum(JsonNode lines, String field) {
        long s = 0;
        for (JsonNode l : lines) {
            s += l.path(field).asLong();
        }
        return s;
    }

    private static Set<String> keys(JsonNode items) {
        Set<String> keys = new TreeSet<>();
        items.forEach(i -> keys.add(i.path("key").asText()));
        return keys;
    }

    /** JSON paths of every field, arrays as {@code []}; free-form maps (aspects, inputs …) by their own keys. */
    private static void collect(JsonNode node, String path, Set<String> out) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                String p = path + "/" + f.getKey();
                out.add(p);
                if (!path.endsWith("/registers")) {
                    collect(f.getValue(), p, out);
                }
            }
        } else if (node.isArray()) {
            for (JsonNode item : node) {
                collect(item, path + "[]", out);
            }
        }
    }
}
