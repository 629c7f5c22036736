package id.sakip.indicators.dataset;

import id.sakip.indicators.support.TestData;
import id.sakip.testsupport.EmbeddedPostgresResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestIdentityAssociation;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bulk paths of the dataset import: statements per batch rather than per row, idempotent re-imports, updates
 * audited with the version they get, pooled sequence ids next to plain SQL inserts, and one benchmark-cache bump
 * per changed year. Its units are below their own regional office and its rows in 2021-2022, apart from the other
 * tests' data.
 */
@QuarkusTest
@QuarkusTestResource(value = EmbeddedPostgresResource.class, restrictToAnnotatedClass = false)
class DatasetBulkImportTest {

    private static final String PLAN = "RENSTRA-DJIM-2020-2024";

    @Inject
    TestIdentityAssociation identities;

    @Inject
    SessionFactory sessionFactory;

    @Inject
    EntityManager em;

    @BeforeEach
    void load() {
        TestData.ensureLoaded(identities);
    }

    /** {@code count} new units under {@code office}, each with a signed agreement and five realizations in 2022. */
    private static String units(String office, String prefix, int count, String nameSuffix, int target) {
        StringBuilder units = new StringBuilder("{\"code\":\"" + office + "\",\"name\":\"Kanwil " + office
                + "\",\"type\":\"REGIONAL_OFFICE\",\"parent\":\"DJIM\"}");
        StringBuilder agreements = new StringBuilder();
        StringBuilder realizations = new StringBuilder();
        for (int i = 1; i <= count; i++) {
            String code = prefix + (1000 + i);
            units.append(",{\"code\":\"").append(code).append("\",\"name\":\"Unit ").append(i).append(nameSuffix)
                    .append("\",\"type\":\"TECHNICAL_UNIT\",\"parent\":\"").append(office).append("\"}");
            agreements.append(agreements.isEmpty() ? "" : ",").append("{\"workUnit\":\"").append(code)
                    .append("\",\"year\":2022,\"plan\":\"" + PLAN + "\",\"revision\":1,\"status\":\"SIGNED\","
                            + "\"targets\":[{\"indicator\":\"IKK-1.2\",\"target\":").append(target)
                    .append("},{\"indicator\":\"IKK-3.2\",\"target\":3.1}],"
                            + "\"budget\":[{\"program\":\"Program Dukungan Manajemen\",\"amount\":1000000}]}");
            for (String q : new String[]{"Q1", "Q2", "Q3", "Q4"}) {
                realizations.append(realizations.isEmpty() ? "" : ",").append("{\"workUnit\":\"").append(code)
                        .append("\",\"year\":2022,\"indicator\":\"IKK-1.2\",\"period\":\"").append(q)
                        .append("\",\"numerator\":").append(i).append(",\"denominator\":").append(i + 1).append("}");
            }
            realizations.append(",{\"workUnit\":\"").append(code)
                    .append("\",\"year\":2022,\"indicator\":\"IKK-3.2\",\"period\":\"Q4\",\"value\":3.5}");
        }
        return "{\"format\":\"sakip-performance-dataset/1\",\"workUnits\":[" + units + "],\"agreements\":["
                + agreements + "],\"realizations\":[" + realizations + "]}";
    }

    private static JsonPath importing(String body) {
        return JsonPath.from(given().contentType("application/json").body(body)
                .when().post("/api/v1/indicator-datasets").then().statusCode(200).extract().asString());
    }

    /** SQL statements Hibernate prepared for one import (a JDBC batch is prepared once). */
    private long statementsOf(String body) {
        sessionFactory.getStatistics().setStatisticsEnabled(true);
        sessionFactory.getStatistics().clear();
        importing(body);
        return sessionFactory.getStatistics().getPrepareStatementCount();
    }

