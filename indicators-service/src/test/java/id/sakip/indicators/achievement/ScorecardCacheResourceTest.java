package id.sakip.indicators.achievement;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.sakip.indicators.support.TestData;
import id.sakip.testsupport.EmbeddedPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestIdentityAssociation;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Scorecards and pull pages are served from memory until a write: after every kind of write the next read shows it
 * under a new ETag, a read without writes gives the same ETag without loading anything, and access is checked per
 * caller before the cache. Units C2001 and C2002 (under KANWIL-CACHE), plan RENSTRA-CACHE-2019 and year 2019 are
 * this class's own (src/test/resources/cache-units.json), so the other tests' figures stay as they are.
 */
@QuarkusTest
@QuarkusTestResource(value = EmbeddedPostgresResource.class, restrictToAnnotatedClass = false)
class ScorecardCacheResourceTest {

    private static final int YEAR = 2019;
    private static final String INDICATOR = "objectives[0].indicators[0]";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static volatile boolean loaded;

    @Inject
    TestIdentityAssociation identities;

    @Inject
    SessionFactory sessionFactory;

    @BeforeEach
    void load() {
        TestData.ensureLoaded(identities);
        synchronized (ScorecardCacheResourceTest.class) {
            if (!loaded) {
                asAdmin(() -> given().contentType("application/json").body(TestData.resource("/cache-units.json"))
                        .when().post("/api/v1/indicator-datasets").then().statusCode(200));
                loaded = true;
            }
        }
    }

    private static Response card(String unit) {
        Response r = given().queryParam("workUnit", unit).queryParam("year", YEAR).when().get("/api/v1/achievements");
        r.then().statusCode(200).header("ETag", notNullValue());
        return r;
    }

    private static Response pull(String parent, String updatedSince) {
        var request = given().queryParam("parent", parent).queryParam("year", YEAR);
        if (updatedSince != null) {
            request.queryParam("updatedSince", updatedSince);
        }
        Response r = request.when().get("/api/v1/achievements");
        r.then().statusCode(200);
        return r;
    }

    private void asAdmin(Runnable action) {
        TestData.as(identities, TestData.identity("test-admin", "admin", null), action);
    }

    private void as(String user, String role, String unit, Runnable action) {
        TestData.as(identities, TestData.identity(user, role, unit), action);
    }

    private Response adminCard(String unit) {
        AtomicReference<Response> out = new AtomicReference<>();
        asAdmin(() -> out.set(card(unit)));
        return out.get();
    }

    private Response adminPull(String parent, String updatedSince) {
        AtomicReference<Response> out = new AtomicReference<>();
        asAdmin(() -> out.set(pull(parent, updatedSince)));
        return out.get();
    }

    /** A write must give the next read a new ETag (the content hash: the cached answer was not served). */
    private static void assertChanged(Response before, Response after, String what) {
        assertNotEquals(before.getHeader("ETag"), after.getHeader("ETag"), what + " must change the ETag");
    }

    private long statementsOf(Runnable read) {
        sessionFactory.getStatistics().setStatisticsEnabled(true);
        sessionFactory.getStatistics().clear();
        read.run();
        return sessionFactory.getStatistics().getPrepareStatementCount();
    }

    // ---- reads without writes -------------------------------------------------------------------------------

