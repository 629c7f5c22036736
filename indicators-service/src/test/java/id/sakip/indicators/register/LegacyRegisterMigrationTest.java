package id.sakip.indicators.register;

import id.sakip.indicators.support.TestData;
import id.sakip.testsupport.EmbeddedPostgresResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestIdentityAssociation;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Registers left as JSON documents by the earlier version move into the register tables at start-up. */
@QuarkusTest
@QuarkusTestResource(value = EmbeddedPostgresResource.class, restrictToAnnotatedClass = false)
class LegacyRegisterMigrationTest {

    @Inject
    TestIdentityAssociation identities;

    @Inject
    EntityManager em;

    @Inject
    LegacyRegisterMigration migration;

    @BeforeEach
    void load() {
        TestData.ensureLoaded(identities);
    }

    private long documents() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM register_document").getSingleResult()).longValue());
    }

    @Test
    @TestSecurity(user = "auditor", roles = "auditor")
    void storedDocumentsBecomeRecordsAndInvalidOnesStay() {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("INSERT INTO register_document (work_unit, year, name, content) VALUES "
                    + "('409011', 2021, 'detainees', CAST(?1 AS jsonb)), "
                    + "('409011', 2021, 'supervisionOperations', CAST(?2 AS jsonb))")
                    .setParameter(1, "{\"workUnit\":\"409011\",\"year\":2021,\"reference\":\"Tabel III.33\","
                            + "\"rows\":[{\"nationality\":\"CN\",\"count\":4},{\"nationality\":\"MY\",\"count\":2}],"
                            + "\"reportedTotal\":6}")
                    .setParameter(2, "{\"workUnit\":\"409011\",\"year\":2021,\"months\":[1,-2]}")
                    .executeUpdate();
        });
        migration.onStart(null);
        assertEquals(1, documents(), "the invalid document stays");
        given().queryParam("workUnit", "409011").queryParam("year", 2021).when().get("/api/v1/registers")
                .then().statusCode(200)
                .body("detainees.rows.count", equalTo(List.of(4, 2)))
                .body("detainees.reportedTotal", equalTo(6));
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("DELETE FROM register_document")
                .executeUpdate());
    }
}
