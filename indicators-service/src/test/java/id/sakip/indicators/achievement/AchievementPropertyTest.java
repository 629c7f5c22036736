package id.sakip.indicators.achievement;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.sakip.indicators.support.TestData;
import id.sakip.testsupport.EmbeddedPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestIdentityAssociation;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;
import net.jqwik.api.sessions.JqwikSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Generated offices against an independent model (issue 15): each try makes a Kanwil with units, two plans covering
 * the same year that share some indicator codes (RATIO and VALUE, both polarities and both lower-is-better formulas,
 * SUM / LAST / AVERAGE), signed agreements with targets (some missing, some 0), quarterly figures with missing
 * quarters, zero denominators and FY-only entries; imports it through the API and compares every indicator's
 * figures, achievement and year-to-date quarters, every objective and overall average and the computed benchmark
 * (per plan and indicator, over the units holding it) with {@link Model}, written here from DOMAIN.md and not calling
 * the engine.
 * <p>
 * The data come from jqwik {@link Arbitraries} drawn with a fixed seed inside this {@code @QuarkusTest}, in a
 * {@link JqwikSession} (jqwik's own {@code @Property} runs on its own engine, outside Quarkus' test extension, so it
 * could not reach the started application); a failure names the try, whose file is printed, and the same seed gives
 * the same files again. Eight tries keep the module's test run short on two cores.
 */
@QuarkusTest
@QuarkusTestResource(value = EmbeddedPostgresResource.class, restrictToAnnotatedClass = false)
class AchievementPropertyTest {

    private static final long SEED = 20261202L;
    private static final int TRIES = 8;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final BigDecimal TOLERANCE = new BigDecimal("0.01");

    @Inject
    TestIdentityAssociation identities;

    private final Random random = new Random(SEED);

    @BeforeEach
    void load() {
        TestData.ensureLoaded(identities);
    }

    // ---- the generated office -----------------------------------------------------------------------------

    record Ind(String code, String kind, String polarity, String formula, String aggregation) {
    }

    record Obj(String code, List<Ind> indicators) {
    }

    record Plan(String code, int startYear, int endYear, List<Obj> objectives) {
    }

    /** One entry: period Q1-Q4 or FY; numerator and denominator for RATIO, value for VALUE. */
    record Row(String period, BigDecimal numerator, BigDecimal denominator, BigDecimal value) {
        int order() {
            return "FY".equals(period) ? 4 : Integer.parseInt(period.substring(1));
        }
    }

    record Unit(String code, Plan plan, Map<String, BigDecimal> targets, Map<String, List<Row>> rows) {
    }

    private <T> T draw(Arbitrary<T> arbitrary) {
        return arbitrary.generator(100).next(random).value();
    }

    private Plan plan(String code, int start, int end, List<String> codes) {
        List<Obj> objectives = new ArrayList<>();
        int objectiveCount = draw(Arbitraries.integers().between(1, 3));
        for (int o = 0; o < objectiveCount; o++) {
            List<Ind> inds = new ArrayList<>();
            int indicatorCount = draw(Arbitraries.integers().between(1, 3));
            for (int i = 0; i < indicatorCount; i++) {
                String kind = draw(Arbitraries.of("RATIO", "VALUE"));
                String polarity = draw(Arbitraries.of("HIGHER_IS_BETTER", "LOWER_IS_BETTER"));
                String formula = "LOWER_IS_BETTER".equals(polarity) ? draw(Arbitraries.of("DIFFERENCE", "INVERSE"))
                        : null;
                String aggregation = "RATIO".equals(kind) ? draw(Arbitraries.of("SUM", "LAST"))
                        : draw(Arbitraries.of("SUM", "LAST", "AVERAGE"));
                // The first codes are shared by both plans of the try (the same code means different indicators).
                String ic = codes.size() > inds.size() + o * 3 ? codes.get(inds.size() + o * 3)
                        : code + "-I" + o + "." + i;
                inds.add(new Ind(ic, kind, polarity, formula, aggregation));
            }
            objectives.add(new Obj("S" + o, inds));
        }
        return new Plan(code, start, end, objectives);
    }

