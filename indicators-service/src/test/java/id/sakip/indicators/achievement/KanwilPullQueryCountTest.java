package id.sakip.indicators.achievement;

import id.sakip.indicators.support.TestData;
import id.sakip.testsupport.EmbeddedPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestIdentityAssociation;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Kanwil pull runs a fixed number of SQL statements whatever the number of units: measured with one unit
 * and with six under a test regional office (year 2023, so the other tests' 2024 figures stay as they are).
 */
@QuarkusTest
@QuarkusTestResource(value = EmbeddedPostgresResource.class, restrictToAnnotatedClass = false)
class KanwilPullQueryCountTest {

    @Inject
    TestIdentityAssociation identities;

    @Inject
    SessionFactory sessionFactory;

    @BeforeEach
    void load() {
        TestData.ensureLoaded(identities);
    }

    private static String units(int from, int to) {
        StringBuilder units = new StringBuilder("{\"code\":\"KANWIL-BENCH\",\"name\":\"Kanwil Bench\","
                + "\"type\":\"REGIONAL_OFFICE\",\"parent\":\"DJIM\"}");
        StringBuilder agreements = new StringBuilder();
        StringBuilder realizations = new StringBuilder();
        for (int i = from; i <= to; i++) {
            String code = "B" + (1000 + i);
            units.append(",{\"code\":\"").append(code).append("\",\"name\":\"Unit ").append(i)
                    .append("\",\"type\":\"TECHNICAL_UNIT\",\"parent\":\"KANWIL-BENCH\"}");
            agreements.append(agreements.length() == 0 ? "" : ",").append("{\"workUnit\":\"").append(code)
                    .append("\",\"year\":2023,\"plan\":\"RENSTRA-DJIM-2020-2024\",\"revision\":1,\"status\":\"SIGNED\","
                            + "\"targets\":[{\"indicator\":\"IKK-1.2\",\"target\":90},"
                            + "{\"indicator\":\"IKK-3.2\",\"target\":3.1}]}");
            for (String q : new String[]{"Q1", "Q2", "Q3", "Q4"}) {
                realizations.append(realizations.length() == 0 ? "" : ",").append("{\"workUnit\":\"").append(code)
                        .append("\",\"year\":2023,\"indicator\":\"IKK-1.2\",\"period\":\"").append(q)
                        .append("\",\"numerator\":").append(i).append(",\"denominator\":").append(i + 1).append("}");
            }
            realizations.append(",{\"workUnit\":\"").append(code)
                    .append("\",\"year\":2023,\"indicator\":\"IKK-3.2\",\"period\":\"Q4\",\"value\":3.5}");
        }
        return "{\"format\":\"sakip-performance-dataset/1\",\"workUnits\":[" + units + "],\"agreements\":["
                + agreements + "],\"realizations\":[" + realizations + "]}";
    }

    private long statementsOfPull(int expectedUnits) {
        sessionFactory.getStatistics().clear();
        given().queryParam("parent", "KANWIL-BENCH").queryParam("year", 2023).queryParam("size", 100)
                .when().get("/api/v1/achievements")
                .then().statusCode(200).body("total", equalTo(expectedUnits));
        return sessionFactory.getStatistics().getPrepareStatementCount();
    }

    @Test
    @TestSecurity(user = "auditor", roles = "auditor")
    void pullUsesABoundedNumberOfQueries() {
        sessionFactory.getStatistics().setStatisticsEnabled(true);
        TestData.as(identities, TestData.identity("test-admin", "admin", null), () ->
                given().contentType("application/json").body(units(1, 1)).when().post("/api/v1/indicator-datasets")
                        .then().statusCode(200));
        long one = statementsOfPull(1);
        TestData.as(identities, TestData.identity("test-admin", "admin", null), () ->
                given().contentType("application/json").body(units(1, 6)).when().post("/api/v1/indicator-datasets")
                        .then().statusCode(200));
        long six = statementsOfPull(6);
        assertTrue(one > 0 && one <= 30, "a handful of set-based statements, not " + one);
        assertEquals(one, six, "statements for 1 unit vs 6 units");
    }
}
