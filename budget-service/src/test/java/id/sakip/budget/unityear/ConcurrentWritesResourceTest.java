package id.sakip.budget.unityear;

import id.sakip.budget.Seed;
import id.sakip.testsupport.EmbeddedPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestIdentityAssociation;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * N writers of one new unit-year at once (issue 15, defect 3): no 5xx, exactly one effective write, and the answers
 * and stored data of a serial run. Each test uses its own unit-year of 409011.
 */
@QuarkusTest
@QuarkusTestResource(value = EmbeddedPostgresResource.class, restrictToAnnotatedClass = false)
@TestSecurity(user = "admin", roles = "admin")
class ConcurrentWritesResourceTest {

    private static final int WRITERS = 10;

    @Inject
    TestIdentityAssociation identities;

    @BeforeEach
    void seed() {
        Seed.ensureImported(identities);
    }

    private static String budget(int year, long ceiling) {
        return """
                {"workUnit": "409011", "year": %d, "ceiling": %d, "realization": 800,
                 "bySpendingType": [{"key": "GOODS", "ceiling": %d, "realization": 800}]}"""
                .formatted(year, ceiling, ceiling);
    }

    private static String revenue(int year, long target) {
        return """
                {"workUnit": "409011", "year": %d, "target": %d,
                 "accounts": [{"code": "425211", "mpnTax": 0, "mpnNonTax": 1500, "biTax": 0, "biNonTax": 0,
                               "spmDeduction": 0, "refund": 0}]}""".formatted(year, target);
    }

    /** Runs the requests from {@link #WRITERS} threads released at once; the statuses, counted. */
    private static Map<Integer, Integer> concurrently(IntFunction<Response> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < WRITERS; i++) {
                int n = i;
                answers.add(pool.submit(() -> {
                    start.await();
                    return request.apply(n).statusCode();
                }));
            }
            start.countDown();
            Map<Integer, Integer> statuses = new TreeMap<>();
            for (Future<Integer> a : answers) {
                statuses.merge(a.get(60, TimeUnit.SECONDS), 1, Integer::sum);
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    private static int auditEntries(String entity, String key) {
        return given().queryParam("entity", entity).queryParam("key", key).queryParam("limit", 100)
                .get("/api/v1/audit-trail/budget").then().statusCode(200).extract().jsonPath().getList("$").size();
    }

    @Test
    void tenCreatesOfOneNewBudgetYearAnswerAsASerialRun() throws Exception {
        Map<Integer, Integer> statuses = concurrently(i -> given().contentType(ContentType.JSON)
                .body(budget(2031, 1000)).put("/api/v1/budgets/409011/2031"));

        // serially: the first creates, the others replace without If-Match
        assertEquals(Map.of(201, 1, 428, WRITERS - 1), statuses);
        given().queryParam("workUnit", "409011").queryParam("year", 2031).get("/api/v1/budgets")
                .then().statusCode(200).body("ceiling", equalTo(1000)).body("version", equalTo(0));
        assertEquals(1, auditEntries("BudgetAllotment", "409011/2031"));
    }

    @Test
    void tenCreatesOfOneNewRevenueYearAnswerAsASerialRun() throws Exception {
        Map<Integer, Integer> statuses = concurrently(i -> given().contentType(ContentType.JSON)
                .body(revenue(2031, 1000)).put("/api/v1/revenues/409011/2031"));

        assertEquals(Map.of(201, 1, 428, WRITERS - 1), statuses);
        assertEquals(1, auditEntries("Revenue", "409011/2031"));
    }

    @Test
    void tenUpdatesWithTheSameETagLoseNoneSilently() throws Exception {
        String etag = given().contentType(ContentType.JSON).body(budget(2033, 1000)).put("/api/v1/budgets/409011/2033")
                .then().statusCode(201).extract().header("ETag");

        Map<Integer, Integer> statuses = concurrently(i -> given().contentType(ContentType.JSON)
                .header("If-Match", etag).body(budget(2033, 2000 + i)).put("/api/v1/budgets/409011/2033"));

        // one writer wins, every other one learns that its base is stale
        assertEquals(Map.of(200, 1, 412, WRITERS - 1), statuses);
        Response stored = given().queryParam("workUnit", "409011").queryParam("year", 2033).get("/api/v1/budgets");
        stored.then().statusCode(200).body("version", equalTo(1));
        long ceiling = stored.jsonPath().getLong("ceiling");
        assertTrue(ceiling >= 2000 && ceiling < 2000 + WRITERS, "one writer's ceiling, not a mix: " + ceiling);
        assertEquals(2, auditEntries("BudgetAllotment", "409011/2033"));
    }

    @Test
    void tenImportsOfOneNewUnitYearCreateItOnce() throws Exception {
        String dataset = """
                {"format": "sakip-budget-dataset/1", "budgets": [%s], "revenues": [%s]}"""
                .formatted(budget(2032, 5000), revenue(2032, 700));

        Map<Integer, Integer> statuses = concurrently(i -> given().contentType(ContentType.JSON).body(dataset)
                .post("/api/v1/budget-datasets"));

        assertEquals(Map.of(200, WRITERS), statuses);
        assertEquals(1, auditEntries("BudgetAllotment", "409011/2032"));
        assertEquals(1, auditEntries("Revenue", "409011/2032"));
        // identical to a serial run: the file imported once, then found unchanged
        given().contentType(ContentType.JSON).body(dataset).post("/api/v1/budget-datasets").then().statusCode(200)
                .body("entities.budgets.unchanged", equalTo(1)).body("entities.revenues.unchanged", equalTo(1));
        given().queryParam("workUnit", "409011").queryParam("fromYear", 2032).queryParam("toYear", 2032)
                .get("/api/v1/budgets").then().statusCode(200).body("$", hasSize(1))
                .body("[0].ceiling", equalTo(5000)).body("[0].version", equalTo(0));
    }
}