    @Test
    @TestSecurity(user = "auditor", roles = "auditor")
    void aSecondReadWithoutWritesIsTheSameAnswerWithoutLoadingAnything() {
        // No other test reads 2018: the first read computes the scorecard, through Hibernate.
        long miss = statementsOf(() -> given().queryParam("workUnit", "C2001").queryParam("year", 2018)
                .when().get("/api/v1/achievements").then().statusCode(200));
        assertTrue(miss > 0, "a miss loads the data");
        Response first = card("C2001");
        long statements = statementsOf(() -> {
            Response second = card("C2001");
            assertEquals(first.getHeader("ETag"), second.getHeader("ETag"));
            assertEquals(first.asString(), second.asString());
        });
        // A hit reads only the data generation, with plain JDBC.
        assertEquals(0, statements, "a cached scorecard loads nothing through Hibernate");
        given().queryParam("workUnit", "C2001").queryParam("year", YEAR).header("If-None-Match", first.getHeader("ETag"))
                .when().get("/api/v1/achievements").then().statusCode(304);

        Response page = pull("KANWIL-CACHE", null);
        assertEquals(0, statementsOf(() -> assertEquals(page.getHeader("ETag"),
                pull("KANWIL-CACHE", null).getHeader("ETag"))), "a cached pull page loads nothing through Hibernate");
    }

    @Test
    @TestSecurity(user = "auditor", roles = "auditor")
    void aPullPageIsTheUnitsScorecardsPutTogether() throws Exception {
        // A write makes every 2019 answer stale; C2001 is then read alone, so the page takes C2001's scorecard from
        // the cache and computes C2002's.
        asAdmin(() -> given().contentType("application/json").body("{\"workUnit\":\"C2002\",\"year\":2019,"
                        + "\"period\":\"FY\",\"service\":\"STAY_PERMIT\",\"label\":\"Izin tinggal\",\"received\":7,"
                        + "\"completed\":7}").when().post("/api/v1/registers/service-volumes")
                .then().statusCode(201));
        String c2001 = card("C2001").asString();
        JsonNode page = JSON.readTree(pull("KANWIL-CACHE", null).asString());
        String c2002 = card("C2002").asString();
        assertEquals("KANWIL-CACHE", page.get("parent").asText());
        assertEquals(YEAR, page.get("year").asInt());
        assertEquals(0, page.get("page").asInt());
        assertEquals(50, page.get("size").asInt());
        assertEquals(page.get("items").size(), page.get("total").asInt());
        JsonNode byCode = JSON.createObjectNode();
        for (JsonNode item : page.get("items")) {
            ((ObjectNode) byCode).set(item.path("workUnit").path("code").asText(), item);
        }
        assertEquals(JSON.readTree(c2001), byCode.get("C2001"));
        assertEquals(JSON.readTree(c2002), byCode.get("C2002"));
    }

    // ---- every kind of write shows in the next read ----------------------------------------------------------

