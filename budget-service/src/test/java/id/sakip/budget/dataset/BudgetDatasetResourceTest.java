package id.sakip.budget.dataset;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.sakip.budget.Seed;
import id.sakip.testsupport.EmbeddedPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestIdentityAssociation;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.function.Consumer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Importing budget.json: all or nothing, idempotent, dry run, every problem with its JSON pointer. */
@QuarkusTest
@QuarkusTestResource(value = EmbeddedPostgresResource.class, restrictToAnnotatedClass = false)
@TestSecurity(user = "admin", roles = "admin")
class BudgetDatasetResourceTest {

    @Inject
    TestIdentityAssociation identities;

    @BeforeEach
    void seed() {
        Seed.ensureImported(identities);
    }

    private static ValidatableResponse post(Object body, boolean dryRun) {
        return given().contentType(ContentType.JSON).body(body.toString()).queryParam("dryRun", dryRun)
                .when().post("/api/v1/budget-datasets").then();
    }

    /** Everything stored for the seed unit, to prove a failed or dry-run import changed nothing. */
    private static String stored() {
        StringBuilder sb = new StringBuilder();
        for (String path : new String[] {"/api/v1/budgets", "/api/v1/revenues", "/api/v1/budget-scores"}) {
            sb.append(given().queryParam("workUnit", "408103").queryParam("fromYear", 2020).queryParam("toYear", 2025)
                    .get(path).then().statusCode(200).extract().asString());
        }
        sb.append(given().get("/api/v1/score-schemes").then().statusCode(200).extract().asString());
        return sb.toString();
    }

    private static ObjectNode mutated(Consumer<ObjectNode> change) {
        ObjectNode root = Seed.tree();
        change.accept(root);
        return root;
    }

    @Test
    void importingTheSameFileAgainChangesNothing() {
        String before = stored();
        post(Seed.text(), false).statusCode(200)
                .body("dryRun", equalTo(false))
                .body("entities.schemes.unchanged", equalTo(5))
                .body("entities.budgets.unchanged", equalTo(4))
                .body("entities.revenues.unchanged", equalTo(4))
                .body("entities.ikpa.unchanged", equalTo(4))
                .body("entities.budgetPerformance.unchanged", equalTo(8))
                .body("entities.budgets.created", equalTo(0))
                .body("entities.budgets.updated", equalTo(0));
        assertEquals(before, stored());
    }

    @Test
    void dryRunReportsTheChangeWithoutStoringIt() {
        String before = stored();
        ObjectNode changed = mutated(r -> ((ObjectNode) r.get("budgets").get(3)).put("realization", 26046788000L));
        post(changed, true).statusCode(200)
                .body("dryRun", equalTo(true))
                .body("entities.budgets.updated", equalTo(1))
                .body("entities.budgets.unchanged", equalTo(3))
                .body("items.find { it.key == '408103/2024' }.change", equalTo("UPDATED"));
        assertEquals(before, stored());
    }

    private void rejected(ObjectNode body, int status, String pointer) {
        String before = stored();
        post(body, false).statusCode(status).contentType("application/problem+json")
                .body("status", equalTo(status))
                .body("errors.pointer", hasItem(pointer));
        assertEquals(before, stored());
    }

    @Test
    void negativeAmountsAreRejected() {
        rejected(mutated(r -> ((ObjectNode) r.get("budgets").get(3).get("bySpendingType").get(1)).put("ceiling", -5)),
                422, "/budgets/3/bySpendingType/1/ceiling");
        rejected(mutated(r -> ((ObjectNode) r.get("revenues").get(0).get("accounts").get(1)).put("refund", -1)),
                422, "/revenues/0/accounts/1/refund");
    }

    @Test
    void unknownSchemesAndComponentsAreRejected() {
        rejected(mutated(r -> ((ObjectNode) r.get("ikpa").get(2)).put("scheme", "IKPA-1999")), 422, "/ikpa/2/scheme");
        rejected(mutated(r -> ((ObjectNode) r.get("ikpa").get(0).get("components").get(4)).put("key", "NOT_A_COMPONENT")),
                422, "/ikpa/0/components/4/key");
        rejected(mutated(r -> ((ObjectNode) r.get("budgetPerformance").get(0)).put("scheme", "SMART-1999")),
                422, "/budgetPerformance/0/scheme");
        // a scheme valid 2022-2023 does not score 2024
        rejected(mutated(r -> ((ObjectNode) r.get("ikpa").get(3)).put("scheme", "IKPA-2022")), 422, "/ikpa/3/scheme");
    }

