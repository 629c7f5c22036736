package id.sakip.reporting.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.sakip.reporting.support.FakeServicesResource;
import id.sakip.reporting.support.Fakes;
import id.sakip.testsupport.EmbeddedPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Findings from the derived figures when they differ from the entered realization, and assembly against an
 * indicators-service without {@code /api/v1/registers/checks} (404: no register-check findings, nothing fails).
 * Uses 408103 / 2023 so that it does not meet the 2024 report of {@link ReportResourceTest}.
 */
@QuarkusTest
@QuarkusTestResource(value = EmbeddedPostgresResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = FakeServicesResource.class, restrictToAnnotatedClass = false)
class RegisterFindingsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void derivedFiguresThatDifferFromTheEnteredOnesAreFindingsNamingTheRule() throws Exception {
        JsonNode card;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("contract/indicators/achievements-408103-2024.json")) {
            card = JSON.readTree(in);
        }
        ((ObjectNode) card).put("year", 2023);
        for (JsonNode o : card.get("objectives")) {
            for (JsonNode i : o.get("indicators")) {
                if (i.get("code").asText().equals("IKK-3.1")) {
                    // the register says 113 items done (27 in Q4), the realization entered says 114 (28 in Q4)
                    ObjectNode d = (ObjectNode) i.get("derived");
                    d.put("numerator", 113).put("matchesEntered", false);
                    ((ObjectNode) d.get("quarters").get(3)).put("numerator", 27);
                }
            }
        }
        try {
            Fakes.replace("indicators/achievements-408103-2023.json", JSON.writeValueAsString(card));
            Fakes.remove("indicators/register-checks-408103-2023.json");
            long id = given().contentType("application/json").body(Map.of("workUnit", "408103", "year", 2023))
                    .post("/api/v1/reports").then().statusCode(201).extract().jsonPath().getLong("id");

            JsonPath f = given().get("/api/v1/reports/" + id + "/findings").then().statusCode(200).extract().jsonPath();
            Map<String, Object> numerator = f.getMap("findings.find { it.rule == 'DERIVED_NUMERATOR' }");
            assertNotNull(numerator, f.prettify());
            assertEquals("HIGH", numerator.get("importance"));
            assertEquals("IKK-3.1", ((Map<?, ?>) numerator.get("context")).get("code"));
            assertEquals(114, ((Number) ((Map<?, ?>) numerator.get("left")).get("value")).intValue());
            assertEquals(113, ((Number) ((Map<?, ?>) numerator.get("right")).get("value")).intValue());
            String source = ((Map<?, ?>) numerator.get("right")).get("source").toString();
            assertTrue(source.contains("registers/reformActionPlan") && source.contains("derivation rule 3"), source);
            assertTrue(numerator.get("message").toString().contains("Rencana aksi Reformasi Birokrasi yang selesai / yang direncanakan"),
                    numerator.get("message").toString());

            Map<String, Object> q4 = f.getMap("findings.find { it.rule == 'DERIVED_QUARTER_NUMERATOR' }");
            assertNotNull(q4, f.prettify());
            assertEquals("Q4", ((Map<?, ?>) q4.get("context")).get("period"));
            assertEquals(28, ((Number) ((Map<?, ?>) q4.get("left")).get("value")).intValue());
            assertEquals(27, ((Number) ((Map<?, ?>) q4.get("right")).get("value")).intValue());
            assertEquals(1, f.getList("findings.findAll { it.rule == 'DERIVED_QUARTER_NUMERATOR' }").size(),
                    "Q1-Q3 (32/29/25) match");
            assertTrue(f.getList("findings.findAll { it.rule == 'DERIVED_DENOMINATOR' }").isEmpty(), "114 = 114");
            assertTrue(f.getList("findings.findAll { it.rule.startsWith('REGISTER_CHECK') }").isEmpty(),
                    "no checks endpoint, no register-check findings");

            given().accept("text/html").get("/api/v1/reports/" + id).then().statusCode(200);
        } finally {
            Fakes.reset();
        }
    }
}