    @Test
    @TestSecurity(user = "operator-C2001", roles = "operator",
            attributes = @SecurityAttribute(key = "work_unit", value = "C2001"))
    void realizationWritesShowInTheNextScorecardAndPull() {
        Response before = card("C2001");
        Response pageBefore = adminPull("KANWIL-CACHE", null);
        // The latest change of any unit of the office: nothing changed after it, yet.
        String since = pageBefore.jsonPath().getList("items.updatedAt", String.class).stream()
                .map(OffsetDateTime::parse).max(OffsetDateTime::compareTo).orElseThrow().toString();
        assertEquals(0, adminPull("KANWIL-CACHE", since).jsonPath().getInt("total"));
        int numerator = before.jsonPath().getInt(INDICATOR + ".numerator");
        int denominator = before.jsonPath().getInt(INDICATOR + ".denominator");

        Response created = given().contentType("application/json").body("{\"workUnit\":\"C2001\",\"year\":2019,"
                + "\"indicator\":\"IKK-C.1\",\"period\":\"Q3\",\"numerator\":10,\"denominator\":10}")
                .when().post("/api/v1/realizations");
        created.then().statusCode(201);
        long id = created.jsonPath().getLong("id");
        Response afterCreate = card("C2001");
        assertChanged(before, afterCreate, "a new realization");
        assertEquals(numerator + 10, afterCreate.jsonPath().getInt(INDICATOR + ".numerator"));
        assertEquals(denominator + 10, afterCreate.jsonPath().getInt(INDICATOR + ".denominator"));
        Response page = adminPull("KANWIL-CACHE", null);
        assertChanged(pageBefore, page, "a new realization");
        assertEquals(numerator + 10, page.jsonPath().getInt("items.find { it.workUnit.code == 'C2001' }."
                + INDICATOR + ".numerator"));
        assertEquals(List.of("C2001"), adminPull("KANWIL-CACHE", since).jsonPath()
                .getList("items.workUnit.code", String.class));

        given().contentType("application/json").body("{\"numerator\":5,\"denominator\":10}")
                .header("If-Match", created.getHeader("ETag")).when().put("/api/v1/realizations/" + id)
                .then().statusCode(200);
        Response afterEdit = card("C2001");
        assertChanged(afterCreate, afterEdit, "an edited realization");
        assertEquals(numerator + 5, afterEdit.jsonPath().getInt(INDICATOR + ".numerator"));

        given().when().post("/api/v1/realizations/" + id + "/submit").then().statusCode(200);
        Response afterSubmit = card("C2001");
        assertChanged(afterEdit, afterSubmit, "a submission");
        as("head-C2001", "head", "C2001", () -> given().when().post("/api/v1/realizations/" + id + "/verify")
                .then().statusCode(200));
        Response afterVerify = card("C2001");
        assertChanged(afterSubmit, afterVerify, "a verification");
        as("head-C2001", "head", "C2001", () -> given().contentType("application/json")
                .body("{\"reason\":\"evidence missing\"}").when().post("/api/v1/realizations/" + id + "/return")
                .then().statusCode(200));
        assertChanged(afterVerify, card("C2001"), "a return");
    }

