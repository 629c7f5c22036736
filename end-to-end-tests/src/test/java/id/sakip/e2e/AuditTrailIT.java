package id.sakip.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.sakip.localstack.LocalStack;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every change is traceable: an import, a realization edit and a report approval each leave an entry in
 * the audit trail of the service that owns the data, with the user who did it (subject, username, unit),
 * what changed (entity, key, action) and the state before and after. Read as {@code auditor} through the
 * gateway ({@code /api/v1/audit-trail/indicators|budget|reports}). Works on the second unit 409011 so the
 * seed office's figures stay as they are.
 */
@ExtendWith(LocalStackExtension.class)
class AuditTrailIT {

    private static final String UNIT = E2e.SECOND_UNIT;
    private static LocalStack stack;

    @BeforeAll
    static void data(LocalStack started) {
        stack = started;
        E2e.ensureSecondUnit(stack);
    }

    @Test
    void indicatorDatasetImportIsAuditedWithTheImporter() {
        String planner = E2e.token(stack, "planner-409011");
        String note = "e2e audit " + System.nanoTime();
        ObjectNode dataset = E2e.object().put("format", E2e.PERFORMANCE_FORMAT);
        dataset.putArray("realizations").add(E2e.object().put("workUnit", UNIT).put("year", 2024)
                .put("indicator", "IKK-1.2").put("period", "FY").put("numerator", 45).put("denominator", 50)
                .put("note", note));
        OffsetDateTime before = OffsetDateTime.now().minusSeconds(5);
        Response imported = E2e.send(() -> E2e.as(planner).contentType("application/json").accept("application/json")
                .body(dataset.toString()).post(stack.gatewayUrl() + "/api/v1/indicator-datasets"));
        assertEquals(200, imported.statusCode(), () -> E2e.describe(imported));

        JsonNode entry = entry("indicators", "planner-409011",
                e -> e.path("after").toString().contains(note), before);
        assertWho(entry, planner, "planner-409011");
        assertTrue(entry.path("entityKey").asText().contains(UNIT), () -> "key names the unit: " + entry);
        assertTrue(!entry.path("before").toString().contains(note), () -> "before is the earlier state: " + entry);
    }

    @Test
    void budgetDatasetImportIsAuditedWithTheImporter() {
        String planner = E2e.token(stack, "planner-409011");
        long target = 1_000_000L + (System.nanoTime() % 1_000_000L) + 1;
        ObjectNode dataset = E2e.object().put("format", E2e.BUDGET_FORMAT);
        ObjectNode revenue = (ObjectNode) E2e.json(E2e.resource("second-unit/budget.json")).get("revenues").get(0);
        revenue.put("target", target);
        dataset.putArray("revenues").add(revenue);
        OffsetDateTime before = OffsetDateTime.now().minusSeconds(5);
        Response imported = E2e.send(() -> E2e.as(planner).contentType("application/json").accept("application/json")
                .body(dataset.toString()).post(stack.gatewayUrl() + "/api/v1/budget-datasets"));
        assertEquals(200, imported.statusCode(), () -> E2e.describe(imported));

        JsonNode entry = entry("budget", "planner-409011",
                e -> e.path("after").toString().contains(Long.toString(target)), before);
        assertWho(entry, planner, "planner-409011");
    }

    @Test
    void realizationEditIsAuditedWithBeforeAndAfter() {
        String operator = E2e.token(stack, "operator-409011");
        long id = E2e.draftRealization(stack, operator, "Q1", "3.50");
        Response current = E2e.send(() -> E2e.as(operator).accept("application/json")
                .get(stack.gatewayUrl() + "/api/v1/realizations/" + id));
        assertEquals(200, current.statusCode(), () -> E2e.describe(current));
        BigDecimal old = current.jsonPath().getObject("value", BigDecimal.class);
        BigDecimal changed = old.compareTo(new BigDecimal("3.50")) == 0 ? new BigDecimal("3.75") : new BigDecimal("3.50");

        OffsetDateTime before = OffsetDateTime.now().minusSeconds(5);
        String requestId = "e2e-audit-" + System.nanoTime();
        Response updated = E2e.send(() -> E2e.as(operator).contentType("application/json").accept("application/json")
                .header("If-Match", current.header("ETag")).header("X-Request-Id", requestId)
                .body(realization("Q1", changed.toPlainString()).toString())
                .put(stack.gatewayUrl() + "/api/v1/realizations/" + id));
        assertEquals(200, updated.statusCode(), () -> E2e.describe(updated));

        JsonNode entry = entry("indicators", "operator-409011",
                e -> e.path("action").asText().contains("UPDATE")
                        && e.path("after").path("id").asLong() == id
                        && e.path("after").path("value").decimalValue().compareTo(changed) == 0, before);
        assertWho(entry, operator, "operator-409011");
        assertEquals(0, entry.path("before").path("value").decimalValue().compareTo(old), () -> "before: " + entry);
        assertEquals(requestId, entry.path("requestId").asText(), () -> "the gateway's request id: " + entry);
    }

