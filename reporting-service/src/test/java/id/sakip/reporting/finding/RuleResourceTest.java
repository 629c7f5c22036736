package id.sakip.reporting.finding;

import id.sakip.reporting.support.FakeServicesResource;
import id.sakip.testsupport.EmbeddedPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
@QuarkusTestResource(value = EmbeddedPostgresResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = FakeServicesResource.class, restrictToAnnotatedClass = false)
class RuleResourceTest {

    private static Map<String, Object> rule(String code) {
        Map<String, Object> r = new HashMap<>();
        r.put("code", code);
        r.put("name", "Realisasi per keluaran tidak melebihi realisasi total");
        r.put("scope", "budgets");
        r.put("left", "sum($.outputs.realization)");
        r.put("operator", "LE");
        r.put("right", "$.realization");
        r.put("importance", "LOW");
        r.put("tolerance", 0);
        r.put("message", "Tahun {year}: Rp {left} melebihi Rp {right}");
        return r;
    }

    @Test
    @TestSecurity(user = "planner-408103", roles = "planner", attributes = @SecurityAttribute(key = "work_unit", value = "408103"))
    void theDefaultRuleSetIsShippedAndReadable() {
        given().get("/api/v1/validation-rules").then().statusCode(200).body("size()", greaterThan(30))
                .body("code", hasItem("INDICATOR_REALIZATION_SUM"));
        given().contentType("application/json").body(rule("PLANNER_RULE")).post("/api/v1/validation-rules").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void adminsAddChangeAndDeleteRulesWithIfMatch() {
        given().contentType("application/json").body(rule("OUTPUT_REALIZATION_WITHIN_TOTAL")).post("/api/v1/validation-rules")
                .then().statusCode(201).body("version", equalTo(0));
        given().contentType("application/json").body(rule("OUTPUT_REALIZATION_WITHIN_TOTAL")).post("/api/v1/validation-rules")
                .then().statusCode(409);
        Map<String, Object> changed = rule("OUTPUT_REALIZATION_WITHIN_TOTAL");
        changed.put("importance", "MEDIUM");
        String url = "/api/v1/validation-rules/OUTPUT_REALIZATION_WITHIN_TOTAL";
        given().contentType("application/json").body(changed).put(url).then().statusCode(428);
        given().contentType("application/json").header("If-Match", "\"7\"").body(changed).put(url).then().statusCode(412);
        String etag = given().get(url).then().statusCode(200).extract().header("ETag");
        given().contentType("application/json").header("If-Match", etag).body(changed).put(url).then().statusCode(200)
                .body("importance", equalTo("MEDIUM")).body("version", equalTo(1));
        given().header("If-Match", "\"1\"").delete(url).then().statusCode(204);
        given().get(url).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void everyProblemOfABadRuleIsReportedAndNothingIsStored() {
        Map<String, Object> bad = rule("bad code");
        bad.put("left", "sum(");
        bad.put("right", "max($.realization)");
        bad.put("operator", "ABOUT");
        bad.put("importance", "URGENT");
        bad.put("scope", "budgets[year 2024]");
        given().contentType("application/json").body(bad).post("/api/v1/validation-rules").then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.pointer", containsInAnyOrder("/code", "/scope", "/left", "/right", "/operator", "/importance"));
        given().contentType("application/json").body("{\"code\": ").post("/api/v1/validation-rules").then().statusCode(400);
        given().get("/api/v1/validation-rules").then().body("code", org.hamcrest.Matchers.not(hasItem("bad code")));
    }
}
