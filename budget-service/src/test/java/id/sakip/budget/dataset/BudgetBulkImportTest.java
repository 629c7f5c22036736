package id.sakip.budget.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.sakip.budget.Seed;
import id.sakip.testsupport.EmbeddedPostgresResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestIdentityAssociation;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bulk path of the budget import: the seed unit's four years of documents copied to many units go out in a
 * number of statements that grows with the batches, not with the documents; a second import is all unchanged; pooled
 * sequence ids and plain SQL inserts do not collide. Its units (codes B…) are not the other tests' units.
 */
@QuarkusTest
@QuarkusTestResource(value = EmbeddedPostgresResource.class, restrictToAnnotatedClass = false)
@TestSecurity(user = "admin", roles = "admin")
class BudgetBulkImportTest {

    private static final String[] SECTIONS = {"budgets", "revenues", "ikpa", "budgetPerformance"};

    @Inject
    TestIdentityAssociation identities;

    @Inject
    SessionFactory sessionFactory;

    @Inject
    EntityManager em;

    @BeforeEach
    void seed() {
        Seed.ensureImported(identities);
    }

    /** The seed's documents (20 per unit: 4 budgets, 4 revenues, 4 IKPA, 8 SMART/NKA/planning) for units prefix1..n. */
    private static String units(String prefix, int count) {
        ObjectNode seed = Seed.tree();
        ObjectNode file = Seed.JSON.createObjectNode();
        file.put("format", BudgetDatasetService.FORMAT);
        for (String section : SECTIONS) {
            ArrayNode out = file.putArray(section);
            for (int i = 1; i <= count; i++) {
                for (JsonNode doc : seed.get(section)) {
                    out.add(((ObjectNode) doc.deepCopy()).put("workUnit", prefix + (1000 + i)));
                }
            }
        }
        return file.toString();
    }

    private static JsonPath importing(String body) {
        return JsonPath.from(given().contentType(ContentType.JSON).body(body).when().post("/api/v1/budget-datasets")
                .then().statusCode(200).extract().asString());
    }

    /** SQL statements Hibernate prepared for one import (a JDBC batch is prepared once). */
    private long statementsOf(String body) {
        sessionFactory.getStatistics().setStatisticsEnabled(true);
        sessionFactory.getStatistics().clear();
        importing(body);
        return sessionFactory.getStatistics().getPrepareStatementCount();
    }

    @Test
    void statementsGrowWithBatchesNotWithDocuments() {
        long few = statementsOf(units("BA", 1));
        long many = statementsOf(units("BB", 20));
        // 19 more units are 380 more documents with about 7 000 element-collection rows: one statement per document
        // alone would be 380 more.
        assertTrue(many - few < 120, "1 unit: " + few + " statements, 20 units: " + many);
    }

    @Test
    void reimportingTheSameFileIsAllUnchanged() {
        String file = units("BC", 5);
        JsonPath first = importing(file);
        assertEquals(20, first.getInt("entities.budgets.created"));
        assertEquals(40, first.getInt("entities.budgetPerformance.created"));
        JsonPath second = importing(file);
        for (String section : SECTIONS) {
            assertEquals(0, second.getInt("entities." + section + ".created"), section);
            assertEquals(0, second.getInt("entities." + section + ".updated"), section);
        }
        assertEquals(20, second.getInt("entities.budgets.unchanged"));
        // The copy reads back like the seed unit's own documents.
        String own = given().queryParam("workUnit", Seed.UNIT).queryParam("year", 2024).get("/api/v1/budgets")
                .then().statusCode(200).extract().path("byProgram").toString();
        given().queryParam("workUnit", "BC1003").queryParam("year", 2024).get("/api/v1/budgets")
                .then().statusCode(200).body("byProgram.toString()", equalTo(own));
    }

    @Test
    void plainSqlInsertsAndPooledIdsDoNotCollide() {
        importing(units("BD", 1));
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("INSERT INTO budget_allotment "
                + "(work_unit, year, ceiling) VALUES ('SQL-1', 2024, 1000)").executeUpdate());
        JsonPath more = importing(units("BE", 5));
        assertEquals(20, more.getInt("entities.budgets.created"));
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("INSERT INTO budget_allotment "
                + "(work_unit, year, ceiling) VALUES ('SQL-2', 2024, 1000)").executeUpdate());
        long distinct = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT COUNT(DISTINCT id) FROM budget_allotment WHERE work_unit LIKE 'SQL-%' "
                        + "OR work_unit LIKE 'BD%' OR work_unit LIKE 'BE%'").getSingleResult()).longValue());
        assertEquals(2 + 4 + 20, distinct);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "DELETE FROM budget_allotment WHERE work_unit LIKE 'SQL-%'").executeUpdate());
    }
}