    @Test
    @TestSecurity(user = "planner-C2002", roles = "planner",
            attributes = @SecurityAttribute(key = "work_unit", value = "C2002"))
    void anAgreementChangeShowsInTheNextScorecard() {
        Response before = card("C2002");
        int revision = before.jsonPath().getInt("agreement.revision");
        Response draft = given().contentType("application/json").body("{\"workUnit\":\"C2002\",\"year\":2019,"
                + "\"place\":\"Uji\",\"targets\":[{\"indicator\":\"IKK-C.1\",\"target\":75}]}")
                .when().post("/api/v1/agreements");
        draft.then().statusCode(201);
        long id = draft.jsonPath().getLong("id");
        Response afterDraft = card("C2002");
        assertChanged(before, afterDraft, "a new draft agreement");
        // A draft is not in force yet.
        assertEquals(revision, afterDraft.jsonPath().getInt("agreement.revision"));

        as("head-C2002", "head", "C2002", () -> given().queryParam("signedOn", "2019-03-01")
                .when().post("/api/v1/agreements/" + id + "/sign").then().statusCode(200));
        Response afterSign = card("C2002");
        assertChanged(afterDraft, afterSign, "a signature");
        assertEquals(revision + 1, afterSign.jsonPath().getInt("agreement.revision"));
        assertEquals(75, afterSign.jsonPath().getInt(INDICATOR + ".target"));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void registerRecordsAndDerivationRulesShowInTheNextScorecard() {
        Response before = card("C2001");
        assertNull(before.jsonPath().get(INDICATOR + ".derived"));
        Response record = given().contentType("application/json").body("{\"workUnit\":\"C2001\",\"year\":2019,"
                        + "\"period\":\"FY\",\"service\":\"TRAVEL_DOCUMENT\",\"label\":\"Paspor\",\"received\":10,"
                        + "\"completed\":8}").when().post("/api/v1/registers/service-volumes");
        record.then().statusCode(201);
        String recordPath = "/api/v1/registers/service-volumes/" + record.jsonPath().getLong("id");
        Response afterRecord = card("C2001");
        assertChanged(before, afterRecord, "a new register record");

        Response rule = given().contentType("application/json").body("{\"plan\":\"RENSTRA-CACHE-2019\","
                        + "\"indicator\":\"IKK-C.1\",\"register\":\"serviceVolumes\",\"periodField\":\"period\","
                        + "\"numerator\":{\"aggregate\":\"SUM\",\"field\":\"completed\"},"
                        + "\"denominator\":{\"aggregate\":\"SUM\",\"field\":\"received\"}}")
                .when().post("/api/v1/registers/derivation-rules");
        rule.then().statusCode(201);
        String rulePath = "/api/v1/registers/derivation-rules/" + rule.jsonPath().getLong("id");
        String ruleTag = rule.getHeader("ETag");
        try {
            Response afterRule = card("C2001");
            assertChanged(afterRecord, afterRule, "a new derivation rule");
            assertEquals(8, afterRule.jsonPath().getInt(INDICATOR + ".derived.numerator"));
            assertEquals(10, afterRule.jsonPath().getInt(INDICATOR + ".derived.denominator"));

            given().contentType("application/json").header("If-Match", record.getHeader("ETag"))
                    .body("{\"workUnit\":\"C2001\",\"year\":2019,\"period\":\"FY\",\"service\":\"TRAVEL_DOCUMENT\","
                            + "\"label\":\"Paspor\",\"received\":10,\"completed\":9}")
                    .when().put(recordPath).then().statusCode(200);
            Response afterRecordEdit = card("C2001");
            assertChanged(afterRule, afterRecordEdit, "an edited register record");
            assertEquals(9, afterRecordEdit.jsonPath().getInt(INDICATOR + ".derived.numerator"));

            Response ruleEdit = given().contentType("application/json").header("If-Match", ruleTag)
                    .body("{\"plan\":\"RENSTRA-CACHE-2019\",\"indicator\":\"IKK-C.1\",\"register\":\"serviceVolumes\","
                            + "\"periodField\":\"period\",\"numerator\":{\"aggregate\":\"SUM\",\"field\":\"received\"},"
                            + "\"denominator\":{\"aggregate\":\"SUM\",\"field\":\"received\"}}")
                    .when().put(rulePath);
            ruleEdit.then().statusCode(200);
            ruleTag = ruleEdit.getHeader("ETag");
            Response afterRuleEdit = card("C2001");
            assertChanged(afterRecordEdit, afterRuleEdit, "an edited derivation rule");
            assertEquals(10, afterRuleEdit.jsonPath().getInt(INDICATOR + ".derived.numerator"));
        } finally {
            given().header("If-Match", ruleTag).when().delete(rulePath).then().statusCode(204);
        }
        Response afterRuleDelete = card("C2001");
        assertNull(afterRuleDelete.jsonPath().get(INDICATOR + ".derived"), "the deleted rule derives nothing");
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void workUnitRenamesAndMovesShowInTheNextScorecardPullAndAccess() {
        String unitPath = "/api/v1/work-units/C2002";
        String original = "{\"name\":\"Kantor Imigrasi Uji Dua\",\"type\":\"TECHNICAL_UNIT\","
                + "\"parent\":\"KANWIL-CACHE\"}";
        Response before = card("C2002");
        int pulledBefore = pull("KANWIL-CACHE", null).jsonPath().getInt("total");
        int otherBefore = pull("KANWIL-CACHE-2", null).jsonPath().getInt("total");
        as("regional-cache", "regional", "KANWIL-CACHE", () -> card("C2002"));
        String etag = given().when().get(unitPath).getHeader("ETag");
        try {
            etag = given().contentType("application/json").header("If-Match", etag)
                    .body(original.replace("Uji Dua", "Uji Dua Baru")).when().put(unitPath)
                    .then().statusCode(200).extract().header("ETag");
            Response renamed = card("C2002");
            assertChanged(before, renamed, "a renamed unit");
            assertEquals("Kantor Imigrasi Uji Dua Baru", renamed.jsonPath().getString("workUnit.name"));
            assertEquals("Kantor Imigrasi Uji Dua Baru", pull("KANWIL-CACHE", null).jsonPath()
                    .getString("items.find { it.workUnit.code == 'C2002' }.workUnit.name"));

            etag = given().contentType("application/json").header("If-Match", etag)
                    .body(original.replace("\"KANWIL-CACHE\"", "\"KANWIL-CACHE-2\"")).when().put(unitPath)
                    .then().statusCode(200).extract().header("ETag");
            assertEquals(pulledBefore - 1, pull("KANWIL-CACHE", null).jsonPath().getInt("total"));
            Response moved = pull("KANWIL-CACHE-2", null);
            assertEquals(otherBefore + 1, moved.jsonPath().getInt("total"));
            assertEquals("C2002", moved.jsonPath().getString("items[0].workUnit.code"));
            // The scorecard is cached, but the old regional office no longer reads it.
            as("regional-cache", "regional", "KANWIL-CACHE", () -> given().queryParam("workUnit", "C2002")
                    .queryParam("year", YEAR).when().get("/api/v1/achievements").then().statusCode(403));
            as("regional-cache-2", "regional", "KANWIL-CACHE-2", () -> card("C2002"));
        } finally {
            given().contentType("application/json").header("If-Match", etag).body(original).when().put(unitPath)
                    .then().statusCode(200);
        }
        assertEquals(pulledBefore, pull("KANWIL-CACHE", null).jsonPath().getInt("total"));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void aPlanChangeShowsInTheNextScorecard() throws Exception {
        String planPath = "/api/v1/plans/RENSTRA-CACHE-2019";
        Response before = card("C2001");
        Response plan = given().when().get(planPath);
        plan.then().statusCode(200);
        ObjectNode doc = (ObjectNode) JSON.readTree(plan.asString());
        String name = before.jsonPath().getString(INDICATOR + ".name") + " (revisi)";
        ((ObjectNode) doc.get("objectives").get(1).get("indicators").get(0)).put("name", name);
        doc.remove("version");
        given().contentType("application/json").header("If-Match", plan.getHeader("ETag")).body(doc.toString())
                .when().put(planPath).then().statusCode(200);
        Response after = card("C2001");
        assertChanged(before, after, "a changed plan");
        assertEquals(name, after.jsonPath().getString(INDICATOR + ".name"));
    }

    // ---- access --------------------------------------------------------------------------------------------

    @Test
    @TestSecurity(user = "auditor", roles = "auditor")
    void cachedAnswersAreStillDeniedToOtherUnitsAndOffices() {
        Response card = card("C2001");
        Response page = pull("KANWIL-CACHE", null);
        as("operator-409011", "operator", "409011", () -> {
            given().queryParam("workUnit", "C2001").queryParam("year", YEAR).when().get("/api/v1/achievements")
                    .then().statusCode(403).contentType("application/problem+json");
            given().queryParam("parent", "KANWIL-CACHE").queryParam("year", YEAR).when()
                    .get("/api/v1/achievements").then().statusCode(403);
        });
        as("regional-riau", "regional", "KANWIL-RIAU", () -> {
            given().queryParam("workUnit", "C2001").queryParam("year", YEAR).when().get("/api/v1/achievements")
                    .then().statusCode(403);
            given().queryParam("parent", "KANWIL-CACHE").queryParam("year", YEAR).when()
                    .get("/api/v1/achievements").then().statusCode(403);
        });
        // The content does not depend on the caller: the unit's own operator gets the same answer.
        as("operator-C2001", "operator", "C2001", () -> {
            Response own = card("C2001");
            assertEquals(card.getHeader("ETag"), own.getHeader("ETag"));
            assertEquals(card.asString(), own.asString());
        });
        as("regional-cache", "regional", "KANWIL-CACHE", () -> assertEquals(page.getHeader("ETag"),
                pull("KANWIL-CACHE", null).getHeader("ETag")));
    }
}
