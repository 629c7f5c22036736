package id.sakip.indicators.content;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
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

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The report content APIs: the seed's content as the reference LKjIP prints it, who may read and write it, If-Match,
 * validation problems that leave stored data untouched, the narrative pre-filled from realization notes, and the
 * dataset sections imported idempotently.
 */
@QuarkusTest
@QuarkusTestResource(value = EmbeddedPostgresResource.class, restrictToAnnotatedClass = false)
class ContentResourceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PROFILE_2023 = "{\"background\":\"Latar belakang 2023\",\"staff\":{\"asOf\":"
            + "\"2023-12-31\",\"byRankGroup\":[{\"label\":\"Golongan III\",\"count\":48}]},\"servicePoints\":"
            + "[{\"name\":\"TPI Sri Bintan Pura\",\"kind\":\"SEA_CHECKPOINT\"}]}";

    @Inject
    TestIdentityAssociation identities;

    @BeforeEach
    void load() {
        TestData.ensureLoaded(identities);
    }

    @Test
    @TestSecurity(user = "head-408103", roles = "head",
            attributes = @SecurityAttribute(key = "work_unit", value = "408103"))
    void theSeedCarriesTheReferenceReportsContent() {
        JsonPath profile = given().when().get("/api/v1/work-units/408103/profile/2024").then().statusCode(200)
                .header("ETag", equalTo("\"0\"")).extract().jsonPath();
        // Tabel I.3 of the reference: 1 + 50 + 22 + 0 = 73 staff.
        assertEquals(73, profile.<Integer>getList("staff.byRankGroup.count").stream().mapToInt(i -> i).sum());
        assertEquals(5, profile.getList("organisationUnits").size());
        assertEquals(5, profile.getList("strategicIssues").size());
        given().when().get("/api/v1/work-units/408103/other-achievements/2024").then().statusCode(200)
                .body("innovations.name", equalTo(List.of("BIDARA", "SILADA", "SITANCAP")))
                .body("awards.size()", equalTo(3));
        given().when().get("/api/v1/work-units/408103/narrative/2024").then().statusCode(200)
                .body("indicators.indicator", equalTo(List.of("IKK-1.1", "IKK-1.2", "IKK-2.1", "IKK-3.1", "IKK-3.2")))
                .body("indicators.prefilled", equalTo(java.util.Arrays.asList(null, null, null, null, null)))
                .body("efficiency.title", hasItem("Efisiensi di bidang anggaran"))
                .body("obstacles.size()", equalTo(5));
        given().when().get("/api/v1/work-units/408103/risk-register/2024").then().statusCode(200)
                .body("risks.objective", equalTo(List.of("SK1", "SK1", "SK2", "SK3", "SK3")));
        given().when().get("/api/v1/plans/RENSTRA-DJIM-2020-2024/strategy").then().statusCode(200)
                .body("missions.size()", equalTo(2)).body("goals.size()", equalTo(2))
                .body("cascade.find { it.code == 'SK3' }.parent", equalTo("SS2"))
                .body("cascade.find { it.code == 'SS1' }.level", equalTo("STRATEGIC"));
        given().when().get("/api/v1/work-units/408103/profile/2021").then().statusCode(404)
                .contentType("application/problem+json");
    }

    /** reporting-service's tests play indicators-service with these files: they must be what it answers. */
    @Test
    @TestSecurity(user = "reporting-service", roles = "service")
    void theAnswersAreReportingServicesContractFixtures() throws Exception {
        Path dir = Path.of("../reporting-service/src/test/resources/contract/indicators");
        for (String[] pair : new String[][]{{"profile-408103-2024", "/api/v1/work-units/408103/profile/2024"},
                {"narrative-408103-2024", "/api/v1/work-units/408103/narrative/2024"},
                {"other-achievements-408103-2024", "/api/v1/work-units/408103/other-achievements/2024"},
                {"risk-register-408103-2024", "/api/v1/work-units/408103/risk-register/2024"},
                {"strategy-RENSTRA-DJIM-2020-2024", "/api/v1/plans/RENSTRA-DJIM-2020-2024/strategy"}}) {
            String answer = given().when().get(pair[1]).then().statusCode(200).extract().asString();
            assertEquals(JSON.readTree(Files.readString(dir.resolve(pair[0] + ".json"))), JSON.readTree(answer), pair[0]);
        }
    }

    @Test
    @TestSecurity(user = "planner-409011", roles = "planner",
            attributes = @SecurityAttribute(key = "work_unit", value = "409011"))
    void anotherUnitsPlannerNeitherReadsNorWrites() {
        for (String kind : List.of("profile", "narrative", "other-achievements", "risk-register")) {
            given().when().get("/api/v1/work-units/408103/" + kind + "/2024").then().statusCode(403)
                    .contentType("application/problem+json");
            given().contentType("application/json").body("{}").when()
                    .put("/api/v1/work-units/408103/" + kind + "/2023").then().statusCode(403);
        }
        given().contentType("application/json").body("{\"vision\":\"x\"}").when()
                .put("/api/v1/plans/RENSTRA-DJIM-2020-2024/strategy").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "operator-408103", roles = "operator",
            attributes = @SecurityAttribute(key = "work_unit", value = "408103"))
    void operatorsAndHeadsReadButDoNotWrite() {
        given().when().get("/api/v1/work-units/408103/profile/2024").then().statusCode(200);
        given().contentType("application/json").body(PROFILE_2023).when()
                .put("/api/v1/work-units/408103/profile/2023").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "planner-408103", roles = "planner",
            attributes = @SecurityAttribute(key = "work_unit", value = "408103"))
    void plannerWritesTheOwnUnitWithIfMatch() {
        given().contentType("application/json").body(PROFILE_2023).when()
                .put("/api/v1/work-units/408103/profile/2023").then().statusCode(201).header("ETag", equalTo("\"0\""));
        given().contentType("application/json").body(PROFILE_2023).when()
                .put("/api/v1/work-units/408103/profile/2023").then().statusCode(428);
        given().contentType("application/json").body(PROFILE_2023).header("If-Match", "\"7\"").when()
                .put("/api/v1/work-units/408103/profile/2023").then().statusCode(412);
        given().contentType("application/json").body(PROFILE_2023.replace("48", "49")).header("If-Match", "\"0\"")
                .when().put("/api/v1/work-units/408103/profile/2023").then().statusCode(200)
                .header("ETag", equalTo("\"1\""));
        given().when().get("/api/v1/work-units/408103/profile/2023").then().statusCode(200)
                .body("staff.byRankGroup[0].count", equalTo(49)).body("staff.asOf", equalTo("2023-12-31"))
                .body("servicePoints[0].kind", equalTo("SEA_CHECKPOINT")).body("tasks", nullValue());
    }

    @Test
    @TestSecurity(user = "planner-408103", roles = "planner",
            attributes = @SecurityAttribute(key = "work_unit", value = "408103"))
    void invalidContentIsAProblemAndStoresNothing() {
        String risks = "{\"risks\":[{\"objective\":\"SK1\",\"event\":\" \",\"likelihood\":7,\"mitigation\":\"m\"}]}";
        given().contentType("application/json").body(risks).when()
                .put("/api/v1/work-units/408103/risk-register/2022").then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.pointer", equalTo(List.of("/risks/0/event", "/risks/0/likelihood")));
        given().contentType("application/json").body("{\"innovations\":[{\"name\":\"X\"}]}").when()
                .put("/api/v1/work-units/408103/other-achievements/2022").then().statusCode(422)
                .body("errors.pointer", equalTo(List.of("/innovations/0/description")));
        given().contentType("application/json").body("{\"servicePoints\":[{\"name\":\"X\",\"kind\":\"CASTLE\"}]}")
                .when().put("/api/v1/work-units/408103/profile/2022").then().statusCode(400)
                .contentType("application/problem+json");
        given().contentType("application/json").body("{\"risks\":[{\"event\":\"e\",\"mitigation\":\"m\"}]}").when()
                .put("/api/v1/work-units/408103/risk-register/1999").then().statusCode(400);
        given().when().get("/api/v1/work-units/408103/risk-register/2022").then().statusCode(404);
        given().when().get("/api/v1/work-units/408103/other-achievements/2022").then().statusCode(404);
        given().when().get("/api/v1/work-units/408103/profile/2022").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "operator-409011", roles = "operator",
            attributes = @SecurityAttribute(key = "work_unit", value = "409011"))
    void aNarrativeNotWrittenIsPrefilledFromTheRealizationNotes() {
        given().when().get("/api/v1/work-units/409011/narrative/2021").then().statusCode(404);
        given().contentType("application/json").body("{\"workUnit\":\"409011\",\"year\":2021,\"indicator\":"
                        + "\"IKK-1.2\",\"period\":\"Q2\",\"numerator\":3,\"denominator\":4,\"note\":\"Satu kasus "
                        + "menunggu putusan; koordinasi dengan kejaksaan\"}")
                .when().post("/api/v1/realizations").then().statusCode(201);
        given().when().get("/api/v1/work-units/409011/narrative/2021").then().statusCode(200)
                .body("indicators[0].indicator", equalTo("IKK-1.2"))
                .body("indicators[0].prefilled", equalTo(true))
                .body("indicators[0].actions",
                        equalTo("- Triwulan II: Satu kasus menunggu putusan; koordinasi dengan kejaksaan"));
        TestData.as(identities, TestData.identity("planner-409011", "planner", "409011"), () ->
                given().contentType("application/json").body("{\"indicators\":[{\"indicator\":\"IKK-1.2\","
                                + "\"causes\":\"Koordinasi\",\"prefilled\":true}]}")
                        .when().put("/api/v1/work-units/409011/narrative/2021").then().statusCode(201)
                        .body("indicators[0].prefilled", nullValue()));
        given().when().get("/api/v1/work-units/409011/narrative/2021").then().statusCode(200)
                .body("indicators.size()", equalTo(1)).body("indicators[0].causes", equalTo("Koordinasi"))
                .body("indicators[0].prefilled", nullValue());
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void datasetSectionsImportIdempotentlyAndAllOrNothing() throws Exception {
        ObjectNode seed = (ObjectNode) JSON.readTree(TestData.seedText());
        JsonPath again = JsonPath.from(importing(seed.toString(), 200));
        for (String section : List.of("profiles", "narratives", "otherAchievements", "riskRegisters",
                "planStrategies")) {
            assertEquals(1, again.getInt("entities." + section + ".unchanged"), section);
            assertEquals(0, again.getInt("entities." + section + ".created") + again.getInt("entities." + section
                    + ".updated"), section);
        }
        ObjectNode file = JSON.createObjectNode().put("format", "sakip-performance-dataset/1");
        ObjectNode profile = JSON.createObjectNode().put("workUnit", "408103").put("year", 2020)
                .put("background", "Latar belakang 2020");
        file.putArray("profiles").add(profile);
        ArrayNode risks = file.putArray("riskRegisters");
        risks.addObject().put("workUnit", "408103").put("year", 2020).putArray("risks").addObject().put("event", "e");
        risks.addObject().put("workUnit", "NOPE").put("year", 2020);
        file.putArray("planStrategies").addObject().put("plan", "NOPE");
        JsonPath problem = JsonPath.from(importing(file.toString(), 422));
        // the file's own problems first, then those found against the stored units
        assertEquals(List.of("/riskRegisters/0/risks/0/mitigation", "/planStrategies/0/plan",
                "/riskRegisters/1/workUnit"), problem.getList("errors.pointer"));
        given().when().get("/api/v1/work-units/408103/profile/2020").then().statusCode(404);
        ((ArrayNode) file.get("riskRegisters")).remove(1);
        file.remove("planStrategies");
        ((ObjectNode) file.get("riskRegisters").get(0).get("risks").get(0)).put("mitigation", "m");
        JsonPath first = JsonPath.from(importing(file.toString(), 200));
        assertEquals(1, first.getInt("entities.profiles.created"));
        assertEquals(1, first.getInt("entities.riskRegisters.created"));
        JsonPath second = JsonPath.from(importing(file.toString(), 200));
        assertEquals(1, second.getInt("entities.profiles.unchanged"));
        assertEquals(0, second.getInt("created") + second.getInt("updated"));
        given().when().get("/api/v1/work-units/408103/profile/2020").then().statusCode(200)
                .body("background", equalTo("Latar belakang 2020"));
    }

    @Test
    @TestSecurity(user = "planner-408103", roles = "planner",
            attributes = @SecurityAttribute(key = "work_unit", value = "408103"))
    void aPlannersDatasetMayNotCarryPlanStrategies() {
        importing("{\"format\":\"sakip-performance-dataset/1\",\"planStrategies\":[{\"plan\":"
                + "\"RENSTRA-DJIM-2020-2024\",\"vision\":\"x\"}]}", 403);
    }

    private static String importing(String body, int status) {
        return given().contentType("application/json").body(body).when().post("/api/v1/indicator-datasets")
                .then().statusCode(status).extract().asString();
    }
}
