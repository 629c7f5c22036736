package id.sakip.indicators.register;

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
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The evidence registers on PostgreSQL with the seed imported through the API: derived figures and checks against
 * the LKjIP 2024 (Tabel III.2, III.5, III.8-9, III.30-34, RB action plan), record edits with If-Match, locks,
 * bad records that change nothing, unit access, and adopting derived figures.
 */
@QuarkusTest
@QuarkusTestResource(value = EmbeddedPostgresResource.class, restrictToAnnotatedClass = false)
class RegisterResourceTest {

    private static final String SCORECARD_INDICATOR = "objectives.flatten().indicators.flatten().find { it.code == '%s' }";

    @Inject
    TestIdentityAssociation identities;

    @BeforeEach
    void load() {
        TestData.ensureLoaded(identities);
    }

    private static JsonPath scorecard() {
        return given().queryParam("workUnit", "408103").queryParam("year", 2024).when().get("/api/v1/achievements")
                .then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath checks() {
        return given().queryParam("workUnit", "408103").queryParam("year", 2024)
                .when().get("/api/v1/registers/checks").then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> check(JsonPath checks, String key) {
        Map<String, Object> c = checks.getMap("checks.find { it.key == '" + key + "' }");
        assertTrue(c != null, "no check " + key);
        return c;
    }

    /** Everything stored for 408103 2024 that a bad request must leave alone. */
    private static String stored() {
        return given().queryParam("workUnit", "408103").queryParam("year", 2024).when().get("/api/v1/registers")
                .then().statusCode(200).extract().asString();
    }

    private static Map<String, Object> reformItem(String quarter, int index) {
        List<Map<String, Object>> items = given().queryParam("workUnit", "408103").queryParam("year", 2024)
                .when().get("/api/v1/registers/reform-action-plan/items").then().statusCode(200)
                .extract().jsonPath().getList("findAll { it.quarter == '" + quarter + "' }");
        return items.get(index);
    }

    private static String itemBody(Map<String, Object> item, String status) {
        Map<String, Object> body = new java.util.LinkedHashMap<>(item);
        body.remove("id");
        body.remove("version");
        body.put("status", status);
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The stored registers without record versions: equal when the content is. */
    private static String content() {
        return stored().replaceAll("\"version\":\\d+", "");
    }

    // ---- the figures of the report ----------------------------------------------------------------------------

    @Test
    @TestSecurity(user = "operator-408103", roles = "operator",
            attributes = @SecurityAttribute(key = "work_unit", value = "408103"))
    void derivedFiguresMatchTheReport() {
        JsonPath card = scorecard();
        String rb = SCORECARD_INDICATOR.formatted("IKK-3.1");
        assertEquals(114, card.getInt(rb + ".derived.numerator"));
        assertEquals(114, card.getInt(rb + ".derived.denominator"));
        assertEquals(List.of(32, 29, 25, 28), card.getList(rb + ".derived.quarters.numerator", Integer.class));
        assertEquals(List.of(32, 29, 25, 28), card.getList(rb + ".derived.quarters.denominator", Integer.class));
        assertTrue(card.getBoolean(rb + ".derived.matchesEntered"));
        String py = SCORECARD_INDICATOR.formatted("IKK-1.1");
        assertEquals(1, card.getInt(py + ".derived.numerator"));
        assertEquals(1, card.getInt(py + ".derived.denominator"));
        assertEquals(List.of(0, 0, 1, 0), card.getList(py + ".derived.quarters.denominator", Integer.class));
        String svc = SCORECARD_INDICATOR.formatted("IKK-2.1");
        assertEquals(28334, card.getInt(svc + ".derived.numerator"));
        assertEquals(28334, card.getInt(svc + ".derived.denominator"));
        assertTrue(card.getBoolean(svc + ".derived.matchesEntered"));
        String ilk = SCORECARD_INDICATOR.formatted("IKK-3.2");
        assertEquals(3.96f, card.getFloat(ilk + ".derived.value"));
        assertTrue(card.getBoolean(ilk + ".derived.matchesEntered"));

        given().queryParam("workUnit", "408103").queryParam("year", 2024)
                .when().get("/api/v1/registers/justice-cases").then().statusCode(200)
                .body("size()", equalTo(1)).body("[0].suspects.size()", equalTo(6))
                .body("[0].stage", equalTo("P21")).body("[0].suspects[0].id", notNullValue());
    }

    @Test
    @TestSecurity(user = "head-408103", roles = "head",
            attributes = @SecurityAttribute(key = "work_unit", value = "408103"))
    void checksCompareTablesWithTheirTotalsAndEachOther() {
        JsonPath checks = checks();
        for (Object[] t : new Object[][]{
                {"passportIssuance.total.ORDINARY_48", 14862},
                {"passportIssuance.total.ELECTRONIC_48", 10074},
                {"borderCrossings.total.TPI/PLB Sri Bintang Pura", 238355},
                {"detainees.total", 26},
                {"supervisionOperations.total", 24}}) {
            Map<String, Object> c = check(checks, (String) t[0]);
            assertEquals(t[1], ((Map<?, ?>) c.get("left")).get("value"), t[0].toString());
            assertEquals(t[1], ((Map<?, ?>) c.get("right")).get("value"), t[0].toString());
            assertEquals(false, c.get("contradiction"), t[0].toString());
        }
        Map<String, Object> measures = check(checks, "administrativeActions.measuresVsCases");
        assertEquals(88, ((Map<?, ?>) measures.get("left")).get("value"));
        assertEquals(72, ((Map<?, ?>) measures.get("right")).get("value"));
        assertEquals(false, measures.get("contradiction"));

        Map<String, Object> travel = check(checks, "services.TRAVEL_DOCUMENT.completed");
        assertEquals(22076, ((Map<?, ?>) travel.get("left")).get("value"));
        assertEquals(26508, ((Map<?, ?>) travel.get("right")).get("value"));
        assertEquals(true, travel.get("contradiction"));
        assertTrue(((String) ((Map<?, ?>) travel.get("left")).get("source")).contains("Tabel III.8"));
        assertTrue(((String) ((Map<?, ?>) travel.get("right")).get("source")).contains("Tabel III.9"));
        Map<String, Object> passports = check(checks, "travelDocuments.detailsVsPassports");
        assertEquals(24936, ((Map<?, ?>) passports.get("right")).get("value"));
        assertEquals(true, passports.get("contradiction"));
        Map<String, Object> ikk21 = check(checks, "indicator.IKK-2.1.numeratorPerDetails");
        assertEquals(28334, ((Map<?, ?>) ikk21.get("left")).get("value"));
        assertEquals(true, ikk21.get("contradiction"));
        assertEquals(false, check(checks, "indicator.IKK-3.1.numerator").get("contradiction"));
        assertEquals(checks.getList("checks.findAll { it.contradiction }").size(), checks.getInt("contradictions"));
    }

    @Test
    @TestSecurity(user = "service-account-reporting-service", roles = "service")
    void serviceReadsRegistersAndChecksOnly() {
        given().queryParam("workUnit", "408103").queryParam("year", 2024).when().get("/api/v1/registers")
                .then().statusCode(200).body("reformActionPlan.items.size()", equalTo(114));
        given().queryParam("workUnit", "408103").queryParam("year", 2024).when().get("/api/v1/registers/checks")
                .then().statusCode(200);
        given().queryParam("workUnit", "408103").queryParam("year", 2024)
                .when().get("/api/v1/registers/justice-cases").then().statusCode(403);
        given().contentType("application/json").body("{\"workUnit\":\"408103\",\"year\":2024,\"nationality\":\"TH\","
                + "\"count\":1}").when().post("/api/v1/registers/detainees").then().statusCode(403);
    }

    // ---- one record at a time ---------------------------------------------------------------------------------

    @Test
    @TestSecurity(user = "operator-408103", roles = "operator",
            attributes = @SecurityAttribute(key = "work_unit", value = "408103"))
    void aChangedRecordChangesTheDerivedFiguresAndTheChecks() {
        Map<String, Object> item = reformItem("Q2", 0);
        String path = "/api/v1/registers/reform-action-plan/items/" + item.get("id");
        String etag = given().when().get(path).then().statusCode(200).extract().header("ETag");
        given().contentType("application/json").body(itemBody(item, "NOT_DONE")).when().put(path)
                .then().statusCode(428).contentType("application/problem+json");
        given().contentType("application/json").header("If-Match", "\"999\"").body(itemBody(item, "NOT_DONE"))
                .when().put(path).then().statusCode(412);
        Response changed = given().contentType("application/json").header("If-Match", etag)
                .body(itemBody(item, "NOT_DONE")).when().put(path);
        changed.then().statusCode(200).body("status", equalTo("NOT_DONE"));
        try {
            JsonPath card = scorecard();
            String rb = SCORECARD_INDICATOR.formatted("IKK-3.1");
            assertEquals(113, card.getInt(rb + ".derived.numerator"));
            assertEquals(114, card.getInt(rb + ".derived.denominator"));
            assertEquals(List.of(32, 28, 25, 28), card.getList(rb + ".derived.quarters.numerator", Integer.class));
            assertFalse(card.getBoolean(rb + ".derived.matchesEntered"));
            Map<String, Object> c = check(checks(), "indicator.IKK-3.1.numerator");
            assertEquals(true, c.get("contradiction"));
            given().queryParam("workUnit", "408103").queryParam("year", 2024).when().get("/api/v1/registers")
                    .then().body("reformActionPlan.items.findAll { it.status == 'DONE' }.size()", equalTo(113));
            // The entered figures are SUBMITTED: adopting needs the head to return them first.
            given().contentType("application/json").body("{\"workUnit\":\"408103\",\"year\":2024,\"indicator\":"
                    + "\"IKK-3.1\"}").when().post("/api/v1/realizations/derived/adopt")
                    .then().statusCode(409).contentType("application/problem+json");
        } finally {
            given().contentType("application/json").header("If-Match", changed.header("ETag"))
                    .body(itemBody(item, "DONE")).when().put(path).then().statusCode(200);
        }
        assertEquals(114, scorecard().getInt(SCORECARD_INDICATOR.formatted("IKK-3.1") + ".derived.numerator"));
        TestData.as(identities, TestData.identity("auditor", "auditor", null), () ->
                given().queryParam("entity", "Register.reformActionPlan").when().get("/api/v1/audit-trail/indicators")
                        .then().statusCode(200).body("action", hasItem("UPDATE"))
                        .body("username", hasItem("operator-408103")));
    }

    @Test
    @TestSecurity(user = "operator-408103", roles = "operator",
            attributes = @SecurityAttribute(key = "work_unit", value = "408103"))
    void casesAndSuspectsAreEditedOneAtATime() {
        String before = stored();
        Response created = given().contentType("application/json").body("{\"workUnit\":\"408103\",\"year\":2024,"
                + "\"number\":\"PY-02\",\"offence\":\"Pasal 113 UU 6/2011\",\"openedOn\":\"2024-10-01\","
                + "\"spdpDate\":\"2024-10-07\",\"stage\":\"SPDP_ISSUED\",\"stages\":[{\"stage\":\"SPDP_ISSUED\","
                + "\"date\":\"2024-10-07\"}],\"suspects\":[{\"name\":\"Zeng Qingcheng\",\"nationality\":\"CN\"}]}")
                .when().post("/api/v1/registers/justice-cases");
        created.then().statusCode(201).body("spdpPeriod", equalTo("Q4")).body("suspects.size()", equalTo(1));
        long caseId = created.jsonPath().getLong("id");
        String casePath = "/api/v1/registers/justice-cases/" + caseId;
        try {
            String py = SCORECARD_INDICATOR.formatted("IKK-1.1");
            JsonPath card = scorecard();
            assertEquals(1, card.getInt(py + ".derived.numerator"));
            assertEquals(2, card.getInt(py + ".derived.denominator"));
            Response suspect = given().contentType("application/json").body("{\"name\":\"Second Suspect\","
                    + "\"nationality\":\"CN\",\"sex\":\"L\"}").when().post(casePath + "/suspects");
            suspect.then().statusCode(201).body("position", equalTo(2));
            String suspectPath = casePath + "/suspects/" + suspect.jsonPath().getLong("id");
            given().contentType("application/json").header("If-Match", suspect.header("ETag"))
                    .body("{\"name\":\"Second Suspect\",\"nationality\":\"MY\",\"sex\":\"L\"}").when().put(suspectPath)
                    .then().statusCode(200).body("nationality", equalTo("MY"));
            given().when().get(casePath).then().statusCode(200).body("suspects.nationality",
                    equalTo(List.of("CN", "MY")));
            // A stage date before the case opened: problem details, nothing changes.
            String etag = given().when().get(casePath).then().extract().header("ETag");
            given().contentType("application/json").header("If-Match", etag).body("{\"number\":\"PY-02\","
                            + "\"openedOn\":\"2024-10-01\",\"stage\":\"P21\",\"stages\":[{\"stage\":\"SPDP_ISSUED\","
                            + "\"date\":\"2024-10-07\"},{\"stage\":\"P21\",\"date\":\"2024-09-30\"}]}")
                    .when().put(casePath).then().statusCode(422).contentType("application/problem+json")
                    .body("errors.pointer", hasItem("/stages/1/date"));
            given().when().get(casePath).then().body("stage", equalTo("SPDP_ISSUED")).body("stages.size()", equalTo(1));
            // Followed up: P21 → derived 2 of 2.
            given().contentType("application/json").header("If-Match", etag).body("{\"number\":\"PY-02\","
                            + "\"openedOn\":\"2024-10-01\",\"spdpDate\":\"2024-10-07\",\"stage\":\"P21\",\"stages\":"
                            + "[{\"stage\":\"SPDP_ISSUED\",\"date\":\"2024-10-07\"},{\"stage\":\"P21\",\"date\":"
                            + "\"2024-12-02\"}]}")
                    .when().put(casePath).then().statusCode(200).body("suspects.size()", equalTo(2));
            assertEquals(2, scorecard().getInt(py + ".derived.numerator"));
        } finally {
            String etag = given().when().get(casePath).then().extract().header("ETag");
            given().header("If-Match", etag).when().delete(casePath).then().statusCode(204);
        }
        given().when().get(casePath).then().statusCode(404);
        assertEquals(before, stored());
    }

    // ---- bad records ------------------------------------------------------------------------------------------

    @Test
    @TestSecurity(user = "operator-408103", roles = "operator",
            attributes = @SecurityAttribute(key = "work_unit", value = "408103"))
    void badRecordsGetProblemDetailsAndChangeNothing() {
        String before = stored();
        given().contentType("application/json").body("{\"name\":\"Nobody\",\"nationality\":\"VN\"}")
                .when().post("/api/v1/registers/justice-cases/999999/suspects")
                .then().statusCode(404).contentType("application/problem+json").body("status", equalTo(404));
        given().contentType("application/json").body("{\"workUnit\":\"408103\",\"year\":2024,\"quarter\":\"Q5\","
                        + "\"area\":1,\"activity\":\"A\",\"indicator\":\"B\",\"status\":\"DONE\"}")
                .when().post("/api/v1/registers/reform-action-plan/items")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.pointer", equalTo(List.of("/quarter")));
        given().contentType("application/json").body("{\"workUnit\":\"408103\",\"year\":2024,\"nationality\":\"TH\","
                        + "\"count\":-1}").when().post("/api/v1/registers/detainees")
                .then().statusCode(422).body("errors.pointer", equalTo(List.of("/count")));
        given().contentType("application/json").body("{\"workUnit\":\"408103\",\"year\":2024,\"period\":\"FY\","
                        + "\"service\":\"VISA\",\"received\":-3,\"completed\":-4}")
                .when().post("/api/v1/registers/service-volumes")
                .then().statusCode(422).body("errors.pointer", hasItem("/received"))
                .body("errors.pointer", hasItem("/completed"));
        given().contentType("application/json").body("{\"workUnit\":\"408103\",\"year\":2024,\"number\":\"PY-09\","
                        + "\"openedOn\":\"2024-05-01\",\"spdpDate\":\"2024-04-20\",\"stages\":[{\"stage\":\"SPDP_ISSUED\","
                        + "\"date\":\"2024-04-20\"}]}")
                .when().post("/api/v1/registers/justice-cases")
                .then().statusCode(422).body("errors.pointer", hasItem("/stages/0/date"))
                .body("errors.pointer", hasItem("/spdpDate"));
        given().contentType("application/json").body("{\"workUnit\":\"408103\",\"year\":2024,\"nationality\":\"TH\","
                        + "\"count\":\"many\"}").when().post("/api/v1/registers/detainees")
                .then().statusCode(422).body("errors[0].pointer", equalTo("/count"));
        given().contentType("application/json").body("{\"workUnit\":\"408103\",")
                .when().post("/api/v1/registers/detainees").then().statusCode(400)
                .contentType("application/problem+json");
        // An existing natural key is a conflict.
        given().contentType("application/json").body("{\"workUnit\":\"408103\",\"year\":2024,\"nationality\":\"VN\","
                        + "\"count\":1}").when().post("/api/v1/registers/detainees").then().statusCode(409);
        assertEquals(before, stored());
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void badRegistersInADatasetAreAllReportedAndNothingIsStored() throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        var seed = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(TestData.seedText());
        var r = seed.with("registers");
        ((com.fasterxml.jackson.databind.node.ObjectNode) r.path("reformActionPlan").path("items").get(3))
                .put("quarter", "Q5");
        ((com.fasterxml.jackson.databind.node.ObjectNode) r.path("detainees").path("rows").get(0)).put("count", -2);
        ((com.fasterxml.jackson.databind.node.ObjectNode) r.path("passportIssuance").path("rows").get(0))
                .put("male", 2641);
        var c = (com.fasterxml.jackson.databind.node.ObjectNode) r.path("justiceCases").get(0);
        c.put("openedOn", "2024-06-01");
        c.putArray("stages").addObject().put("stage", "P21").put("date", "2024-05-02");
        String before = stored();
        String beforeContent = content();
        given().contentType("application/json").body(seed.toString()).when().post("/api/v1/indicator-datasets")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.pointer", equalTo(List.of("/registers/justiceCases/0/stages/0/date",
                        "/registers/detainees/rows/0/count", "/registers/reformActionPlan/items/3/quarter")));
        assertEquals(before, stored());
        // The valid change alone is an update of one record, and re-importing the seed puts it back.
        ((com.fasterxml.jackson.databind.node.ObjectNode) r.path("reformActionPlan").path("items").get(3))
                .put("quarter", "Q1");
        ((com.fasterxml.jackson.databind.node.ObjectNode) r.path("detainees").path("rows").get(0)).put("count", 11);
        c.remove("openedOn");
        c.remove("stages");
        JsonPath summary = given().contentType("application/json").body(seed.toString())
                .when().post("/api/v1/indicator-datasets").then().statusCode(200).extract().jsonPath();
        assertEquals(1, summary.getInt("entities.registerRecords.updated"));
        assertEquals(1, summary.getInt("entities.registers.updated"));
        assertNotEquals(before, stored());
        assertEquals(14862 + 1, checks().getInt("checks.find { it.key == 'passportIssuance.total.ORDINARY_48' }"
                + ".left.value"));
        given().contentType("application/json").body(TestData.seedText()).when().post("/api/v1/indicator-datasets")
                .then().statusCode(200).body("entities.registerRecords.updated", equalTo(1));
        assertEquals(beforeContent, content());
    }

