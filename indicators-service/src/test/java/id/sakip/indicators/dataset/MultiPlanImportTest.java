package id.sakip.indicators.dataset;

import id.sakip.indicators.support.TestData;
import id.sakip.testsupport.EmbeddedPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestIdentityAssociation;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Several plans covering the same year (issue 15): benchmark rows resolve through the plan the file's agreements
 * use (or the plan they name), a code held by several plans without that is a 422 naming them, each file imports in
 * either order and again unchanged; history of a later plan's baseline years is accepted and shown in its series.
 * Runs last ({@link ClassOrderer.OrderAnnotation}, junit-platform.properties): its second plan for 2024 becomes the
 * plan covering 2024, which the other classes' defaults would otherwise pick up.
 */
@QuarkusTest
@QuarkusTestResource(value = EmbeddedPostgresResource.class, restrictToAnnotatedClass = false)
@Order(Integer.MAX_VALUE)
class MultiPlanImportTest {

    @Inject
    TestIdentityAssociation identities;

    @BeforeEach
    void load() {
        TestData.ensureLoaded(identities);
    }

    private static JsonPath importing(String body, int status) {
        return JsonPath.from(given().contentType("application/json").body(body)
                .when().post("/api/v1/indicator-datasets")
                .then().statusCode(status).extract().asString());
    }

    /** A plan {@code code} over {@code from}-{@code to} holding the indicators {@code codes} (RATIO, SUM). */
    static String plan(String code, int from, int to, List<String> codes) {
        StringBuilder inds = new StringBuilder();
        for (String c : codes) {
            inds.append(inds.isEmpty() ? "" : ",").append("""
                    {"code": "%s", "name": "Indikator %s", "kind": "RATIO", "unit": "PERCENT",
                     "polarity": "HIGHER_IS_BETTER", "yearAggregation": "SUM"}""".formatted(c, c));
        }
        return """
                {"code": "%s", "name": "Renstra %s", "owner": "TEST", "startYear": %d, "endYear": %d,
                 "objectives": [{"code": "S1", "level": "ACTIVITY", "name": "Sasaran", "indicators": [%s]}]}"""
                .formatted(code, code, from, to, inds);
    }

    /**
     * A file with its own plan, a unit holding it in {@code year} (signed agreement, Q1 figures of every indicator)
     * and a benchmark row without a plan for each indicator (average achievement {@code benchmark}).
     */
    static String file(String plan, int from, int to, List<String> codes, String unit, int year, int benchmark) {
        StringBuilder targets = new StringBuilder();
        StringBuilder rows = new StringBuilder();
        StringBuilder benchmarks = new StringBuilder();
        for (String c : codes) {
            String sep = targets.isEmpty() ? "" : ",";
            targets.append(sep).append("{\"indicator\": \"%s\", \"target\": 80}".formatted(c));
            rows.append(sep).append("""
                    {"workUnit": "%s", "year": %d, "indicator": "%s", "period": "Q1", "numerator": 40,
                     "denominator": 50}""".formatted(unit, year, c));
            benchmarks.append(sep).append("""
                    {"indicator": "%s", "year": %d, "scope": "NATIONAL", "workUnitCount": 7,
                     "averageAchievement": %d}""".formatted(c, year, benchmark));
        }
        return """
                {"format": "sakip-performance-dataset/1", "source": "test: plan %s",
                 "workUnits": [{"code": "%s", "name": "Unit %s", "type": "TECHNICAL_UNIT", "parent": "DJIM"}],
                 "plans": [%s],
                 "agreements": [{"workUnit": "%s", "year": %d, "plan": "%s", "revision": 1, "status": "SIGNED",
                                 "signedOn": "%d-01-15", "targets": [%s]}],
                 "realizations": [%s],
                 "benchmarks": [%s]}""".formatted(plan, unit, unit, plan(plan, from, to, codes), unit, year, plan,
                year, targets, rows, benchmarks);
    }

    private static Map<String, Object> card(String unit, int year, String indicator) {
        JsonPath card = JsonPath.from(given().queryParam("workUnit", unit).queryParam("year", year)
                .when().get("/api/v1/achievements").then().statusCode(200).extract().asString());
        return card.getMap("objectives.flatten().indicators.flatten().find { it.code == '" + indicator + "' }");
    }

    @SuppressWarnings("unchecked")
    private static Object benchmark(Map<String, Object> card, String source, String field) {
        Map<String, Object> b = (Map<String, Object>) card.get("benchmark");
        Map<String, Object> s = b == null ? null : (Map<String, Object>) b.get(source);
        return s == null ? null : s.get(field);
    }

