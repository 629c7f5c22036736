package id.sakip.indicators.dataset;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.sakip.indicators.support.TestData;
import id.sakip.testsupport.EmbeddedPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestIdentityAssociation;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Dataset import: complete load, idempotency, dry run, and every bad input with its problem and no change. */
@QuarkusTest
@QuarkusTestResource(value = EmbeddedPostgresResource.class, restrictToAnnotatedClass = false)
class DatasetResourceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    TestIdentityAssociation identities;

    @BeforeEach
    void load() {
        TestData.ensureLoaded(identities);
    }

    private static String importing(String body, int status) {
        return given().contentType("application/json").body(body)
                .when().post("/api/v1/indicator-datasets")
                .then().statusCode(status).extract().asString();
    }

    /** A fingerprint of the stored data of 408103: realizations and the scorecard. */
    private static String stored() {
        String realizations = given().queryParam("workUnit", "408103").queryParam("year", 2024)
                .when().get("/api/v1/realizations").then().statusCode(200).extract().asString();
        String agreements = given().queryParam("workUnit", "408103").queryParam("year", 2024)
                .when().get("/api/v1/agreements").then().statusCode(200).extract().asString();
        String units = given().when().get("/api/v1/work-units").then().statusCode(200).extract().asString();
        return realizations + agreements + units;
    }

    private static ObjectNode seed() throws Exception {
        return (ObjectNode) JSON.readTree(TestData.seedText());
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void reimportingTheSeedChangesNothingAndSaysSo() {
        JsonPath summary = JsonPath.from(importing(TestData.seedText(), 200));
        assertEquals(0, summary.getInt("created"));
        assertEquals(0, summary.getInt("updated"));
        assertEquals(7, summary.getInt("entities.workUnits.unchanged"));
        assertEquals(2, summary.getInt("entities.plans.unchanged"));
        assertEquals(3, summary.getInt("entities.agreements.unchanged"));
        assertEquals(14, summary.getInt("entities.realizations.unchanged"));
        assertEquals(13, summary.getInt("entities.history.unchanged"));
        assertEquals(5, summary.getInt("entities.benchmarks.unchanged"));
        assertEquals(14, summary.getInt("entities.reported.unchanged"));
        assertEquals(11, summary.getInt("entities.registers.unchanged"));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void theSeedIsLoadedCompletely() {
        given().queryParam("workUnit", "408103").queryParam("year", 2024).when().get("/api/v1/registers")
                .then().statusCode(200)
                .body("reformActionPlan.items.size()", equalTo(114))
                .body("justiceCases[0].suspects.size()", equalTo(6))
                .body("enforcementRecords.records.size()", equalTo(32))
                .body("detainees.reportedTotal", equalTo(26))
                .body("satisfactionSurveys[0].index", equalTo(3.96f));
        given().queryParam("workUnit", "408103").queryParam("year", 2024).when().get("/api/v1/agreements")
                .then().statusCode(200)
                .body("revision", equalTo(List.of(1, 2)))
                .body("inForce", equalTo(List.of(false, true)))
                .body("[1].budgetTotal", equalTo(26855838000L))
                .body("[0].firstParty.nip", equalTo("197410211993031001"));
        given().when().get("/api/v1/plans/RENSTRA-DJIM-2025-2029").then().statusCode(200)
                .body("objectives[0].indicators[0].continues", equalTo("RENSTRA-DJIM-2020-2024/IKK-1.1"));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void dryRunReportsChangesWithoutStoringThem() throws Exception {
        ObjectNode changed = seed();
        ((ObjectNode) changed.get("realizations").get(4)).put("numerator", 70);
        String before = stored();
        JsonPath summary = JsonPath.from(given().contentType("application/json").body(changed.toString())
                .queryParam("dryRun", true).when().post("/api/v1/indicator-datasets")
                .then().statusCode(200).extract().asString());
        assertEquals(true, summary.getBoolean("dryRun"));
        assertEquals(1, summary.getInt("entities.realizations.updated"));
        assertEquals(before, stored());
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void malformedJsonIs400AndChangesNothing() {
        String before = stored();
        given().contentType("application/json").body("{\"format\": \"sakip-performance-dataset/1\", \"realizations\": [")
                .when().post("/api/v1/indicator-datasets")
                .then().statusCode(400).contentType("application/problem+json").body("status", equalTo(400));
        assertEquals(before, stored());
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void everyContentProblemIsReportedAtOnceWithItsPointer() throws Exception {
        ObjectNode bad = seed();
        ObjectNode r0 = (ObjectNode) bad.get("realizations").get(0);
        r0.put("indicator", "IKK-9.9");                                   // unknown code
        ((ObjectNode) bad.get("realizations").get(2)).put("numerator", -1);   // negative
        ((ObjectNode) bad.get("realizations").get(5)).remove("denominator");  // numerator without denominator
        ObjectNode r6 = (ObjectNode) bad.get("realizations").get(6);
        r6.put("numerator", 3);
        r6.put("denominator", 0);                                              // denominator 0, numerator > 0
        ((ObjectNode) bad.get("realizations").get(10)).put("numerator", 1);  // VALUE indicator given a numerator
        ((ObjectNode) bad.get("agreements").get(0).get("targets").get(0)).put("indicator", "IKK-7.1"); // outside plan
        ((ObjectNode) bad.get("agreements").get(0)).put("workUnit", "999999"); // unknown unit
        String before = stored();
        importing(bad.toString(), 422);
        JsonPath problem = JsonPath.from(given().contentType("application/json").body(bad.toString())
                .when().post("/api/v1/indicator-datasets").then().statusCode(422)
                .contentType("application/problem+json").extract().asString());
        List<String> pointers = problem.getList("errors.pointer");
        org.hamcrest.MatcherAssert.assertThat(pointers, hasItems(
                "/realizations/0/indicator",
                "/realizations/2/numerator",
                "/realizations/5/denominator",
                "/realizations/6/denominator",
                "/realizations/10/numerator",
                "/agreements/0/targets/0/indicator",
                "/agreements/0/workUnit"));
        assertEquals(before, stored());
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void fullYearAndQuarterlyEntriesMustNotBeMixed() throws Exception {
        ObjectNode bad = seed();
        ObjectNode fy = JSON.createObjectNode();
        fy.put("workUnit", "408103").put("year", 2024).put("indicator", "IKK-3.1").put("period", "FY")
                .put("numerator", 114).put("denominator", 114);
        ((com.fasterxml.jackson.databind.node.ArrayNode) bad.get("realizations")).add(fy);
        String before = stored();
        given().contentType("application/json").body(bad.toString()).when().post("/api/v1/indicator-datasets")
                .then().statusCode(422).body("errors.message", hasItem(org.hamcrest.Matchers.containsString(
                        "must not be mixed")));
        // Against stored rows too: a file with only the FY row.
        ObjectNode only = JSON.createObjectNode();
        only.put("format", "sakip-performance-dataset/1");
        only.putArray("realizations").add(fy);
        given().contentType("application/json").body(only.toString()).when().post("/api/v1/indicator-datasets")
                .then().statusCode(422).body("errors[0].pointer", equalTo("/realizations/0/period"));
        assertEquals(before, stored());
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void wrongFormatTagIsRejected() throws Exception {
        ObjectNode bad = seed();
        bad.put("format", "sakip-budget-dataset/1");
        given().contentType("application/json").body(bad.toString()).when().post("/api/v1/indicator-datasets")
                .then().statusCode(422).body("errors[0].pointer", equalTo("/format"));
    }

    @Test
    @TestSecurity(user = "planner-408103", roles = "planner",
            attributes = @SecurityAttribute(key = "work_unit", value = "408103"))
    void plannerMayImportOwnUnitDataButNotMasterData() throws Exception {
        String before = stored();
        importing(TestData.seedText(), 403);
        ObjectNode own = seed();
        for (String master : new String[]{"workUnits", "plans", "benchmarks", "planStrategies"}) {
            own.remove(master);
        }
        JsonPath summary = JsonPath.from(importing(own.toString(), 200));
        assertEquals(0, summary.getInt("updated"));
        assertEquals(before, stored());
    }

    @Test
    @TestSecurity(user = "planner-409011", roles = "planner",
            attributes = @SecurityAttribute(key = "work_unit", value = "409011"))
    void plannerCannotImportAnotherUnitsData() throws Exception {
        ObjectNode other = seed();
        for (String master : new String[]{"workUnits", "plans", "benchmarks", "planStrategies"}) {
            other.remove(master);
        }
        given().contentType("application/json").body(other.toString()).when().post("/api/v1/indicator-datasets")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "operator-408103", roles = "operator",
            attributes = @SecurityAttribute(key = "work_unit", value = "408103"))
    void operatorCannotImport() {
        importing(TestData.seedText(), 403);
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void importsAreAudited() {
        given().queryParam("entity", "IndicatorDataset").when().get("/api/v1/audit-trail/indicators")
                .then().statusCode(200).body("size()", org.hamcrest.Matchers.greaterThan(0))
                .body("[0].action", org.hamcrest.Matchers.anyOf(equalTo("IMPORT"), equalTo("DRY_RUN")));
        given().queryParam("entity", "Realization").queryParam("key", "408103/2024")
                .when().get("/api/v1/audit-trail/indicators")
                .then().statusCode(200).body("size()", org.hamcrest.Matchers.greaterThan(0));
    }
}
