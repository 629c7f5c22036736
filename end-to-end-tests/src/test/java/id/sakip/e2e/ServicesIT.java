package id.sakip.e2e;

import id.sakip.localstack.LocalStack;
import id.sakip.localstack.Service;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

/** Every service is up, documented, reachable through the gateway and accepts a real Keycloak token. */
@ExtendWith(LocalStackExtension.class)
class ServicesIT {

    private static LocalStack stack;
    private static String adminToken;

    @BeforeAll
    static void stack(LocalStack started) {
        stack = started;
        adminToken = stack.token("admin");
    }

    @ParameterizedTest
    @EnumSource(Service.class)
    void healthIsUp(Service service) {
        given().when().get(stack.url(service) + "/q/health")
                .then().statusCode(200)
                .body("status", is("UP"));
    }

    @Test
    void gatewayIsReadyWithItsServices() {
        given().when().get(stack.gatewayUrl() + "/q/health/ready")
                .then().statusCode(200)
                .body("status", is("UP"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"indicators", "budget", "reporting"})
    void openApiOfEachServiceThroughTheGateway(String service) {
        given().accept("application/json")
                .when().get(stack.gatewayUrl() + "/openapi/" + service)
                .then().statusCode(200)
                .body(containsString("openapi"));
    }

    @ParameterizedTest
    @EnumSource(value = Service.class, names = {"INDICATORS", "BUDGET", "REPORTING"})
    void openApiOfEachServiceItself(Service service) {
        given().accept("application/json")
                .when().get(stack.url(service) + "/q/openapi")
                .then().statusCode(200)
                .body(containsString("/api/v1/"));
    }

    @Test
    void swaggerUiAtTheGateway() {
        given().when().get(stack.gatewayUrl() + "/q/swagger-ui/")
                .then().statusCode(200)
                .body(containsString("swagger"));
    }

    @ParameterizedTest(name = "{0}{1}")
    @CsvSource({
            "INDICATORS, /api/v1/work-units/408103",
            "BUDGET,     /api/v1/score-schemes",
            "REPORTING,  /api/v1/validation-rules",
    })
    void oneAuthenticatedCallPerServiceThroughTheGateway(Service service, String path) {
        given().auth().oauth2(adminToken).accept("application/json")
                .when().get(stack.gatewayUrl() + path)
                .then().statusCode(200)
                .contentType(containsString("json"));
    }

    @ParameterizedTest(name = "{0}{1}")
    @CsvSource({
            "INDICATORS, /api/v1/work-units/408103",
            "BUDGET,     /api/v1/score-schemes",
            "REPORTING,  /api/v1/validation-rules",
    })
    void oneAuthenticatedCallPerServiceDirectly(Service service, String path) {
        given().auth().oauth2(adminToken).accept("application/json")
                .when().get(stack.url(service) + path)
                .then().statusCode(200);
    }

    @Test
    void workUnitOfTheSeedOffice() {
        given().auth().oauth2(adminToken).accept("application/json")
                .when().get(stack.gatewayUrl() + "/api/v1/work-units/408103")
                .then().statusCode(200)
                .body("code", is("408103"))
                .body("type", is("TECHNICAL_UNIT"));
    }
}