    // ---- access and locks -------------------------------------------------------------------------------------

    @Test
    @TestSecurity(user = "operator-409011", roles = "operator",
            attributes = @SecurityAttribute(key = "work_unit", value = "409011"))
    void anotherUnitCanNeitherReadNorChangeTheRecords() {
        Map<String, Object> item = reformItemAsAdmin();
        given().queryParam("workUnit", "408103").queryParam("year", 2024).when().get("/api/v1/registers")
                .then().statusCode(403).contentType("application/problem+json");
        given().queryParam("workUnit", "408103").queryParam("year", 2024).when().get("/api/v1/registers/checks")
                .then().statusCode(403);
        given().when().get("/api/v1/registers/reform-action-plan/items/" + item.get("id")).then().statusCode(403);
        given().contentType("application/json").header("If-Match", "*").body(itemBody(item, "NOT_DONE"))
                .when().put("/api/v1/registers/reform-action-plan/items/" + item.get("id")).then().statusCode(403);
        given().contentType("application/json").body("{\"workUnit\":\"408103\",\"year\":2024,\"nationality\":\"TH\","
                + "\"count\":1}").when().post("/api/v1/registers/detainees").then().statusCode(403);
        given().contentType("application/json").body("{\"workUnit\":\"408103\",\"year\":2024,\"indicator\":"
                + "\"IKK-3.1\"}").when().post("/api/v1/realizations/derived/adopt").then().statusCode(403);
    }

