package id.sakip.budget.scheme;

import id.sakip.budget.Seed;
import id.sakip.testsupport.EmbeddedPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestIdentityAssociation;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

/** Score schemes as data: listing, picking by year, administrators adding and changing them. */
@QuarkusTest
@QuarkusTestResource(value = EmbeddedPostgresResource.class, restrictToAnnotatedClass = false)
@TestSecurity(user = "admin", roles = "admin")
class ScoreSchemeResourceTest {

    private static final String NEW_SCHEME = """
            {"code": "IKPA-2030", "validFrom": 2030, "basis": "a future rule",
             "components": [{"key": "PENYERAPAN", "name": "Penyerapan", "aspect": "EXECUTION_QUALITY", "weight": 60},
                            {"key": "CAPAIAN_OUTPUT", "name": "Capaian Output", "aspect": "RESULT_QUALITY", "weight": 40}],
             "reducers": [{"key": "DISPENSASI_SPM", "name": "Dispensasi SPM", "maxDeduction": 1}]}""";

    @Inject
    TestIdentityAssociation identities;

    @BeforeEach
    void seed() {
        Seed.ensureImported(identities);
    }

    @Test
    void schemesOfTheSeedArePickedByYear() {
        given().queryParam("kind", "IKPA").queryParam("year", 2024).get("/api/v1/score-schemes")
                .then().statusCode(200)
                .body("code", equalTo(java.util.List.of("IKPA-2024")))
                .body("[0].components", hasSize(7))
                .body("[0].reducers[0].key", equalTo("DISPENSASI_SPM"));
        given().get("/api/v1/score-schemes").then().statusCode(200)
                .body("code", hasItems("IKPA-2021", "IKPA-2022", "IKPA-2024", "SMART-2021", "NKA-2021", "PLANNING-2024"))
                .body("find { it.code == 'SMART-2021' }.components.weight",
                        equalTo(java.util.List.of(9.7f, 18.2f, 43.5f, 28.6f)))
                .body("find { it.code == 'PLANNING-2024' }.computable", equalTo(false));
    }

    @Test
    void anAdministratorAddsAndChangesASchemeWithoutCodeChanges() {
        String etag = given().contentType(ContentType.JSON).body(NEW_SCHEME).post("/api/v1/score-schemes")
                .then().statusCode(201).body("kind", equalTo("IKPA")).extract().header("ETag");
        given().contentType(ContentType.JSON).body(NEW_SCHEME).post("/api/v1/score-schemes").then().statusCode(409);
        String changed = NEW_SCHEME.replace("\"weight\": 60", "\"weight\": 50").replace("\"weight\": 40", "\"weight\": 50");
        given().contentType(ContentType.JSON).body(changed).put("/api/v1/score-schemes/IKPA-2030")
                .then().statusCode(428);
        String newTag = given().contentType(ContentType.JSON).header("If-Match", etag).body(changed)
                .put("/api/v1/score-schemes/IKPA-2030")
                .then().statusCode(200).body("components[0].weight", equalTo(50)).extract().header("ETag");
        given().contentType(ContentType.JSON).header("If-Match", etag).body(NEW_SCHEME)
                .put("/api/v1/score-schemes/IKPA-2030").then().statusCode(412);
        given().get("/api/v1/score-schemes/IKPA-2030").then().statusCode(200).header("ETag", newTag);
        given().queryParam("entity", "ScoreScheme").queryParam("key", "IKPA-2030").get("/api/v1/audit-trail/budget")
                .then().statusCode(200).body("action", equalTo(java.util.List.of("UPDATE", "CREATE")));
    }

    @Test
    void invalidSchemesAreRejectedWithPointers() {
        String bad = """
                {"code": "SMART-2031", "validFrom": 2031, "validTo": 2029,
                 "components": [{"key": "A", "weight": 50}, {"key": "A", "weight": -1}],
                 "derived": [{"key": "A", "from": "E", "formula": "E squared"}]}""";
        given().contentType(ContentType.JSON).body(bad).post("/api/v1/score-schemes")
                .then().statusCode(422)
                .body("errors.pointer", hasItems("/validTo", "/components/1/key", "/components/1/weight",
                        "/derived/0/formula"));
        given().get("/api/v1/score-schemes/SMART-2031").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "planner-408103", roles = "planner", attributes = @SecurityAttribute(key = "work_unit", value = "408103"))
    void onlyAdministratorsChangeSchemes() {
        given().contentType(ContentType.JSON).body(NEW_SCHEME.replace("2030", "2040")).post("/api/v1/score-schemes")
                .then().statusCode(403);
        given().get("/api/v1/score-schemes").then().statusCode(200).body("code", hasItem("IKPA-2024"));
    }
}