    private Unit unit(String code, Plan plan) {
        Map<String, BigDecimal> targets = new LinkedHashMap<>();
        Map<String, List<Row>> rows = new LinkedHashMap<>();
        for (Obj o : plan.objectives()) {
            for (Ind i : o.indicators()) {
                boolean ratio = "RATIO".equals(i.kind());
                int targetCase = draw(Arbitraries.integers().between(0, 9));
                if (targetCase > 0) {
                    targets.put(i.code(), targetCase == 1 ? BigDecimal.ZERO : ratio
                            ? BigDecimal.valueOf(draw(Arbitraries.integers().between(1, 100)))
                            : draw(Arbitraries.bigDecimals().between(new BigDecimal("0.5"), new BigDecimal("50"))
                                    .ofScale(2)));
                }
                String mode = draw(Arbitraries.of("NONE", "FY", "QUARTERS", "QUARTERS", "QUARTERS"));
                List<String> periods = switch (mode) {
                    case "FY" -> List.of("FY");
                    case "QUARTERS" -> draw(Arbitraries.of("Q1", "Q2", "Q3", "Q4").set().ofMinSize(1).ofMaxSize(4))
                            .stream().sorted().toList();
                    default -> List.of();
                };
                List<Row> entries = new ArrayList<>();
                for (String p : periods) {
                    if (ratio) {
                        // A zero denominator (nothing to measure) about one time in five.
                        int denominator = draw(Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(0)),
                                Tuple.of(4, Arbitraries.integers().between(1, 60))));
                        int numerator = denominator == 0 ? 0 : draw(Arbitraries.integers().between(0, denominator));
                        entries.add(new Row(p, BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator), null));
                    } else {
                        entries.add(new Row(p, null, null, draw(Arbitraries.bigDecimals()
                                .between(BigDecimal.ZERO, new BigDecimal("80")).ofScale(2))));
                    }
                }
                if (!entries.isEmpty()) {
                    rows.put(i.code(), entries);
                }
            }
        }
        return new Unit(code, plan, targets, rows);
    }

    private ObjectNode dataset(String kanwil, int year, List<Plan> plans, List<Unit> units) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", "sakip-performance-dataset/1");
        root.put("source", "AchievementPropertyTest seed " + SEED);
        ArrayNode workUnits = root.putArray("workUnits");
        workUnits.addObject().put("code", kanwil).put("name", "Kanwil " + kanwil).put("type", "REGIONAL_OFFICE")
                .put("parent", "DJIM");
        units.forEach(u -> workUnits.addObject().put("code", u.code()).put("name", "Unit " + u.code())
                .put("type", "TECHNICAL_UNIT").put("parent", kanwil));
        ArrayNode planNodes = root.putArray("plans");
        for (Plan p : plans) {
            ObjectNode pn = planNodes.addObject().put("code", p.code()).put("name", "Renstra " + p.code())
                    .put("owner", kanwil).put("startYear", p.startYear()).put("endYear", p.endYear());
            ArrayNode objectives = pn.putArray("objectives");
            for (Obj o : p.objectives()) {
                ArrayNode inds = objectives.addObject().put("code", o.code()).put("level", "ACTIVITY")
                        .put("name", "Sasaran " + o.code()).putArray("indicators");
                for (Ind i : o.indicators()) {
                    ObjectNode in = inds.addObject().put("code", i.code()).put("name", "Indikator " + i.code())
                            .put("kind", i.kind()).put("unit", "RATIO".equals(i.kind()) ? "PERCENT" : "INDEX")
                            .put("polarity", i.polarity()).put("yearAggregation", i.aggregation());
                    if (i.formula() != null) {
                        in.put("lowerIsBetterFormula", i.formula());
                    }
                }
            }
        }
        ArrayNode agreements = root.putArray("agreements");
        ArrayNode realizations = root.putArray("realizations");
        for (Unit u : units) {
            ObjectNode a = agreements.addObject().put("workUnit", u.code()).put("year", year)
                    .put("plan", u.plan().code()).put("revision", 1).put("status", "SIGNED")
                    .put("signedOn", year + "-01-10");
            ArrayNode targets = a.putArray("targets");
            u.targets().forEach((code, t) -> targets.addObject().put("indicator", code).put("target", t));
            u.rows().forEach((code, rows) -> rows.forEach(r -> {
                ObjectNode rn = realizations.addObject().put("workUnit", u.code()).put("year", year)
                        .put("indicator", code).put("period", r.period());
                if (r.value() != null) {
                    rn.put("value", r.value());
                } else {
                    rn.put("numerator", r.numerator()).put("denominator", r.denominator());
                }
            }));
        }
        return root;
    }

    // ---- the test -----------------------------------------------------------------------------------------

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void generatedOfficesAgreeWithTheReferenceModel() throws Exception {
        // Arbitraries outside a jqwik property need a session (their generators keep state in it).
        JqwikSession.start(String.valueOf(SEED));
        try {
            for (int t = 0; t < TRIES; t++) {
                tryOnce(t);
            }
        } finally {
            JqwikSession.finish();
        }
    }

    private void tryOnce(int t) throws Exception {
        // Years 2050-2078, one per try (the import takes years up to 2100).
        int year = 2050 + 4 * t;
        String tag = "PB" + t;
        List<String> shared = List.of(tag + "-K1", tag + "-K2");
        Plan a = plan(tag + "-A", year, year + 4, shared);
        Plan b = plan(tag + "-B", year - 1, year + 3, shared);
        List<Unit> units = new ArrayList<>();
        int unitCount = draw(Arbitraries.integers().between(1, 4));
        for (int u = 0; u < unitCount; u++) {
            units.add(unit(tag + "-U" + u, draw(Arbitraries.of(a, b))));
        }
        ObjectNode file = dataset(tag + "-KW", year, List.of(a, b), units);
        String body = JSON.writeValueAsString(file);
        io.restassured.response.Response imported = given().contentType("application/json").body(body)
                .when().post("/api/v1/indicator-datasets");
        assertEquals(200, imported.statusCode(), "try " + t + " did not import: " + imported.asString() + "\nfile: "
                + body);
        Map<String, Model.Benchmark> benchmarks = Model.benchmarks(units);
        for (Unit u : units) {
            JsonNode card = JSON.readTree(given().queryParam("workUnit", u.code()).queryParam("year", year)
                    .when().get("/api/v1/achievements").then().statusCode(200).extract().asString());
            try {
                compare(u, card, benchmarks);
            } catch (AssertionError e) {
                fail("try " + t + ", unit " + u.code() + ": " + e.getMessage() + "\nfile: " + body
                        + "\nscorecard: " + card, e);
            }
        }
    }

    private static void compare(Unit u, JsonNode card, Map<String, Model.Benchmark> benchmarks) {
        assertEquals(u.plan().code(), card.path("plan").path("code").asText());
        List<BigDecimal> objectiveAverages = new ArrayList<>();
        JsonNode objectives = card.path("objectives");
        assertEquals(u.plan().objectives().size(), objectives.size());
        for (int o = 0; o < objectives.size(); o++) {
            Obj obj = u.plan().objectives().get(o);
            JsonNode on = objectives.get(o);
            assertEquals(obj.code(), on.path("code").asText());
            List<BigDecimal> achievements = new ArrayList<>();
            for (int i = 0; i < obj.indicators().size(); i++) {
                Ind ind = obj.indicators().get(i);
                JsonNode in = on.path("indicators").get(i);
                String where = ind.code() + " (" + ind.kind() + " " + ind.polarity() + " " + ind.formula() + " "
                        + ind.aggregation() + ")";
                assertEquals(ind.code(), in.path("code").asText());
                List<Row> rows = u.rows().getOrDefault(ind.code(), List.of());
                BigDecimal target = u.targets().get(ind.code());
                Model.Figures year = Model.figures(ind, target, rows);
                same(where + " numerator", year.numerator(), in.path("numerator"));
                same(where + " denominator", year.denominator(), in.path("denominator"));
                same(where + " value", year.value(), in.path("value"));
                same(where + " realization", year.realization(), in.path("realization"));
                same(where + " achievement", year.achievement(), in.path("achievement"));
                assertEquals(year.applicable(), in.path("applicable").asBoolean(), where + " applicable");
                achievements.add(year.achievement());
                boolean quarterly = !rows.isEmpty() && !"FY".equals(rows.get(0).period());
                JsonNode quarters = in.path("quarters");
                assertEquals(quarterly ? 4 : 0, quarters.size(), where + " quarters");
                for (int q = 1; quarterly && q <= 4; q++) {
                    int upTo = q;
                    Model.Figures ytd = Model.figures(ind, target, rows.stream().filter(r -> r.order() <= upTo)
                            .toList());
                    JsonNode qn = quarters.get(q - 1);
                    assertEquals("Q" + q, qn.path("period").asText());
                    same(where + " Q" + q + " ytd realization", ytd.realization(), qn.path("ytdRealization"));
                    same(where + " Q" + q + " ytd achievement", ytd.achievement(), qn.path("ytdAchievement"));
                    same(where + " Q" + q + " ytd numerator", ytd.numerator(), qn.path("ytdNumerator"));
                    same(where + " Q" + q + " ytd value", ytd.value(), qn.path("ytdValue"));
                    assertEquals(ytd.applicable(), qn.path("applicable").asBoolean(), where + " Q" + q);
                }
                Model.Benchmark bm = benchmarks.get(u.plan().code() + "/" + ind.code());
                JsonNode computed = in.path("benchmark").path("computed");
                if (bm == null) {
                    assertTrue(computed.isMissingNode() || computed.isNull(), where + " no computed benchmark");
                } else {
                    assertEquals(bm.count(), computed.path("workUnitCount").asInt(), where + " benchmark units");
                    same(where + " benchmark achievement", bm.averageAchievement(),
                            computed.path("averageAchievement"));
                    same(where + " benchmark value", bm.averageValue(), computed.path("averageValue"));
                }
            }
            BigDecimal average = Model.average(achievements);
            same(obj.code() + " average", average, on.path("averageAchievement"));
            objectiveAverages.add(average);
        }
        same("overall average", Model.average(objectiveAverages), card.path("overallAverageAchievement"));
    }

    /** The expected figure, rounded for presentation, equals the answer's (within one cent of a percent). */
    private static void same(String what, BigDecimal expected, JsonNode actual) {
        if (expected == null) {
            assertTrue(actual.isMissingNode() || actual.isNull(), what + ": expected none, got " + actual);
            return;
        }
        assertTrue(actual.isNumber(), what + ": expected " + expected + ", got " + actual);
        BigDecimal rounded = expected.setScale(2, RoundingMode.HALF_UP);
        assertTrue(rounded.subtract(actual.decimalValue()).abs().compareTo(TOLERANCE) < 0,
                what + ": expected " + rounded + ", got " + actual);
    }

    /** The reference model: DOMAIN.md's rules, written out plainly. */
    static final class Model {

        private static final MathContext MC = MathContext.DECIMAL128;
        private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

        record Figures(BigDecimal numerator, BigDecimal denominator, BigDecimal value, BigDecimal realization,
                       BigDecimal achievement, boolean applicable) {
        }

        record Benchmark(int count, BigDecimal averageAchievement, BigDecimal averageValue) {
        }

        static Figures figures(Ind ind, BigDecimal target, List<Row> rows) {
            if (rows.isEmpty()) {
                return new Figures(null, null, null, null, null, false);
            }
            List<Row> sorted = rows.stream().sorted((x, y) -> Integer.compare(x.order(), y.order())).toList();
            Row last = sorted.get(sorted.size() - 1);
            BigDecimal realization;
            BigDecimal numerator = null;
            BigDecimal denominator = null;
            BigDecimal value = null;
            if ("RATIO".equals(ind.kind())) {
                numerator = "SUM".equals(ind.aggregation())
                        ? sorted.stream().map(Row::numerator).reduce(BigDecimal.ZERO, BigDecimal::add) : last.numerator();
                denominator = "SUM".equals(ind.aggregation())
                        ? sorted.stream().map(Row::denominator).reduce(BigDecimal.ZERO, BigDecimal::add)
                        : last.denominator();
                if (denominator.signum() == 0) {
                    return new Figures(numerator, denominator, null, null, null, false);
                }
                realization = numerator.multiply(HUNDRED).divide(denominator, MC);
            } else {
                BigDecimal total = sorted.stream().map(Row::value).reduce(BigDecimal.ZERO, BigDecimal::add);
                value = switch (ind.aggregation()) {
                    case "SUM" -> total;
                    case "LAST" -> last.value();
                    default -> total.divide(BigDecimal.valueOf(sorted.size()), MC);
                };
                realization = value;
            }
            return new Figures(numerator, denominator, value, realization, achievement(ind, target, realization),
                    true);
        }

        static BigDecimal achievement(Ind ind, BigDecimal target, BigDecimal realization) {
            if (target == null) {
                return null;
            }
            if ("HIGHER_IS_BETTER".equals(ind.polarity())) {
                return target.signum() == 0 ? null : realization.multiply(HUNDRED).divide(target, MC);
            }
            if ("INVERSE".equals(ind.formula())) {
                return realization.signum() == 0 ? null : target.multiply(HUNDRED).divide(realization, MC);
            }
            if (target.signum() == 0) {
                return null;
            }
            BigDecimal a = target.add(target).subtract(realization).multiply(HUNDRED).divide(target, MC);
            return a.signum() < 0 ? BigDecimal.ZERO : a;
        }

        static BigDecimal average(List<BigDecimal> values) {
            List<BigDecimal> known = values.stream().filter(Objects::nonNull).toList();
            return known.isEmpty() ? null
                    : known.stream().reduce(BigDecimal.ZERO, BigDecimal::add).divide(BigDecimal.valueOf(known.size()),
                    MC);
        }

        /** The computed benchmark per plan and indicator over the units holding it with an applicable figure. */
        static Map<String, Benchmark> benchmarks(List<Unit> units) {
            Map<String, List<BigDecimal>> achievements = new LinkedHashMap<>();
            Map<String, List<BigDecimal>> values = new LinkedHashMap<>();
            for (Unit u : units) {
                for (Obj o : u.plan().objectives()) {
                    for (Ind i : o.indicators()) {
                        List<Row> rows = u.rows().getOrDefault(i.code(), List.of());
                        if (rows.isEmpty()) {
                            continue;
                        }
                        String key = u.plan().code() + "/" + i.code();
                        Figures f = figures(i, u.targets().get(i.code()), rows);
                        if (f.achievement() != null) {
                            achievements.computeIfAbsent(key, k -> new ArrayList<>()).add(f.achievement());
                        }
                        if (f.value() != null) {
                            values.computeIfAbsent(key, k -> new ArrayList<>()).add(f.value());
                        }
                    }
                }
            }
            Map<String, Benchmark> out = new LinkedHashMap<>();
            java.util.Set<String> keys = new java.util.TreeSet<>(achievements.keySet());
            keys.addAll(values.keySet());
            for (String k : keys) {
                List<BigDecimal> ach = achievements.getOrDefault(k, List.of());
                List<BigDecimal> val = values.getOrDefault(k, List.of());
                out.put(k, new Benchmark(Math.max(ach.size(), val.size()), average(ach), average(val)));
            }
            return out;
        }
    }
}