    private Map<String, Object> reformItemAsAdmin() {
        Object[] out = new Object[1];
        TestData.as(identities, TestData.identity("test-admin", "admin", null), () -> out[0] = reformItem("Q1", 0));
        @SuppressWarnings("unchecked")
        Map<String, Object> item = (Map<String, Object>) out[0];
        return item;
    }

    @Test
    @TestSecurity(user = "regional-kepri", roles = "regional",
            attributes = @SecurityAttribute(key = "work_unit", value = "KANWIL-KEPRI"))
    void theRegionalOfficeAboveReadsButDoesNotWrite() {
        given().queryParam("workUnit", "408103").queryParam("year", 2024)
                .when().get("/api/v1/registers/passport-issuance").then().statusCode(200).body("size()", equalTo(14));
        given().queryParam("workUnit", "408103").queryParam("year", 2024).when().get("/api/v1/registers/checks")
                .then().statusCode(200);
        given().contentType("application/json").body("{\"workUnit\":\"408103\",\"year\":2024,\"nationality\":\"TH\","
                + "\"count\":1}").when().post("/api/v1/registers/detainees").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "planner-408103", roles = "planner",
            attributes = @SecurityAttribute(key = "work_unit", value = "408103"))
    void aLockedUnitYearRefusesRecordChanges() {
        Response detainee = given().contentType("application/json").body("{\"workUnit\":\"408103\",\"year\":2024,"
                + "\"nationality\":\"TH\",\"count\":1}").when().post("/api/v1/registers/detainees");
        detainee.then().statusCode(201);
        String path = "/api/v1/registers/detainees/" + detainee.jsonPath().getLong("id");
        TestData.as(identities, TestData.identity("svc", "service", null), () ->
                given().when().put("/api/v1/work-units/408103/locks/2024").then().statusCode(201));
        try {
            given().contentType("application/json").header("If-Match", detainee.header("ETag"))
                    .body("{\"nationality\":\"TH\",\"count\":2}").when().put(path)
                    .then().statusCode(409).contentType("application/problem+json");
            given().header("If-Match", detainee.header("ETag")).when().delete(path).then().statusCode(409);
            given().contentType("application/json").body("{\"workUnit\":\"408103\",\"year\":2024,\"indicator\":"
                    + "\"IKK-3.1\"}").when().post("/api/v1/realizations/derived/adopt").then().statusCode(409);
        } finally {
            TestData.as(identities, TestData.identity("svc", "service", null), () ->
                    given().when().delete("/api/v1/work-units/408103/locks/2024").then().statusCode(204));
        }
        given().header("If-Match", detainee.header("ETag")).when().delete(path).then().statusCode(204);
    }