    private void bothInEitherOrder(String tag, boolean firstIsEarlier) {
        // Both plans cover 2037 and hold K-1; only the later-starting one holds K-2, only the earlier one K-3.
        String later = file("LATER-" + tag, 2036, 2039, List.of("K-1", "K-2"), "UL-" + tag, 2037, 60);
        String earlier = file("EARLIER-" + tag, 2035, 2039, List.of("K-1", "K-3"), "UE-" + tag, 2037, 70);
        List<String> order = firstIsEarlier ? List.of(earlier, later) : List.of(later, earlier);
        for (String f : order) {
            JsonPath summary = importing(f, 200);
            assertEquals(2, summary.getInt("entities.benchmarks.created"), f);
        }
        for (String f : order) {
            JsonPath summary = importing(f, 200);
            assertEquals(0, summary.getInt("created"));
            assertEquals(0, summary.getInt("updated"));
            assertEquals(2, summary.getInt("entities.benchmarks.unchanged"));
        }
        // Each unit sees its own plan's benchmark of K-1, and a computed average over the units holding that plan's
        // K-1 (itself: 40/50 of 80 = 100 %).
        Map<String, Object> l = card("UL-" + tag, 2037, "K-1");
        Map<String, Object> e = card("UE-" + tag, 2037, "K-1");
        assertEquals(60, ((Number) benchmark(l, "imported", "averageAchievement")).intValue());
        assertEquals(70, ((Number) benchmark(e, "imported", "averageAchievement")).intValue());
        assertEquals(1, benchmark(l, "computed", "workUnitCount"));
        assertEquals(1, benchmark(e, "computed", "workUnitCount"));
        assertEquals(70, ((Number) benchmark(card("UE-" + tag, 2037, "K-3"), "imported", "averageAchievement"))
                .intValue());
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void twoPlansOfOneYearImportLaterPlanFirst() {
        bothInEitherOrder("A", false);
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void twoPlansOfOneYearImportEarlierPlanFirst() {
        bothInEitherOrder("B", true);
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void anAmbiguousBenchmarkNamesTheCandidatePlansAndANamedPlanSettlesIt() {
        importing(file("AMB-1", 2034, 2036, List.of("K-9"), "UA-1", 2035, 50), 200);
        importing(file("AMB-2", 2033, 2036, List.of("K-9"), "UA-2", 2035, 50), 200);
        String bare = """
                {"format": "sakip-performance-dataset/1",
                 "benchmarks": [{"indicator": "K-9", "year": 2035, "averageAchievement": 55}]}""";
        String problem = given().contentType("application/json").body(bare)
                .when().post("/api/v1/indicator-datasets").then().statusCode(422).extract().asString();
        // Both units' agreements of 2035 use their own plan, so stored agreements do not settle it either.
        org.hamcrest.MatcherAssert.assertThat(problem, allOf(containsString("/benchmarks/0/plan"),
                containsString("AMB-1"), containsString("AMB-2")));
        JsonPath named = importing(bare.replace("\"indicator\"", "\"plan\": \"AMB-2\", \"indicator\""), 200);
        assertEquals(1, named.getInt("entities.benchmarks.updated"));
        assertEquals(55, ((Number) benchmark(card("UA-2", 2035, "K-9"), "imported", "averageAchievement"))
                .intValue());
        assertEquals(50, ((Number) benchmark(card("UA-1", 2035, "K-9"), "imported", "averageAchievement"))
                .intValue());
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void theSeedReimportsUnchangedAfterASecondPlanFor2024() {
        // A regional plan starting in 2024 is the latest-starting plan covering 2024, and does not hold IKK-1.1.
        importing(file("RENSTRA-KANWIL-TEST-2024-2026", 2024, 2026, List.of("IKW-1"), "UK-2024", 2024, 75), 200);
        JsonPath summary = importing(TestData.seedText(), 200);
        assertEquals(0, summary.getInt("created"));
        assertEquals(0, summary.getInt("updated"));
        assertEquals(5, summary.getInt("entities.benchmarks.unchanged"));
        assertEquals(75, ((Number) benchmark(card("UK-2024", 2024, "IKW-1"), "imported", "averageAchievement"))
                .intValue());
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void historyOfANewPlansBaselineYearsIsAcceptedAndInTheSeries() {
        // NEW-2042 starts in 2042; its unit has no agreement before, and OLD-2038 covers 2041 without NB-1.
        importing("""
                {"format": "sakip-performance-dataset/1", "plans": [%s]}""".formatted(
                plan("OLD-2038", 2038, 2041, List.of("OB-1"))), 200);
        String f = file("NEW-2042", 2042, 2046, List.of("NB-1", "NB-2"), "UN-2042", 2042, 50)
                .replace("\"benchmarks\"", """
                        "history": [
                          {"workUnit": "UN-2042", "indicator": "NB-1", "year": 2041, "numerator": 30, "denominator": 40},
                          {"workUnit": "UN-2042", "indicator": "NB-1", "year": 2040, "numerator": 20, "denominator": 40},
                          {"workUnit": "UN-2042", "indicator": "NB-2", "year": 2041, "plan": "NEW-2042",
                           "numerator": 1, "denominator": 4}],
                        "benchmarks\"""");
        JsonPath summary = importing(f, 200);
        assertEquals(3, summary.getInt("entities.history.created"));
        assertEquals(0, importing(f, 200).getInt("created"));
        List<Map<String, Object>> series = given().queryParam("workUnit", "UN-2042").queryParam("year", 2042)
                .when().get("/api/v1/indicators/NB-1/series").then().statusCode(200).extract().jsonPath()
                .getList("$");
        assertEquals(List.of(2040, 2041, 2042), series.stream().map(p -> p.get("year")).toList());
        assertEquals(50.0, ((Number) series.get(0).get("realization")).doubleValue(), 1e-9);
        assertEquals(75.0, ((Number) series.get(1).get("realization")).doubleValue(), 1e-9);
        assertEquals("NEW-2042", series.get(1).get("plan"));
        assertNull(series.get(1).get("target"));
        Map<String, Object> nb2 = card("UN-2042", 2042, "NB-2");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> nb2Series = (List<Map<String, Object>>) nb2.get("series");
        assertEquals(25.0, ((Number) nb2Series.get(0).get("realization")).doubleValue(), 1e-9);
        // A plan named on a history row must exist.
        String unknown = f.replace("\"plan\": \"NEW-2042\",", "\"plan\": \"NO-SUCH-PLAN\",");
        org.hamcrest.MatcherAssert.assertThat(given().contentType("application/json").body(unknown)
                .when().post("/api/v1/indicator-datasets").then().statusCode(422).extract().asString(),
                containsString("/history/2/plan"));
    }
}
