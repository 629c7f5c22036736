package id.sakip.budget.unityear;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.sakip.budget.Seed;
import id.sakip.testsupport.EmbeddedPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestIdentityAssociation;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A published report locks its unit-year: every change answers 409 until it is unlocked. */
@QuarkusTest
@QuarkusTestResource(value = EmbeddedPostgresResource.class, restrictToAnnotatedClass = false)
@TestSecurity(user = "admin", roles = "admin")
class UnitYearLockResourceTest {

    @Inject
    TestIdentityAssociation identities;

    @BeforeEach
    void seed() {
        Seed.ensureImported(identities);
    }

    private static String budget(long ceiling) {
        return budget(2021, ceiling);
    }

    private static String budget(int year, long ceiling) {
        return """
                {"workUnit": "409011", "year": %d, "ceiling": %d, "realization": 800,
                 "bySpendingType": [{"key": "GOODS", "ceiling": %d, "realization": 800}]}""".formatted(year, ceiling, ceiling);
    }

    @Test
    void changesOfALockedYearAnswer409UntilUnlocked() {
        String etag = given().contentType(ContentType.JSON).body(budget(1000)).put("/api/v1/budgets/409011/2021")
                .then().statusCode(201).body("absorption", equalTo(80.00f)).extract().header("ETag");

        given().contentType(ContentType.JSON).body("{\"reason\": \"LKjIP 2021 published\"}")
                .put("/api/v1/budgets/locks/409011/2021").then().statusCode(201).body("lockedBy", equalTo("admin"));
        given().put("/api/v1/budgets/locks/409011/2021").then().statusCode(200);

        given().contentType(ContentType.JSON).header("If-Match", etag).body(budget(2000))
                .put("/api/v1/budgets/409011/2021")
                .then().statusCode(409).contentType("application/problem+json");
        ObjectNode dataset = Seed.JSON.createObjectNode().put("format", "sakip-budget-dataset/1");
        dataset.putArray("budgets").add(Seed.tree().objectNode().put("workUnit", "409011").put("year", 2021)
                .put("ceiling", 3000));
        given().contentType(ContentType.JSON).body(dataset.toString()).post("/api/v1/budget-datasets")
                .then().statusCode(409);
        given().queryParam("workUnit", "409011").queryParam("year", 2021).get("/api/v1/budgets")
                .then().statusCode(200).body("ceiling", equalTo(1000));

        given().delete("/api/v1/budgets/locks/409011/2021").then().statusCode(204);
        given().contentType(ContentType.JSON).header("If-Match", etag).body(budget(2000))
                .put("/api/v1/budgets/409011/2021")
                .then().statusCode(200).body("ceiling", equalTo(2000));
    }

    @Test
    void updatesNeedTheCurrentETag() {
        String etag = given().contentType(ContentType.JSON).body(budget(2020, 500)).put("/api/v1/budgets/409011/2020")
                .then().statusCode(201).extract().header("ETag");
        String changed = budget(2020, 600);
        given().contentType(ContentType.JSON).body(changed).put("/api/v1/budgets/409011/2020").then().statusCode(428);
        String next = given().contentType(ContentType.JSON).header("If-Match", etag).body(changed)
                .put("/api/v1/budgets/409011/2020").then().statusCode(200).extract().header("ETag");
        // a second writer still holding the first ETag loses: no lost update
        given().contentType(ContentType.JSON).header("If-Match", etag).body(budget(2020, 700))
                .put("/api/v1/budgets/409011/2020").then().statusCode(412);
        assertEquals(next, given().queryParam("workUnit", "409011").queryParam("year", 2020).get("/api/v1/budgets")
                .then().statusCode(200).body("ceiling", equalTo(600)).extract().header("ETag"));
    }

    @Test
    void revenuesAreReplacedTheSameWay() {
        String body = """
                {"workUnit": "409011", "year": 2024, "target": 1000,
                 "accounts": [{"code": "425211", "mpnTax": 0, "mpnNonTax": 1500, "biTax": 0, "biNonTax": 0,
                               "spmDeduction": 0, "refund": 0}]}""";
        given().contentType(ContentType.JSON).body(body).put("/api/v1/revenues/409011/2024")
                .then().statusCode(201).body("percentOfTarget", equalTo(150.00f));
        given().contentType(ContentType.JSON).body(body.replace("\"target\": 1000", "\"target\": -1"))
                .put("/api/v1/revenues/409011/2024")
                .then().statusCode(422).body("errors[0].pointer", equalTo("/target"));
    }

    @Test
    void theLockApiHasTheShapeOfIndicatorsServices() {
        given().get("/api/v1/budgets/locks/409011/2036").then().statusCode(200)
                .body("workUnit", equalTo("409011")).body("year", equalTo(2036)).body("locked", equalTo(false));
        given().queryParam("reason", "LKjIP 2036 published").put("/api/v1/budgets/locks/409011/2036")
                .then().statusCode(201).body("workUnit", equalTo("409011")).body("year", equalTo(2036))
                .body("locked", equalTo(true)).body("reason", equalTo("LKjIP 2036 published"));
        given().put("/api/v1/budgets/locks/409011/2036").then().statusCode(200).body("locked", equalTo(true))
                .body("reason", equalTo("LKjIP 2036 published"));
        given().get("/api/v1/budgets/locks/409011/2036").then().statusCode(200).body("locked", equalTo(true))
                .body("lockedBy", equalTo("admin"));
        given().delete("/api/v1/budgets/locks/409011/2036").then().statusCode(204);
        given().delete("/api/v1/budgets/locks/409011/2036").then().statusCode(204);
        given().get("/api/v1/budgets/locks/409011/2036").then().statusCode(200).body("locked", equalTo(false));
    }

    @Test
    void aBadLockRequestIs400AndLocksNothing() {
        given().contentType(ContentType.JSON).body("{\"reason\": \"a\\u0000b\"}")
                .put("/api/v1/budgets/locks/409011/2037")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].pointer", equalTo("/reason"));
        given().queryParam("reason", "r".repeat(501)).put("/api/v1/budgets/locks/409011/2037").then().statusCode(400);
        given().put("/api/v1/budgets/locks/409011/1999").then().statusCode(400);
        given().put("/api/v1/budgets/locks/" + "9".repeat(51) + "/2037").then().statusCode(400);
        given().get("/api/v1/budgets/locks/409011/2037").then().statusCode(200).body("locked", equalTo(false));
    }
}
