package id.sakip.budget.budget;

import id.sakip.budget.Seed;
import id.sakip.testsupport.EmbeddedPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestIdentityAssociation;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

/** The budget read API with the seed imported: figures of Tabel III.16 and III.17. */
@QuarkusTest
@QuarkusTestResource(value = EmbeddedPostgresResource.class, restrictToAnnotatedClass = false)
@TestSecurity(user = "head-408103", roles = "head", attributes = @SecurityAttribute(key = "work_unit", value = "408103"))
class BudgetResourceTest {

    @Inject
    TestIdentityAssociation identities;

    @BeforeEach
    void seed() {
        Seed.ensureImported(identities);
    }

    @Test
    void budget2024() {
        given().queryParam("workUnit", "408103").queryParam("year", 2024)
                .when().get("/api/v1/budgets")
                .then().statusCode(200)
                .body("ceiling", equalTo(26855838000L))
                .body("realization", equalTo(26046788234L))
                .body("absorption", equalTo(96.99f))
                .body("revisions[0].ceiling", equalTo(24505656000L))
                .body("revisions[1].ceiling", equalTo(26855838000L))
                .body("bySpendingType.find { it.key == 'PERSONNEL' }.absorption", equalTo(97.86f))
                .body("bySpendingType.find { it.key == 'PERSONNEL' }.code", equalTo("51"))
                .body("bySpendingType.find { it.key == 'GOODS' }.absorption", equalTo(94.19f))
                .body("bySpendingType.find { it.key == 'CAPITAL' }.absorption", equalTo(98.17f))
                .body("byIndicator.absorption", equalTo(java.util.List.of(98.78f, 87.12f, 99.57f, 76.84f, 97.41f)))
                .body("byObjective.find { it.objective == 'SK1' }.absorption", equalTo(91.61f))
                .body("byObjective.find { it.objective == 'SK2' }.absorption", equalTo(99.57f))
                .body("byObjective.find { it.objective == 'SK3' }.absorption", equalTo(97.35f))
                .body("byFundingSource.find { it.key == 'RM' }.realization", nullValue())
                .body("byFundingSource.find { it.key == 'RM' }.absorption", nullValue())
                .body("savings[0].amount", equalTo(128000000))
                .body("outputs", hasSize(3));
    }

    @Test
    void breakdownsAreSummedAgainstTheirTotals() {
        given().queryParam("workUnit", "408103").queryParam("year", 2024)
                .when().get("/api/v1/budgets")
                .then().statusCode(200)
                // Tabel III.16 adds up to one rupiah more than its total: a finding, stored as given
                .body("sums.find { it.breakdown == 'byIndicator' && it.field == 'realization' }.sum", equalTo(26046788235L))
                .body("sums.find { it.breakdown == 'byIndicator' && it.field == 'realization' }.difference", equalTo(1))
                .body("sums.find { it.breakdown == 'byIndicator' && it.field == 'ceiling' }.difference", equalTo(0))
                .body("sums.find { it.breakdown == 'bySpendingType' && it.field == 'realization' }.difference", equalTo(0))
                .body("sums.find { it.breakdown == 'byFundingSource' && it.field == 'ceiling' }.difference", equalTo(0))
                .body("sums.find { it.breakdown == 'revisions[0].byProgram' }.difference", equalTo(0))
                .body("reported.find { it.key == 'objectiveAbsorptionPercent' }.value", equalTo(97.34f))
                .body("reported.find { it.key == 'objectiveAbsorptionPercent' }.computed", equalTo(97.35f))
                .body("reported.find { it.key == 'objectiveAbsorptionPercent' }.difference", equalTo(-0.01f))
                .body("reported.find { it.key == 'indicatorAbsorptionPercent' }.computed", equalTo(98.78f));
    }

    @Test
    void seriesOf2021To2024WithTheReportedAbsorptionBesideTheComputed() {
        given().queryParam("workUnit", "408103").queryParam("fromYear", 2021).queryParam("toYear", 2024)
                .when().get("/api/v1/budgets")
                .then().statusCode(200)
                .body("year", equalTo(java.util.List.of(2021, 2022, 2023, 2024)))
                .body("absorption", equalTo(java.util.List.of(91.50f, 92.74f, 96.33f, 96.99f)))
                .body("[1].reported[0].value", equalTo(93.32f))
                .body("[1].reported[0].computed", equalTo(92.74f))
                .body("[1].reported[0].difference", equalTo(0.58f));
    }

    @Test
    void etagAllowsCheapPolling() {
        Response first = given().queryParam("workUnit", "408103").queryParam("year", 2024).get("/api/v1/budgets");
        String etag = first.getHeader("ETag");
        given().queryParam("workUnit", "408103").queryParam("year", 2024).header("If-None-Match", etag)
                .when().get("/api/v1/budgets")
                .then().statusCode(304);
    }

    @Test
    void missingYearIs404AndAMissingQueryIs400() {
        given().queryParam("workUnit", "408103").queryParam("year", 2019)
                .when().get("/api/v1/budgets")
                .then().statusCode(404).contentType("application/problem+json");
        given().queryParam("year", 2024)
                .when().get("/api/v1/budgets")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].pointer", equalTo("/query/workUnit"));
    }
}
