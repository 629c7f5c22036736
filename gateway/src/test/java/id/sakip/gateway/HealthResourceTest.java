package id.sakip.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import id.sakip.gateway.support.Fakes;
import id.sakip.gateway.support.TestEnvironment;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Readiness follows the downstream services; liveness does not. */
@QuarkusTest
@WithTestResource(TestEnvironment.class)
class HealthResourceTest {

    @Test
    void readinessReportsEveryDownstreamService() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", containsInAnyOrder("indicators", "budget", "reporting"))
                .body("checks.find { it.name == 'budget' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'budget' }.data.url", containsString("/q/health/ready"));
    }

    @Test
    void aServiceThatIsNotReadyMakesTheGatewayNotReady() {
        Fakes.control("ready", "indicators", "?value=false");
        try {
            given().when().get("/q/health/ready")
                    .then().statusCode(503)
                    .body("status", equalTo("DOWN"))
                    .body("checks.find { it.name == 'indicators' }.status", equalTo("DOWN"))
                    .body("checks.find { it.name == 'indicators' }.data.httpStatus", equalTo(503))
                    .body("checks.find { it.name == 'budget' }.status", equalTo("UP"));
        } finally {
            Fakes.control("ready", "indicators", "?value=true");
        }
    }

    @Test
    void aServiceThatIsDownIsReportedWithTheReason() {
        Fakes.control("stop", "reporting");
        try {
            given().when().get("/q/health/ready")
                    .then().statusCode(503)
                    .body("checks.find { it.name == 'reporting' }.status", equalTo("DOWN"))
                    .body("checks.find { it.name == 'reporting' }.data.error", containsString("onnection refused"));
            given().when().get("/q/health/live")
                    .then().statusCode(200).body("status", equalTo("UP"));
        } finally {
            Fakes.control("start", "reporting");
        }
        given().when().get("/q/health/ready").then().statusCode(200);
    }
}
