package id.sakip.commons.probe;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The database gone, hung or slow: 503 "Database unavailable" with Retry-After within seconds, readiness DOWN,
 * and both back without a restart once the database is.
 */
@QuarkusTest
@WithTestResource(RestartablePostgres.class)
class DatabaseFaultResourceTest {

    private static final Duration READY_AGAIN_WITHIN = Duration.ofSeconds(10);

    @Test
    void aStoppedDatabaseGives503AndReadinessComesBackWithIt() throws Exception {
        given().when().get("/probe/db").then().statusCode(200);
        given().when().get("/q/health/ready").then().statusCode(200);

        RestartablePostgres.stopServer();
        try {
            for (int i = 0; i < 3; i++) {
                long started = System.nanoTime();
                assertUnavailable(given().when().get("/probe/db"));
                assertTrue(Duration.ofNanos(System.nanoTime() - started).toSeconds() < 5, "503 within 5 s");
            }
            given().when().get("/q/health/ready").then().statusCode(503).body("status", equalTo("DOWN"));
        } finally {
            RestartablePostgres.startServer();
        }
        assertReadyAgain();
    }

    @Test
    void aHungDatabaseGives503WithinSeconds() throws Exception {
        given().when().get("/probe/db").then().statusCode(200);
        RestartablePostgres.signalAll("STOP");
        try {
            long started = System.nanoTime();
            assertUnavailable(given().when().get("/probe/db"));
            long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
            assertTrue(seconds < 6, "gave up after " + seconds + " s");
        } finally {
            RestartablePostgres.signalAll("CONT");
        }
        assertReadyAgain();
    }

    @Test
    void aStatementOverTheTimeoutGives503() {
        assertUnavailable(given().when().get("/probe/db?sleep=5"));
        given().when().get("/probe/db").then().statusCode(200);
    }

    private static void assertUnavailable(Response response) {
        response.then().statusCode(503).contentType("application/problem+json")
                .header("Retry-After", "5")
                .body("title", equalTo("Database unavailable"))
                .body("status", equalTo(503));
    }

    /** Readiness and the API both answer again within 10 s, without a restart. */
    private static void assertReadyAgain() throws InterruptedException {
        long deadline = System.nanoTime() + READY_AGAIN_WITHIN.toNanos();
        while (System.nanoTime() < deadline) {
            if (given().when().get("/q/health/ready").statusCode() == 200
                    && given().when().get("/probe/db").statusCode() == 200) {
                // once ready, it stays so
                for (int i = 0; i < 5; i++) {
                    assertEquals(200, given().when().get("/probe/db").statusCode());
                }
                return;
            }
            Thread.sleep(250);
        }
        fail("not ready again within " + READY_AGAIN_WITHIN.toSeconds() + " s of the database's return");
    }
}
