package id.sakip.e2e;

import id.sakip.localstack.LocalStack;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The published contract (docs ARCHITECTURE.md) with the seed office's data and real users: who may
 * read unit 408103, the Kanwil pull with a client-credentials token, the budget figures, and a
 * report drafted by reporting-service from the other two services (service tokens between services).
 */
@ExtendWith(LocalStackExtension.class)
class ScenarioIT {

    private static LocalStack stack;

    @BeforeAll
    static void stack(LocalStack started) {
        stack = started;
    }

    @ParameterizedTest
    @ValueSource(strings = {"operator-408103", "planner-408103", "head-408103", "regional-kepri", "auditor", "admin"})
    void scorecardOf408103ForThoseWhoMayReadIt(String username) {
        given().auth().oauth2(stack.token(username)).accept("application/json")
                .queryParam("workUnit", "408103").queryParam("year", 2024)
                .when().get(stack.gatewayUrl() + "/api/v1/achievements")
                .then().statusCode(200)
                .body("workUnit.code", is("408103"))
                .body("year", is(2024));
    }

    @ParameterizedTest
    @ValueSource(strings = {"operator-409011", "planner-409011", "head-409011", "regional-riau"})
    void scorecardOf408103IsNotForOtherUnits(String username) {
        given().auth().oauth2(stack.token(username)).accept("application/json")
                .queryParam("workUnit", "408103").queryParam("year", 2024)
                .when().get(stack.gatewayUrl() + "/api/v1/achievements")
                .then().statusCode(anyOf(is(403), is(404)))
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    void kanwilSystemPullsItsUnits() {
        given().auth().oauth2(stack.clientToken("kanwil-kepri-sync", "kanwil-kepri-sync-secret"))
                .accept("application/json")
                .queryParam("parent", "KANWIL-KEPRI").queryParam("year", 2024)
                .when().get(stack.gatewayUrl() + "/api/v1/achievements")
                .then().statusCode(200);
    }

    @Test
    void budgetOf2024() {
        given().auth().oauth2(stack.token("planner-408103")).accept("application/json")
                .queryParam("workUnit", "408103").queryParam("year", 2024)
                .when().get(stack.gatewayUrl() + "/api/v1/budgets")
                .then().statusCode(200)
                .body("workUnit", is("408103"))
                .body("ceiling", equalTo(26855838000L));
    }

    @Test
    void draftReportRendersAsPdf() {
        String token = stack.token("planner-408103");
        Response created = given().auth().oauth2(token).contentType("application/json").accept("application/json")
                .body("{\"workUnit\": \"408103\", \"year\": 2024}")
                .when().post(stack.gatewayUrl() + "/api/v1/reports");
        created.then().statusCode(anyOf(is(200), is(201)));
        String id = created.jsonPath().getString("id");
        if (id == null && created.header("Location") != null) {
            String location = created.header("Location");
            id = location.substring(location.lastIndexOf('/') + 1);
        }
        assertNotNull(id, "no id in the answer to POST /api/v1/reports: " + created.asString());

        byte[] pdf = given().auth().oauth2(token).accept("application/pdf")
                .when().get(stack.gatewayUrl() + "/api/v1/reports/" + id)
                .then().statusCode(200)
                .contentType(startsWith("application/pdf"))
                .extract().asByteArray();
        assertTrue(pdf.length > 1000 && new String(pdf, 0, 5).equals("%PDF-"), "not a PDF");
    }
}