    private long generation(int year) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT COALESCE(MAX(generation), 0) FROM benchmark_generation WHERE year = ?1")
                .setParameter(1, year).getSingleResult()).longValue());
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void statementsGrowWithBatchesNotWithRows() {
        long few = statementsOf(units("KANWIL-BULK-A", "BA", 2, "", 90));
        long many = statementsOf(units("KANWIL-BULK-B", "BB", 60, "", 90));
        // 58 more units are 58 units, 58 parent periods, 58 agreements, 116 targets, 58 budget lines and 290
        // realizations: one statement per row would be more than 600 more, one per unit (a lookup) 58 more.
        assertTrue(many - few < 40, "2 units: " + few + " statements, 60 units: " + many);
        long again = statementsOf(units("KANWIL-BULK-B", "BB", 60, "", 90));
        assertTrue(again <= few + 5, "unchanged re-import of 60 units: " + again + " statements");
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void reimportingTheSameFileIsAllUnchanged() {
        String file = units("KANWIL-BULK-C", "BC", 12, "", 90);
        JsonPath first = importing(file);
        assertEquals(12 + 1, first.getInt("entities.workUnits.created"));
        assertEquals(12, first.getInt("entities.agreements.created"));
        assertEquals(60, first.getInt("entities.realizations.created"));
        JsonPath second = importing(file);
        assertEquals(0, second.getInt("created"));
        assertEquals(0, second.getInt("updated"));
        assertEquals(13 + 12 + 60, second.getInt("unchanged"));
        given().queryParam("workUnit", "BC1003").queryParam("year", 2022).when().get("/api/v1/agreements")
                .then().statusCode(200).body("[0].targets.size()", equalTo(2)).body("[0].budgetTotal", equalTo(1000000))
                .body("[0].inForce", equalTo(true));
        given().when().get("/api/v1/work-units/BC1003").then().statusCode(200)
                .body("parent", equalTo("KANWIL-BULK-C")).body("version", equalTo(0));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void updatesAreCountedAndAuditedWithTheVersionTheRowGets() {
        importing(units("KANWIL-BULK-D", "BD", 3, "", 90));
        long everyYear = generation(0);
        JsonPath changed = importing(units("KANWIL-BULK-D", "BD", 3, " (renamed)", 95));
        assertEquals(3, changed.getInt("entities.workUnits.updated"));
        assertEquals(3, changed.getInt("entities.agreements.updated"));
        assertEquals(15, changed.getInt("entities.realizations.unchanged"));
        assertEquals(everyYear + 1, generation(0), "renamed units bump every year's generation once");

        given().when().get("/api/v1/work-units/BD1002").then().statusCode(200)
                .body("name", equalTo("Unit 2 (renamed)")).body("version", equalTo(1));
        given().queryParam("entity", "WorkUnit").queryParam("key", "BD1002").when()
                .get("/api/v1/audit-trail/indicators").then().statusCode(200)
                .body("[0].action", equalTo("UPDATE")).body("[0].after.version", equalTo(1))
                .body("[0].after.name", equalTo("Unit 2 (renamed)")).body("[1].action", equalTo("CREATE"));
        int version = given().queryParam("workUnit", "BD1002").queryParam("year", 2022).when()
                .get("/api/v1/agreements").then().statusCode(200).body("[0].targets[0].target", equalTo(95))
                .extract().path("[0].version");
        given().queryParam("entity", "PerformanceAgreement").queryParam("key", "BD1002/2022/1").when()
                .get("/api/v1/audit-trail/indicators").then().statusCode(200)
                .body("[0].action", equalTo("UPDATE")).body("[0].after.version", equalTo(version));
        assertEquals(1, version);
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void benchmarksAndReportedFiguresBumpTheirYearOnceAndKeepTheirPositions() {
        importing(units("KANWIL-BULK-E", "BE", 1, "", 90));
        String benchmarks = "{\"format\":\"sakip-performance-dataset/1\",\"benchmarks\":["
                + "{\"indicator\":\"IKK-1.2\",\"year\":2021,\"workUnitCount\":10,\"averageAchievement\":%s},"
                + "{\"indicator\":\"IKK-3.2\",\"year\":2021,\"averageValue\":%s}],\"reported\":["
                + "{\"workUnit\":\"BE1001\",\"year\":2022,\"key\":\"overallAverageAchievement\",\"value\":%s,"
                + "\"where\":\"Bab IV\"},"
                + "{\"workUnit\":\"BE1001\",\"year\":2022,\"key\":\"overallAverageAchievement\",\"value\":101,"
                + "\"where\":\"Ringkasan Eksekutif\"}]}";
        long y2021 = generation(2021);
        long y2022 = generation(2022);
        JsonPath created = importing(benchmarks.formatted(90, 3.2, 100));
        assertEquals(2, created.getInt("entities.benchmarks.created"));
        assertEquals(2, created.getInt("entities.reported.created"));
        assertEquals(y2021 + 1, generation(2021), "two new benchmarks of 2021: one bump");
        assertEquals(y2022 + 1, generation(2022), "two reported figures of one unit-year: one bump");

        JsonPath same = importing(benchmarks.formatted(90, 3.2, 100));
        assertEquals(4, same.getInt("unchanged"));
        assertEquals(y2021 + 1, generation(2021), "nothing changed: no bump");

        JsonPath updated = importing(benchmarks.formatted(91, 3.3, 100.5));
        assertEquals(2, updated.getInt("entities.benchmarks.updated"));
        assertEquals(1, updated.getInt("entities.reported.updated"));
        assertEquals(y2021 + 2, generation(2021));
        List<?> positions = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "SELECT position FROM reported_figure WHERE work_unit = 'BE1001' AND year = 2022 ORDER BY where_found")
                .getResultList());
        assertEquals(List.of(0, 1), positions.stream().map(p -> ((Number) p).intValue()).toList());
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void plainSqlInsertsAndPooledIdsDoNotCollide() {
        importing(units("KANWIL-BULK-F", "BF", 3, "", 90));
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("INSERT INTO work_unit (code, name, type) VALUES ('SQL-1', 'By SQL', "
                    + "'TECHNICAL_UNIT')").executeUpdate();
            em.createNativeQuery("INSERT INTO performance_agreement (work_unit, year, plan_code, revision, status) "
                    + "VALUES ('SQL-1', 2022, '" + PLAN + "', 1, 'DRAFT')").executeUpdate();
            em.createNativeQuery("INSERT INTO agreement_target (agreement_id, indicator_code, target, position) "
                    + "SELECT id, 'IKK-1.2', 80, 0 FROM performance_agreement WHERE work_unit = 'SQL-1'")
                    .executeUpdate();
        });
        // Hibernate still holds ids of its current blocks and takes new blocks after the SQL rows' values.
        JsonPath more = importing(units("KANWIL-BULK-F", "BG", 60, "", 90));
        assertEquals(60, more.getInt("entities.agreements.created"));
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("INSERT INTO work_unit (code, name, type) "
                + "VALUES ('SQL-2', 'By SQL', 'TECHNICAL_UNIT')").executeUpdate());
        given().when().get("/api/v1/work-units/SQL-2").then().statusCode(200).body("name", equalTo("By SQL"));
        long distinct = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT COUNT(DISTINCT id) FROM work_unit WHERE code LIKE 'SQL-%' OR code LIKE 'BG%' "
                        + "OR code LIKE 'BF%'").getSingleResult()).longValue());
        assertEquals(2 + 60 + 3, distinct);
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("DELETE FROM performance_agreement WHERE work_unit = 'SQL-1'").executeUpdate();
            em.createNativeQuery("DELETE FROM work_unit WHERE code LIKE 'SQL-%'").executeUpdate();
        });
    }
}