    @Test
    void repeatedBreakdownKeysAreRejected() {
        rejected(mutated(r -> ((ObjectNode) r.get("budgets").get(3).get("bySpendingType").get(2)).put("key", "GOODS")),
                422, "/budgets/3/bySpendingType/2/key");
        rejected(mutated(r -> ((ObjectNode) r.get("budgets").get(3).get("byIndicator").get(1)).put("indicator", "IKK-1.1")),
                422, "/budgets/3/byIndicator/1/indicator");
        rejected(mutated(r -> ((ArrayNode) r.get("budgets")).add(r.get("budgets").get(0).deepCopy())),
                422, "/budgets/4/year");
    }

    @Test
    void everyProblemIsReportedAtOnceAndNothingIsStored() {
        String before = stored();
        ObjectNode body = mutated(r -> {
            ((ObjectNode) r.get("budgets").get(3)).put("ceiling", 1); // a valid change that must not be stored
            ((ObjectNode) r.get("budgets").get(0)).put("realization", -1);
            ((ObjectNode) r.get("revenues").get(3)).put("target", "a lot");
            ((ObjectNode) r).put("format", "sakip-budget-dataset/0");
        });
        post(body, false).statusCode(422)
                .body("errors.pointer", hasItems("/budgets/0/realization", "/revenues/3/target", "/format"))
                .body("errors.size()", greaterThanOrEqualTo(3));
        assertEquals(before, stored());
    }

    @Test
    void malformedJsonIs400() {
        String before = stored();
        given().contentType(ContentType.JSON).body("{\"format\": \"sakip-budget-dataset/1\", \"budgets\": [")
                .when().post("/api/v1/budget-datasets")
                .then().statusCode(400).contentType("application/problem+json").body("status", equalTo(400));
        assertEquals(before, stored());
    }

    @Test
    void aBreakdownThatDoesNotAddUpIsStoredAndReportedAsADifference() {
        ObjectNode body = Seed.tree();
        body.remove("schemes");
        body.remove("revenues");
        body.remove("ikpa");
        body.remove("budgetPerformance");
        ArrayNode budgets = body.putArray("budgets");
        ObjectNode b = budgets.addObject().put("workUnit", "409011").put("year", 2022)
                .put("ceiling", 1_000_000_000L).put("realization", 900_000_000L);
        b.putArray("bySpendingType").addObject().put("key", "PERSONNEL").put("ceiling", 600_000_000L)
                .put("realization", 550_000_000L);
        ((ArrayNode) b.get("bySpendingType")).addObject().put("key", "52").put("ceiling", 400_000_001L)
                .put("realization", 350_000_000L);
        post(body, false).statusCode(200).body("entities.budgets.created", equalTo(1));
        given().queryParam("workUnit", "409011").queryParam("year", 2022).get("/api/v1/budgets")
                .then().statusCode(200)
                .body("absorption", equalTo(90.00f))
                .body("bySpendingType[1].key", equalTo("GOODS"))
                .body("sums.find { it.breakdown == 'bySpendingType' && it.field == 'ceiling' }.difference", equalTo(1))
                .body("sums.find { it.breakdown == 'bySpendingType' && it.field == 'realization' }.difference",
                        equalTo(0));
        given().queryParam("key", "409011/2022").queryParam("entity", "BudgetAllotment").get("/api/v1/audit-trail/budget")
                .then().statusCode(200)
                .body("[0].action", equalTo("IMPORT_CREATE"))
                .body("[0].username", equalTo("admin"))
                .body("[0].after.ceiling", equalTo(1000000000));
    }

    @Test
    @TestSecurity(user = "planner-408103", roles = "planner", attributes = @SecurityAttribute(key = "work_unit", value = "408103"))
    void aPlannerImportsTheirOwnUnitWhenTheSchemesAreUnchanged() {
        post(Seed.text(), true).statusCode(200).body("entities.schemes.unchanged", equalTo(5));
        String before = stored();
        ObjectNode changedScheme = mutated(r -> ((ObjectNode) r.get("schemes").get(2).get("components").get(0))
                .put("weight", 11));
        post(changedScheme, false).statusCode(403).contentType("application/problem+json");
        assertEquals(before, stored());
    }

    @Test
    @TestSecurity(user = "planner-409011", roles = "planner", attributes = @SecurityAttribute(key = "work_unit", value = "409011"))
    void aPlannerOfAnotherUnitMayNotImportIt() {
        post(Seed.text(), true).statusCode(403).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "operator-408103", roles = "operator", attributes = @SecurityAttribute(key = "work_unit", value = "408103"))
    void operatorsDoNotImport() {
        post(Seed.text(), true).statusCode(403);
    }
}