    @Test
    void reportApprovalIsAuditedWithTheHead() {
        String planner = E2e.token(stack, "planner-409011");
        String head = E2e.token(stack, "head-409011");
        OffsetDateTime before = OffsetDateTime.now().minusSeconds(5);

        Response drafted = E2e.send(() -> E2e.as(planner).contentType("application/json").accept("application/json")
                .body("{\"workUnit\": \"" + UNIT + "\", \"year\": 2024}").post(stack.gatewayUrl() + "/api/v1/reports"));
        assertTrue(drafted.statusCode() == 200 || drafted.statusCode() == 201, () -> "draft: " + E2e.describe(drafted));
        long id = E2e.json(drafted).get("id").asLong();

        Response submitted = E2e.send(() -> E2e.as(planner).accept("application/json")
                .post(stack.gatewayUrl() + "/api/v1/reports/" + id + "/submit"));
        assertEquals(200, submitted.statusCode(), () -> "submit: " + E2e.describe(submitted));
        Response approved = E2e.send(() -> E2e.as(head).contentType("application/json").accept("application/json")
                .body("{\"justification\": \"e2e: findings reviewed\", \"comment\": \"approved by the head\"}")
                .post(stack.gatewayUrl() + "/api/v1/reports/" + id + "/approve"));
        assertEquals(200, approved.statusCode(), () -> "approve: " + E2e.describe(approved));
        assertEquals("APPROVED", E2e.json(approved).path("status").asText());

        JsonNode entry = entry("reports", "head-409011",
                e -> e.path("action").asText().toUpperCase().contains("APPROVE"), before);
        assertWho(entry, head, "head-409011");
        assertTrue(entry.path("entityKey").asText().contains(UNIT), () -> "key names the unit: " + entry);
        assertTrue(entry.path("after").toString().contains("APPROVED"), () -> "after shows the new status: " + entry);
        // the submission is the planner's, in the same trail
        entry("reports", "planner-409011", e -> e.path("action").asText().toUpperCase().contains("SUBMIT"), before);
    }

    // ---- helpers ----

    private static ObjectNode realization(String period, String value) {
        return E2e.object().put("workUnit", UNIT).put("year", 2024).put("indicator", "IKK-3.2").put("period", period)
                .put("value", new BigDecimal(value));
    }

    /** The newest entry by {@code username} since {@code since} that satisfies {@code what}, read as auditor. */
    static JsonNode entry(String service, String username, Predicate<JsonNode> what, OffsetDateTime since) {
        Response trail = E2e.send(() -> E2e.as(E2e.token(stack, "auditor")).accept("application/json")
                .queryParam("username", username).queryParam("limit", 200)
                .get(stack.gatewayUrl() + "/api/v1/audit-trail/" + service));
        assertEquals(200, trail.statusCode(), () -> "audit trail of " + service + " as auditor: " + E2e.describe(trail));
        List<String> seen = new ArrayList<>();
        for (JsonNode e : E2e.json(trail)) {
            seen.add(e.path("entity").asText() + " " + e.path("entityKey").asText() + " " + e.path("action").asText()
                    + " by " + e.path("username").asText());
            if (OffsetDateTime.parse(e.path("occurredAt").asText()).isAfter(since) && what.test(e)) {
                return e;
            }
        }
        return fail("no matching entry by " + username + " in the audit trail of " + service + " (entries by that user: "
                + seen + ")");
    }

    private static void assertWho(JsonNode entry, String token, String username) {
        assertEquals(username, entry.path("username").asText(), () -> "username: " + entry);
        assertEquals(Jwt.claims(token).getString("sub"), entry.path("subject").asText(), () -> "subject: " + entry);
        assertEquals(UNIT, entry.path("workUnit").asText(), () -> "the user's unit: " + entry);
    }
}