    // ---- derivation rules and adopting ------------------------------------------------------------------------

    @Test
    @TestSecurity(user = "operator-409011", roles = "operator",
            attributes = @SecurityAttribute(key = "work_unit", value = "409011"))
    void derivedFiguresAreAdoptedAsDraftRealization() {
        // 409011's action plan for 2022: two items in Q1 (one done), one in Q2 (done).
        String registers = "{\"format\":\"sakip-performance-dataset/1\",\"registers\":{\"reformActionPlan\":{"
                + "\"workUnit\":\"409011\",\"year\":2022,\"items\":["
                + "{\"quarter\":\"Q1\",\"area\":1,\"activity\":\"SAKIP\",\"indicator\":\"Rencana aksi\",\"status\":\"DONE\"},"
                + "{\"quarter\":\"Q1\",\"area\":1,\"activity\":\"SAKIP\",\"indicator\":\"LKjIP\",\"status\":\"PLANNED\"},"
                + "{\"quarter\":\"Q2\",\"area\":2,\"activity\":\"Pelayanan\",\"indicator\":\"SPKP\",\"status\":\"DONE\"}"
                + "]}}}";
        TestData.as(identities, TestData.identity("planner-409011", "planner", "409011"), () ->
                given().contentType("application/json").body(registers).when().post("/api/v1/indicator-datasets")
                        .then().statusCode(200));
        String adopt = "{\"workUnit\":\"409011\",\"year\":2022,\"indicator\":\"IKK-3.1\"}";
        JsonPath first = given().contentType("application/json").body(adopt)
                .when().post("/api/v1/realizations/derived/adopt").then().statusCode(200).extract().jsonPath();
        assertEquals(4, first.getInt("created"));
        assertEquals(List.of(1, 1, 0, 0), first.getList("periods.numerator", Integer.class));
        assertEquals(List.of(2, 1, 0, 0), first.getList("periods.denominator", Integer.class));
        assertEquals(List.of("DRAFT", "DRAFT", "DRAFT", "DRAFT"), first.getList("periods.status"));
        JsonPath again = given().contentType("application/json").body(adopt)
                .when().post("/api/v1/realizations/derived/adopt").then().statusCode(200).extract().jsonPath();
        assertEquals(4, again.getInt("unchanged"));
        // The scorecard now shows the adopted figures equal to the derived ones.
        JsonPath card = given().queryParam("workUnit", "409011").queryParam("year", 2022)
                .when().get("/api/v1/achievements").then().statusCode(200).extract().jsonPath();
        String rb = SCORECARD_INDICATOR.formatted("IKK-3.1");
        assertEquals(2, card.getInt(rb + ".numerator"));
        assertEquals(3, card.getInt(rb + ".denominator"));
        assertTrue(card.getBoolean(rb + ".derived.matchesEntered"));
        // Nothing to derive from: 422.
        given().contentType("application/json").body("{\"workUnit\":\"409011\",\"year\":2022,\"indicator\":"
                        + "\"IKK-1.2\"}").when().post("/api/v1/realizations/derived/adopt")
                .then().statusCode(422).body("errors[0].pointer", equalTo("/indicator"));
        TestData.as(identities, TestData.identity("auditor", "auditor", null), () ->
                given().queryParam("entity", "Realization").queryParam("workUnit", "409011")
                        .when().get("/api/v1/audit-trail/indicators").then().statusCode(200)
                        .body("action", hasItem("ADOPT_DERIVED")));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void adminChangesDerivationRules() {
        List<Map<String, Object>> rules = given().when().get("/api/v1/registers/derivation-rules")
                .then().statusCode(200).extract().jsonPath().getList("");
        assertEquals(List.of("IKK-1.1", "IKK-2.1", "IKK-3.1", "IKK-3.2"),
                rules.stream().map(r -> r.get("indicator")).toList());
        // The descriptions are printed inside the Indonesian LKjIP: the seed rules speak Indonesian (V5).
        assertEquals(List.of(
                        "Kasus pelanggaran keimigrasian yang SPDP-nya terbit pada tahun berjalan ditangani; yang mencapai P21 "
                                + "atau tahap II ditindaklanjuti",
                        "Layanan keimigrasian yang diselesaikan / permohonan layanan yang diterima, seluruh jenis layanan",
                        "Rencana aksi Reformasi Birokrasi yang selesai / yang direncanakan, per triwulan",
                        "Indeks survei ILK tahun berjalan"),
                rules.stream().map(r -> r.get("description")).toList());
        Map<String, Object> rb = rules.stream().filter(r -> r.get("indicator").equals("IKK-3.1")).findFirst()
                .orElseThrow();
        String path = "/api/v1/registers/derivation-rules/" + rb.get("id");
        String etag = given().when().get(path).then().statusCode(200).extract().header("ETag");
        // A bad rule: unknown field, RATIO indicator given a value; problem details, nothing changes.
        given().contentType("application/json").header("If-Match", etag).body("{\"indicator\":\"IKK-3.1\","
                        + "\"register\":\"reformActionPlan\",\"value\":{\"aggregate\":\"SUM\",\"field\":\"colour\"}}")
                .when().put(path).then().statusCode(422)
                .body("errors.pointer", hasItem("/value/field")).body("errors.pointer", hasItem("/value"));
        given().contentType("application/json").body("{\"indicator\":\"IKK-3.1\",\"register\":\"reformActionPlan\","
                        + "\"numerator\":{\"aggregate\":\"COUNT\"},\"denominator\":{\"aggregate\":\"COUNT\"}}")
                .when().post("/api/v1/registers/derivation-rules").then().statusCode(409);
        // Count only Q1-Q2 items: the derived year figure becomes 61 of 61.
        String rule = "{\"indicator\":\"IKK-3.1\",\"register\":\"reformActionPlan\",\"periodField\":\"quarter\","
                + "\"numerator\":{\"filter\":{\"status\":\"DONE\",\"quarter\":[\"Q1\",\"Q2\"]},\"aggregate\":\"COUNT\"},"
                + "\"denominator\":{\"filter\":{\"quarter\":[\"Q1\",\"Q2\"]},\"aggregate\":\"COUNT\"}}";
        Response changed = given().contentType("application/json").header("If-Match", etag).body(rule).when().put(path);
        changed.then().statusCode(200);
        try {
            assertEquals(61, scorecard().getInt(SCORECARD_INDICATOR.formatted("IKK-3.1") + ".derived.denominator"));
        } finally {
            String original = "{\"indicator\":\"IKK-3.1\",\"register\":\"reformActionPlan\",\"periodField\":\"quarter\","
                    + "\"numerator\":{\"filter\":{\"status\":\"DONE\"},\"aggregate\":\"COUNT\"},"
                    + "\"denominator\":{\"aggregate\":\"COUNT\"},\"description\":\"" + rb.get("description") + "\"}";
            given().contentType("application/json").header("If-Match", changed.header("ETag")).body(original)
                    .when().put(path).then().statusCode(200);
        }
        assertEquals(114, scorecard().getInt(SCORECARD_INDICATOR.formatted("IKK-3.1") + ".derived.denominator"));
        TestData.as(identities, TestData.identity("planner-408103", "planner", "408103"), () ->
                given().contentType("application/json").header("If-Match", "*").body(rule).when().put(path)
                        .then().statusCode(403));
    }
}
