package id.sakip.indicators.dataset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.sakip.indicators.support.TestData;
import id.sakip.testsupport.EmbeddedPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestIdentityAssociation;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Many writers of one unit-year at once (issue 15): never a 5xx, exactly one effective write, and the same data as
 * one writer alone. Writers of a unit-year are serialized by advisory locks (UnitYearWrites.beginAll).
 */
@QuarkusTest
@QuarkusTestResource(value = EmbeddedPostgresResource.class, restrictToAnnotatedClass = false)
class ConcurrentWritersTest {

    private static final int WRITERS = 8;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    TestIdentityAssociation identities;

    @BeforeEach
    void load() {
        TestData.ensureLoaded(identities);
    }

    /** Runs {@code WRITERS} copies of {@code request} at the same moment; their responses. */
    private static List<Response> atOnce(Callable<Response> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Response>> futures = new ArrayList<>();
            for (int i = 0; i < WRITERS; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return request.call();
                }));
            }
            start.countDown();
            List<Response> out = new ArrayList<>();
            for (Future<Response> f : futures) {
                out.add(f.get());
            }
            out.forEach(r -> assertTrue(r.statusCode() < 500, r.asString()));
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    /** A new unit with a signed agreement, quarterly figures, a register record and a reported figure. */
    private static String dataset(String unit, boolean withRows) {
        try {
            ObjectNode file = (ObjectNode) JSON.readTree(MultiPlanImportTest.file("RENSTRA-DJIM-2020-2024", 2020,
                    2024, List.of("IKK-1.1", "IKK-1.2", "IKK-2.1", "IKK-3.1"), unit, 2024, 0));
            file.remove(List.of("plans", "benchmarks"));
            if (!withRows) {
                file.remove("realizations");
                return file.toString();
            }
            file.set("reported", JSON.readTree("""
                    [{"workUnit": "%s", "year": 2024, "key": "overallAverageAchievement", "value": 100,
                      "where": "Bab III"}]""".formatted(unit)));
            file.set("registers", JSON.readTree("""
                    {"detainees": {"workUnit": "%s", "year": 2024, "rows": [{"nationality": "MY", "count": 3}]}}"""
                    .formatted(unit)));
            return file.toString();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonPath post(String body, boolean dryRun) {
        return JsonPath.from(given().contentType("application/json").body(body).queryParam("dryRun", dryRun)
                .when().post("/api/v1/indicator-datasets").then().log().ifValidationFails().statusCode(200).extract().asString());
    }

    private static String stored(String unit) {
        String realizations = given().queryParam("workUnit", unit).queryParam("year", 2024)
                .when().get("/api/v1/realizations").then().statusCode(200).extract().jsonPath()
                .getList("collect { it.indicator + it.period + it.numerator + '/' + it.denominator }").toString();
        String agreements = given().queryParam("workUnit", unit).queryParam("year", 2024)
                .when().get("/api/v1/agreements").then().statusCode(200).extract().jsonPath()
                .getList("collect { it.revision + it.status + it.targets.size() }").toString();
        String card = given().queryParam("workUnit", unit).queryParam("year", 2024)
                .when().get("/api/v1/achievements").then().statusCode(200).extract().jsonPath()
                .getString("overallAverageAchievement");
        String registers = given().queryParam("workUnit", unit).queryParam("year", 2024)
                .when().get("/api/v1/registers").then().statusCode(200).extract().jsonPath()
                .getList("detainees.rows.collect { it.nationality + it.count }").toString();
        return realizations + agreements + card + registers;
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void parallelImportsOfOneFileWriteOnceAndMatchASerialImport() throws Exception {
        // The serial run: a twin unit imported alone; what one writer does (the dry run of the concurrent file).
        String serial = dataset("CONC-SERIAL", true);
        JsonPath alone = post(serial, false);
        String concurrent = dataset("CONC-PARALLEL", true);
        JsonPath expected = post(concurrent, true);
        assertEquals(alone.getInt("created"), expected.getInt("created"));

        List<Response> answers = atOnce(() -> given().contentType("application/json").body(concurrent)
                .when().post("/api/v1/indicator-datasets"));
        int writing = 0;
        for (Response r : answers) {
            assertEquals(200, r.statusCode(), r.asString());
            JsonPath summary = r.jsonPath();
            if (summary.getInt("created") > 0 || summary.getInt("updated") > 0) {
                writing++;
                assertEquals(expected.getInt("created"), summary.getInt("created"));
                assertEquals(0, summary.getInt("updated"));
            } else {
                assertEquals(expected.getInt("created"), summary.getInt("unchanged"));
            }
        }
        assertEquals(1, writing, "exactly one import writes, the others find everything unchanged");
        assertEquals(stored("CONC-SERIAL"), stored("CONC-PARALLEL"));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void parallelCreatesOfOneRealizationAndOneRecordCreateOnce() throws Exception {
        post(dataset("CONC-CREATE", false), false);
        List<Response> realizations = atOnce(() -> given().contentType("application/json").body("""
                        {"workUnit": "CONC-CREATE", "year": 2024, "indicator": "IKK-1.1", "period": "Q2",
                         "numerator": 3, "denominator": 4}""")
                .when().post("/api/v1/realizations"));
        assertEquals(1, realizations.stream().filter(r -> r.statusCode() == 201).count());
        assertEquals(WRITERS - 1, realizations.stream().filter(r -> r.statusCode() == 409).count());
        assertEquals(1, given().queryParam("workUnit", "CONC-CREATE").queryParam("year", 2024)
                .when().get("/api/v1/realizations").then().statusCode(200).extract().jsonPath().getList("$").size());

        List<Response> records = atOnce(() -> given().contentType("application/json").body("""
                        {"workUnit": "CONC-CREATE", "year": 2024, "nationality": "VN", "count": 2}""")
                .when().post("/api/v1/registers/detainees"));
        assertEquals(1, records.stream().filter(r -> r.statusCode() == 201).count(),
                records.stream().map(Response::asString).toList().toString());
        assertEquals(WRITERS - 1, records.stream().filter(r -> r.statusCode() == 409).count());
        assertEquals(1, given().queryParam("workUnit", "CONC-CREATE").queryParam("year", 2024)
                .when().get("/api/v1/registers/detainees").then().statusCode(200).extract().jsonPath()
                .getList("$").size());
    }
}
