package id.sakip.budget.revenue;

import id.sakip.budget.Seed;
import id.sakip.testsupport.EmbeddedPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestIdentityAssociation;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;

/** PNBP read API with the seed imported: Tabel III.18-III.21 and Bab III.B. */
@QuarkusTest
@QuarkusTestResource(value = EmbeddedPostgresResource.class, restrictToAnnotatedClass = false)
@TestSecurity(user = "planner-408103", roles = "planner", attributes = @SecurityAttribute(key = "work_unit", value = "408103"))
class RevenueResourceTest {

    @Inject
    TestIdentityAssociation identities;

    @BeforeEach
    void seed() {
        Seed.ensureImported(identities);
    }

    @Test
    void revenue2024AgainstItsTarget() {
        given().queryParam("workUnit", "408103").queryParam("year", 2024)
                .when().get("/api/v1/revenues")
                .then().statusCode(200)
                .body("target", equalTo(14787430000L))
                .body("realization", equalTo(22239627009L))
                .body("percentOfTarget", equalTo(150.40f))
                .body("accounts", hasSize(8))
                .body("accounts.find { it.code == '425211' }.realization", equalTo(12377600000L))
                .body("accounts.difference", everyItem(equalTo(0)))
                // Bab IV prints 150,39%; the executive summary compares against the spending total
                .body("reported.find { it.key == 'percentOfTarget' && it.value == 150.39f }.difference", equalTo(-0.01f))
                .body("reported.find { it.key == 'reportedTotals.realization' }.difference", equalTo(0.00f));
    }

    @Test
    void seriesTotalsEqualTheSumOfTheirAccounts() {
        given().queryParam("workUnit", "408103").queryParam("fromYear", 2021).queryParam("toYear", 2024)
                .when().get("/api/v1/revenues")
                .then().statusCode(200)
                .body("realization", equalTo(List.of(62244123, 16030963172L, 21607503680L, 22239627009L)))
                .body("reportedTotals.realization", equalTo(List.of(62244123, 16030963172L, 21607503680L, 22239627009L)))
                .body("percentOfTarget", equalTo(java.util.Arrays.asList(null, null, null, 150.40f)))
                .body("[0].accounts.find { it.code == '425214' }.reportedRealization", equalTo(null));
    }
}
