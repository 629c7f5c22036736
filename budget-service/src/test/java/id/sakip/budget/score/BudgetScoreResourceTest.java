package id.sakip.budget.score;

import id.sakip.budget.Seed;
import id.sakip.testsupport.EmbeddedPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestIdentityAssociation;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

/** IKPA, SMART, planning and NKA recomputed beside Tabel III.22-III.29, read by reporting-service's role. */
@QuarkusTest
@QuarkusTestResource(value = EmbeddedPostgresResource.class, restrictToAnnotatedClass = false)
@TestSecurity(user = "service-account-reporting-service", roles = "service")
class BudgetScoreResourceTest {

    @Inject
    TestIdentityAssociation identities;

    @BeforeEach
    void seed() {
        Seed.ensureImported(identities);
    }

    @Test
    void ikpaRecomputedForEveryYear() {
        given().queryParam("workUnit", "408103").queryParam("fromYear", 2021).queryParam("toYear", 2024)
                .when().get("/api/v1/budget-scores")
                .then().statusCode(200)
                .body("ikpa.scheme", equalTo(List.of("IKPA-2021", "IKPA-2022", "IKPA-2022", "IKPA-2024")))
                .body("ikpa.computedFinal", equalTo(List.of(99.36f, 93.07f, 95.69f, 85.91f)))
                .body("ikpa.reportedFinal", equalTo(List.of(99.36f, 93.07f, 95.69f, 85.91f)))
                .body("ikpa.difference", equalTo(List.of(0f, 0f, 0f, 0f)));
    }

    @Test
    void ikpa2021IsTheTotalOverTheWeightsThatApply() {
        given().queryParam("workUnit", "408103").queryParam("year", 2021)
                .when().get("/api/v1/budget-scores")
                .then().statusCode(200)
                .body("ikpa.computedTotal", equalTo(94.40f))
                .body("ikpa.reportedTotal", equalTo(94.4f))
                .body("ikpa.applicableWeight", equalTo(95))
                .body("ikpa.components", hasSize(13))
                .body("ikpa.components.find { it.key == 'RENKAS' }.applies", equalTo(false))
                .body("ikpa.components.find { it.key == 'RENKAS' }.weight", equalTo(0))
                .body("ikpa.aspects.PLANNING_CONFORMITY.computed", equalTo(97.64f))
                .body("ikpa.aspects.PLANNING_CONFORMITY.difference", equalTo(0f));
    }

    @Test
    void ikpa2024ShowsTheReportedWeightedValuesBesideTheComputed() {
        given().queryParam("workUnit", "408103").queryParam("year", 2024)
                .when().get("/api/v1/budget-scores")
                .then().statusCode(200)
                .body("ikpa.components.find { it.key == 'PENYERAPAN' }.weighted", equalTo(16.98f))
                .body("ikpa.components.find { it.key == 'PENYERAPAN' }.reportedWeighted", equalTo(16.38f))
                .body("ikpa.components.find { it.key == 'PENYERAPAN' }.difference", equalTo(-0.60f))
                .body("ikpa.components.find { it.key == 'DEVIASI_HAL3' }.weighted", equalTo(13.08f))
                .body("ikpa.reducers[0].key", equalTo("DISPENSASI_SPM"))
                .body("ikpa.reducers[0].value", equalTo(0))
                .body("smart", nullValue())
                .body("planning.reportedScore", equalTo(83.33f))
                .body("planning.computedScore", nullValue())
                .body("nka.planning", equalTo(83.33f))
                .body("nka.planningSource", equalTo("PLANNING-2024 reported"))
                .body("nka.execution", equalTo(85.91f))
                .body("nka.computedScore", equalTo(84.36f))
                .body("nka.reportedScore", equalTo(84.35f))
                .body("nka.difference", equalTo(-0.01f));
    }

    @Test
    void smartAndNkaOf2021To2023() {
        given().queryParam("workUnit", "408103").queryParam("fromYear", 2021).queryParam("toYear", 2023)
                .when().get("/api/v1/budget-scores")
                .then().statusCode(200)
                .body("smart.computedScore", equalTo(List.of(78.36f, 88.18f, 98.36f)))
                .body("smart.reportedScore", equalTo(List.of(78.36f, 88.18f, 98.36f)))
                .body("smart.efficiencyScore", equalTo(List.of(64.85f, 62.00f, 100.00f)))
                .body("smart.reportedEfficiencyScore", equalTo(List.of(64.84f, 61.99f, 100)))
                .body("smart.efficiencyScoreDifference", equalTo(List.of(-0.01f, -0.01f, 0f)))
                .body("nka.computedScore", equalTo(List.of(86.76f, 90.14f, 97.29f)))
                .body("nka.reportedScore", equalTo(List.of(86.75f, 90.14f, 90.29f)))
                .body("nka.difference", equalTo(List.of(-0.01f, 0f, -7.00f)))
                .body("planning", equalTo(java.util.Arrays.asList(null, null, null)));
    }
}
