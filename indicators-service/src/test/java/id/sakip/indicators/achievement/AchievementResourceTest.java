package id.sakip.indicators.achievement;

import id.sakip.indicators.support.TestData;
import id.sakip.testsupport.EmbeddedPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestIdentityAssociation;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The scorecard and the Kanwil pull against the figures of the LKjIP 2024 (Tabel III.1, Bab III comparisons). */
@QuarkusTest
@QuarkusTestResource(value = EmbeddedPostgresResource.class, restrictToAnnotatedClass = false)
class AchievementResourceTest {

    @Inject
    TestIdentityAssociation identities;

    @BeforeEach
    void load() {
        TestData.ensureLoaded(identities);
    }

    private static JsonPath scorecard(String unit, int year) {
        return given().queryParam("workUnit", unit).queryParam("year", year)
                .when().get("/api/v1/achievements")
                .then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> indicator(JsonPath card, String code) {
        return card.getMap("objectives.flatten().indicators.flatten().find { it.code == '" + code + "' }");
    }

    private static float num(Object o) {
        return ((Number) o).floatValue();
    }

    @Test
    @TestSecurity(user = "operator-408103", roles = "operator",
            attributes = @SecurityAttribute(key = "work_unit", value = "408103"))
    void scorecardShowsTheReportFigures() {
        JsonPath card = scorecard("408103", 2024);
        assertEquals("RENSTRA-DJIM-2020-2024", card.getString("plan.code"));
        assertEquals(2, card.getInt("agreement.revision"));
        for (String code : List.of("IKK-1.1", "IKK-1.2", "IKK-2.1")) {
            Map<String, Object> i = indicator(card, code);
            assertEquals(100.00f, num(i.get("realization")), code);
            assertEquals(111.11f, num(i.get("achievement")), code);
            assertEquals(90f, num(i.get("target")), code);
        }
        Map<String, Object> rb = indicator(card, "IKK-3.1");
        assertEquals(100.00f, num(rb.get("realization")));
        assertEquals(100.00f, num(rb.get("achievement")));
        assertEquals(114f, num(rb.get("numerator")));
        assertEquals(114f, num(rb.get("denominator")));
        Map<String, Object> ilk = indicator(card, "IKK-3.2");
        assertEquals(3.96f, num(ilk.get("realization")));
        assertEquals(3.96f, num(ilk.get("value")));
        assertEquals(127.74f, num(ilk.get("achievement")));

        assertEquals(111.11f, card.getFloat("objectives.find { it.code == 'SK1' }.averageAchievement"));
        assertEquals(111.11f, card.getFloat("objectives.find { it.code == 'SK2' }.averageAchievement"));
        assertEquals(113.87f, card.getFloat("objectives.find { it.code == 'SK3' }.averageAchievement"));
        assertEquals("SS1", card.getString("objectives.find { it.code == 'SK1' }.parent.code"));
        assertEquals(112.03f, card.getFloat("overallAverageAchievement"));
        // Raw inputs beside the computed figures.
        Map<String, Object> ikk21 = indicator(card, "IKK-2.1");
        assertEquals(28334f, num(ikk21.get("numerator")));
        assertEquals("YEARLY", ikk21.get("periodBasis"));
        assertEquals(90f, num(ikk21.get("mediumTermTarget")));
    }

    @Test
    @TestSecurity(user = "operator-408103", roles = "operator",
            attributes = @SecurityAttribute(key = "work_unit", value = "408103"))
    @SuppressWarnings("unchecked")
    void proYustisiaYearToDateIsNotApplicableBeforeTheFirstCase() {
        Map<String, Object> i = indicator(scorecard("408103", 2024), "IKK-1.1");
        assertEquals("QUARTERLY", i.get("periodBasis"));
        List<Map<String, Object>> q = (List<Map<String, Object>>) i.get("quarters");
        assertEquals(4, q.size());
        for (int n : new int[]{0, 1}) {
            assertFalse((Boolean) q.get(n).get("applicable"));
            assertNull(q.get(n).get("ytdRealization"));
            assertNull(q.get(n).get("ytdAchievement"));
            assertNotNull(q.get(n).get("reason"));
        }
        for (int n : new int[]{2, 3}) {
            assertTrue((Boolean) q.get(n).get("applicable"));
            assertEquals(100.00f, num(q.get(n).get("ytdRealization")));
            assertEquals(111.11f, num(q.get(n).get("ytdAchievement")));
        }
    }

    @Test
    @TestSecurity(user = "operator-408103", roles = "operator",
            attributes = @SecurityAttribute(key = "work_unit", value = "408103"))
    @SuppressWarnings("unchecked")
    void seriesRunFromTwentyTwentyAndAcrossThePlanChange() {
        List<Map<String, Object>> ikk12 = (List<Map<String, Object>>) indicator(scorecard("408103", 2024),
                "IKK-1.2").get("series");
        assertEquals(List.of(2020, 2021, 2022, 2023, 2024), ikk12.stream().map(p -> p.get("year")).toList());
        ikk12.forEach(p -> assertEquals(100.00f, num(p.get("realization")), "year " + p.get("year")));

        List<Map<String, Object>> ikk11 = given().queryParam("workUnit", "408103").queryParam("year", 2024)
                .when().get("/api/v1/indicators/IKK-1.1/series")
                .then().statusCode(200).extract().jsonPath().getList("$");
        for (Map<String, Object> p : ikk11.subList(0, 4)) {
            assertFalse((Boolean) p.get("applicable"), "year " + p.get("year"));
            assertNull(p.get("realization"));
        }
        assertEquals(111.11f, num(ikk11.get(4).get("achievement")));

        List<Map<String, Object>> next = (List<Map<String, Object>>) indicator(scorecard("408103", 2025),
                "IKK-1.2").get("series");
        Map<String, Object> y2024 = next.stream().filter(p -> p.get("year").equals(2024)).findFirst().orElseThrow();
        assertEquals("RENSTRA-DJIM-2020-2024", y2024.get("plan"));
        assertEquals(100.00f, num(y2024.get("realization")));
        assertEquals(111.11f, num(y2024.get("achievement")));
        Map<String, Object> last = next.get(next.size() - 1);
        assertEquals(2025, last.get("year"));
        assertEquals("RENSTRA-DJIM-2025-2029", last.get("plan"));
    }

    @Test
    @TestSecurity(user = "auditor", roles = "auditor")
    void importedBenchmarksGiveTheReportRatios() {
        JsonPath card = scorecard("408103", 2024);
        Map<String, Float> expected = Map.of("IKK-1.1", 280.02f, "IKK-1.2", 102.97f, "IKK-2.1", 100.01f,
                "IKK-3.1", 100.00f, "IKK-3.2", 100.76f);
        expected.forEach((code, ratio) -> {
            Map<String, Object> b = card.getMap("objectives.flatten().indicators.flatten().find { it.code == '"
                    + code + "' }.benchmark.imported");
            assertEquals("IMPORTED", b.get("source"), code);
            assertEquals(ratio, num(b.get("ratio")), code);
        });
        assertEquals(39.68f, card.getFloat("objectives.flatten().indicators.flatten()"
                + ".find { it.code == 'IKK-1.1' }.benchmark.imported.averageAchievement"));
        // The printed figures are kept apart, never used as inputs.
        assertTrue(card.getList("reported.value", Float.class).contains(279.98f));
    }

    @Test
    @TestSecurity(user = "auditor", roles = "auditor")
    void computedBenchmarkAveragesEveryUnitHeld() {
        JsonPath card = scorecard("408103", 2024);
        String base = "objectives.flatten().indicators.flatten().find { it.code == '%s' }.benchmark.computed";
        // IKK-1.2: 408103 111,11 and 409011 45/50 = 90 → 100,00; average 105,56; own / average 105,26.
        assertEquals("COMPUTED", card.getString(base.formatted("IKK-1.2") + ".source"));
        assertEquals(2, card.getInt(base.formatted("IKK-1.2") + ".workUnitCount"));
        assertEquals(105.56f, card.getFloat(base.formatted("IKK-1.2") + ".averageAchievement"));
        assertEquals(105.26f, card.getFloat(base.formatted("IKK-1.2") + ".ratio"));
        // The index compares values: (3,96 + 3,90) / 2 = 3,93 → 3,96 / 3,93 = 100,76.
        assertEquals(3.93f, card.getFloat(base.formatted("IKK-3.2") + ".averageValue"));
        assertEquals(100.76f, card.getFloat(base.formatted("IKK-3.2") + ".ratio"));
        // Only 408103 holds IKK-2.1: its own average.
        assertEquals(1, card.getInt(base.formatted("IKK-2.1") + ".workUnitCount"));
        assertEquals(100.00f, card.getFloat(base.formatted("IKK-2.1") + ".ratio"));
    }

    @Test
    @TestSecurity(user = "operator-408103", roles = "operator",
            attributes = @SecurityAttribute(key = "work_unit", value = "408103"))
    void derivedFiguresFromTheRegistersStandBesideTheEnteredOnes() {
        JsonPath card = scorecard("408103", 2024);
        Map<String, Object> rb = indicator(card, "IKK-3.1");
        @SuppressWarnings("unchecked")
        Map<String, Object> derived = (Map<String, Object>) rb.get("derived");
        assertEquals(114f, num(derived.get("numerator")));
        assertEquals(114f, num(derived.get("denominator")));
        assertEquals(Boolean.TRUE, derived.get("matchesEntered"));
        assertEquals(List.of(32, 29, 25, 28), card.getList("objectives.flatten().indicators.flatten()"
                + ".find { it.code == 'IKK-3.1' }.derived.quarters.denominator", Integer.class));
        assertEquals(1, card.getInt("objectives.flatten().indicators.flatten()"
                + ".find { it.code == 'IKK-1.1' }.derived.numerator"));
        assertEquals(1, card.getInt("objectives.flatten().indicators.flatten()"
                + ".find { it.code == 'IKK-1.1' }.derived.denominator"));
    }

    @Test
    @TestSecurity(user = "regional-kepri", roles = "regional",
            attributes = @SecurityAttribute(key = "work_unit", value = "KANWIL-KEPRI"))
    void kanwilPullListsItsUnitsWithEtagAndUpdatedSince() {
        Response first = given().queryParam("parent", "KANWIL-KEPRI").queryParam("year", 2024)
                .when().get("/api/v1/achievements");
        first.then().statusCode(200)
                .body("parent", equalTo("KANWIL-KEPRI"))
                .body("items.workUnit.code", hasItem("408103"))
                .body("items.workUnit.code", not(hasItem("409011")))
                .body("items.find { it.workUnit.code == '408103' }.overallAverageAchievement", equalTo(112.03f));
        String etag = first.getHeader("ETag");
        assertNotNull(etag);
        given().queryParam("parent", "KANWIL-KEPRI").queryParam("year", 2024).header("If-None-Match", etag)
                .when().get("/api/v1/achievements").then().statusCode(304);

        String updatedAt = first.jsonPath().getString("items.find { it.workUnit.code == '408103' }.updatedAt");
        assertNotNull(updatedAt);
        given().queryParam("parent", "KANWIL-KEPRI").queryParam("year", 2024).queryParam("updatedSince", updatedAt)
                .when().get("/api/v1/achievements").then().statusCode(200)
                .body("total", equalTo(0)).body("items.size()", equalTo(0));
        given().queryParam("parent", "KANWIL-KEPRI").queryParam("year", 2024)
                .queryParam("updatedSince", "2000-01-01T00:00:00Z")
                .when().get("/api/v1/achievements").then().statusCode(200)
                .body("items.workUnit.code", hasItem("408103"));
        given().queryParam("parent", "KANWIL-KEPRI").queryParam("year", 2024).queryParam("size", 1)
                .queryParam("page", 5)
                .when().get("/api/v1/achievements").then().statusCode(200)
                .body("items.size()", equalTo(0)).body("page", equalTo(5));
    }

    @Test
    @TestSecurity(user = "regional-kepri", roles = "regional",
            attributes = @SecurityAttribute(key = "work_unit", value = "KANWIL-KEPRI"))
    void regionalReadsUnitsBelowItOnly() {
        scorecard("408103", 2024);
        given().queryParam("workUnit", "409011").queryParam("year", 2024)
                .when().get("/api/v1/achievements").then().statusCode(403)
                .contentType("application/problem+json").body("status", equalTo(403));
        given().queryParam("parent", "KANWIL-RIAU").queryParam("year", 2024)
                .when().get("/api/v1/achievements").then().statusCode(403);
        // From 2025 the unit is under KANWIL-DJIM-KEPRI.
        given().queryParam("workUnit", "408103").queryParam("year", 2025)
                .when().get("/api/v1/achievements").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "regional-djim-kepri", roles = "regional",
            attributes = @SecurityAttribute(key = "work_unit", value = "KANWIL-DJIM-KEPRI"))
    void theNewRegionalOfficeReadsTheUnitFromTwentyTwentyFive() {
        scorecard("408103", 2025);
        given().queryParam("workUnit", "408103").queryParam("year", 2024)
                .when().get("/api/v1/achievements").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "operator-409011", roles = "operator",
            attributes = @SecurityAttribute(key = "work_unit", value = "409011"))
    void operatorCannotReadAnotherUnit() {
        given().queryParam("workUnit", "408103").queryParam("year", 2024)
                .when().get("/api/v1/achievements").then().statusCode(403)
                .contentType("application/problem+json");
        given().queryParam("parent", "KANWIL-KEPRI").queryParam("year", 2024)
                .when().get("/api/v1/achievements").then().statusCode(403);
        scorecard("409011", 2024);
    }

    @Test
    @TestSecurity(user = "reporting-service", roles = "service")
    void serviceAccountReadsScorecards() {
        scorecard("408103", 2024);
    }

    @Test
    void anonymousGets401() {
        given().queryParam("workUnit", "408103").queryParam("year", 2024)
                .when().get("/api/v1/achievements").then().statusCode(401);
    }
}
