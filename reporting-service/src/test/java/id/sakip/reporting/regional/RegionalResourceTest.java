package id.sakip.reporting.regional;

import id.sakip.reporting.support.FakeServicesResource;
import id.sakip.testsupport.EmbeddedPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@QuarkusTestResource(value = EmbeddedPostgresResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = FakeServicesResource.class, restrictToAnnotatedClass = false)
class RegionalResourceTest {

    @Test
    @TestSecurity(user = "regional-kepri", roles = "regional", attributes = @SecurityAttribute(key = "work_unit", value = "KANWIL-KEPRI"))
    void theKanwilSeesOneRowPerUnitBelowIt() {
        given().get("/api/v1/reports/regional?parent=KANWIL-KEPRI&year=2024").then().statusCode(200)
                .body("units.size()", equalTo(1))
                .body("units[0].workUnit", equalTo("408103"))
                .body("units[0].overallAverageAchievement", equalTo(112.03f))
                .body("units[0].objectives.averageAchievement", equalTo(List.of(111.11f, 111.11f, 113.87f)))
                .body("units[0].absorption", equalTo(96.99f))
                .body("units[0].nka", equalTo(84.35f));
        given().accept("application/pdf").get("/api/v1/reports/regional?parent=KANWIL-KEPRI&year=2024").then().statusCode(200)
                .contentType("application/pdf");
        given().accept("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .get("/api/v1/reports/regional?parent=KANWIL-KEPRI&year=2024").then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "regional-riau", roles = "regional", attributes = @SecurityAttribute(key = "work_unit", value = "KANWIL-RIAU"))
    void anotherKanwilMayNotConsolidateIt() {
        given().get("/api/v1/reports/regional?parent=KANWIL-KEPRI&year=2024").then().statusCode(403)
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    @TestSecurity(user = "planner-408103", roles = "planner", attributes = @SecurityAttribute(key = "work_unit", value = "408103"))
    void unitStaffHaveNoConsolidatedView() {
        given().get("/api/v1/reports/regional?parent=KANWIL-KEPRI&year=2024").then().statusCode(403);
    }
}
