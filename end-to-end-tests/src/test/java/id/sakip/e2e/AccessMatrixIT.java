package id.sakip.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.sakip.localstack.LocalStack;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Who may do what to which unit's data, through the gateway with real Keycloak tokens: every role
 * ({@code operator, planner, head, regional, auditor, admin, service}, anonymous) × every endpoint family of
 * the three services (read, write, import, workflow actions, render, audit trail, locks) × the target unit
 * seen from the caller (own unit, another unit, a unit below, a unit above).
 *
 * <p>The expected outcome of every cell comes from the role table of docs DOMAIN.md and ARCHITECTURE.md
 * "Security", not from the services' code ({@link #expected}). Requests are harmless: reads, {@code dryRun}
 * imports, updates and workflow actions with a stale {@code If-Match} (an authorized caller gets 412, or 409
 * when the state does not allow the action, or 422 for content, all of which prove that authorization
 * passed; a forbidden caller gets 403), locks of a year without data that are lifted again at once.
 * The matrix is printed; the test fails listing every cell that differs.
 */
@ExtendWith(LocalStackExtension.class)
class AccessMatrixIT {

    /** The seed office, its Kanwil and the Kanwil's parent in 2024; the second unit and its Kanwil. */
    static final String UNIT = "408103";
    static final String KANWIL = "KANWIL-KEPRI";
    static final String DG = "DJIM";
    static final String OTHER_UNIT = E2e.SECOND_UNIT;
    static final int YEAR = 2024;
    /** A year without data: locking and unlocking it changes nothing that other tests see. */
    static final int LOCK_YEAR = 2031;

    enum Rel { OWN, OTHER, BELOW, ABOVE, ANY }

    enum Expect { ALLOW, DENY, UNAUTHENTICATED, NOT_APPLICABLE }

    /** Which rule of the role table a family falls under. */
    enum Rule {
        /** read roles incl. {@code service} (the reads reporting-service needs). */
        READ,
        /** read roles without {@code service} (reporting-service's own reads and renders). */
        READ_NO_SERVICE,
        /** write kind REALIZATION: operator, planner of the unit; admin. */
        REALIZATION,
        /** write kind PLANNING: planner of the unit (agreements, budget, imports, report drafting/submission); admin. */
        PLANNING,
        /** write kind APPROVAL: head of the unit; admin. */
        APPROVAL,
        /** the audit trail: auditor, admin. */
        AUDIT,
        /** unit-year locks of published reports: service, admin (CONTRACT.md). */
        LOCK
    }

    record Caller(String role, String login, boolean client) {
        String token(LocalStack stack) {
            if (login == null) {
                return null;
            }
            return client ? E2e.clientToken(stack, login) : E2e.token(stack, login);
        }
    }

    record Row(Caller caller, Rel rel, String unit) {
        String label() {
            return caller.role() + " (" + (caller.login() == null ? "no token" : caller.login()) + ")";
        }

        boolean kanwil() {
            return unit.startsWith("KANWIL") || unit.equals(DG);
        }
    }

    /** One request of a cell: the answer, whether it addressed an object by database id, and what it was. */
    record Probe(Response response, boolean byId, String request) {
    }

    /** A column: its name, the rule deciding who may, whether "allowed" may also be 409/412/422, and the request. */
    record Family(String name, Rule rule, boolean change, Function<Cell, Probe> request) {
    }

    /** What a family's request needs: the caller's token and the target unit. */
    record Cell(Row row, String token) {
        String unit() {
            return row.unit();
        }

        boolean kanwil() {
            return row.kanwil();
        }
    }

    private static LocalStack stack;
    private static final Map<String, Long> realizationIds = new HashMap<>();
    private static final Map<String, JsonNode> realizations = new HashMap<>();
    private static final Map<String, Long> reportIds = new HashMap<>();
    private static final Map<String, String> sectionKeys = new HashMap<>();
    private static final Map<String, JsonNode> budgetItems = new HashMap<>();
    private static final Map<String, JsonNode> importRealizations = new HashMap<>();

    @BeforeAll
    static void data(LocalStack started) {
        stack = started;
        E2e.ensureSecondUnit(stack);
        String admin = E2e.token(stack, "admin");

        JsonNode seedPerformance = E2e.demoFile(stack, "performance.json");
        JsonNode seedBudget = E2e.demoFile(stack, "budget.json");
        JsonNode secondPerformance = E2e.json(E2e.resource("second-unit/performance.json"));
        JsonNode secondBudget = E2e.json(E2e.resource("second-unit/budget.json"));
        importRealizations.put(UNIT, E2e.find(seedPerformance.get("realizations"),
                "workUnit", UNIT, "year", "2024", "indicator", "IKK-1.2", "period", "FY"));
        importRealizations.put(OTHER_UNIT, E2e.find(secondPerformance.get("realizations"),
                "workUnit", OTHER_UNIT, "year", "2024", "indicator", "IKK-1.2", "period", "FY"));
        budgetItems.put(UNIT, E2e.find(seedBudget.get("budgets"), "workUnit", UNIT, "year", "2024"));
        budgetItems.put(OTHER_UNIT, E2e.find(secondBudget.get("budgets"), "workUnit", OTHER_UNIT, "year", "2024"));

        for (String unit : List.of(UNIT, OTHER_UNIT)) {
            Response list = E2e.send(() -> E2e.as(admin).accept("application/json")
                    .queryParam("workUnit", unit).queryParam("year", YEAR)
                    .get(stack.gatewayUrl() + "/api/v1/realizations"));
            require(list, 200, "realizations of " + unit);
            JsonNode row = E2e.find(E2e.json(list), "indicator", "IKK-1.2", "period", "FY", "year", "2024");
            realizationIds.put(unit, row.get("id").asLong());
            realizations.put(unit, row);

            reportIds.put(unit, reportOf(admin, unit));
            Response sections = E2e.send(() -> E2e.as(admin).accept("application/json")
                    .get(stack.gatewayUrl() + "/api/v1/reports/" + reportIds.get(unit) + "/sections"));
            require(sections, 200, "sections of the report of " + unit);
            sectionKeys.put(unit, E2e.json(sections).get(0).get("key").asText());
        }
    }

    /** The 2024 report of a unit: an existing one, else a draft assembled now (as admin). */
    private static long reportOf(String admin, String unit) {
        Response list = E2e.send(() -> E2e.as(admin).accept("application/json")
                .queryParam("workUnit", unit).queryParam("year", YEAR)
                .get(stack.gatewayUrl() + "/api/v1/reports"));
        require(list, 200, "reports of " + unit);
        JsonNode reports = E2e.json(list);
        if (reports.size() > 0) {
            return reports.get(0).get("id").asLong();
        }
        Response created = E2e.send(() -> E2e.as(admin).contentType("application/json").accept("application/json")
                .body("{\"workUnit\": \"" + unit + "\", \"year\": " + YEAR + "}")
                .post(stack.gatewayUrl() + "/api/v1/reports"));
        if (created.statusCode() != 200 && created.statusCode() != 201) {
            throw new IllegalStateException("drafting the report of " + unit + " as admin: " + E2e.describe(created));
        }
        return E2e.json(created).get("id").asLong();
    }

    private static void require(Response r, int status, String what) {
        if (r.statusCode() != status) {
            throw new IllegalStateException(what + " as admin: " + E2e.describe(r));
        }
    }

    // ---- rows and columns ----

    static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (String role : List.of("operator", "planner", "head")) {
            Caller c = new Caller(role, role + "-" + UNIT, false);
            rows.add(new Row(c, Rel.OWN, UNIT));
            rows.add(new Row(c, Rel.OTHER, OTHER_UNIT));
            rows.add(new Row(c, Rel.ABOVE, KANWIL));
        }
        Caller regional = new Caller("regional", "regional-kepri", false);
        rows.add(new Row(regional, Rel.OWN, KANWIL));
        rows.add(new Row(regional, Rel.BELOW, UNIT));
        rows.add(new Row(regional, Rel.OTHER, OTHER_UNIT));
        rows.add(new Row(regional, Rel.ABOVE, DG));
        for (Caller c : List.of(new Caller("auditor", "auditor", false), new Caller("admin", "admin", false),
                new Caller("service", "reporting-service", true))) {
            rows.add(new Row(c, Rel.ANY, UNIT));
            rows.add(new Row(c, Rel.ANY, OTHER_UNIT));
        }
        rows.add(new Row(new Caller("anonymous", null, false), Rel.ANY, UNIT));
        return rows;
    }

    static List<Family> families() {
        return List.of(
                new Family("ind.read", Rule.READ, false, AccessMatrixIT::indicatorsRead),
                new Family("ind.write", Rule.REALIZATION, true, AccessMatrixIT::realizationWrite),
                new Family("ind.submit", Rule.REALIZATION, true, c -> realizationAction(c, "submit")),
                new Family("ind.verify", Rule.APPROVAL, true, c -> realizationAction(c, "verify")),
                new Family("ind.import", Rule.PLANNING, false, AccessMatrixIT::indicatorsImport),
                new Family("bud.read", Rule.READ, false, AccessMatrixIT::budgetRead),
                new Family("bud.write", Rule.PLANNING, true, AccessMatrixIT::budgetWrite),
                new Family("bud.import", Rule.PLANNING, false, AccessMatrixIT::budgetImport),
                new Family("rep.read", Rule.READ_NO_SERVICE, false, c -> reportRead(c, "application/json")),
                new Family("rep.write", Rule.PLANNING, true, AccessMatrixIT::reportWrite),
                new Family("rep.submit", Rule.PLANNING, true, c -> reportAction(c, "submit")),
                new Family("rep.approve", Rule.APPROVAL, true, c -> reportAction(c, "approve")),
                new Family("rep.render", Rule.READ_NO_SERVICE, false, AccessMatrixIT::reportRender),
                new Family("audit.ind", Rule.AUDIT, false, c -> audit(c, "indicators")),
                new Family("audit.bud", Rule.AUDIT, false, c -> audit(c, "budget")),
                new Family("audit.rep", Rule.AUDIT, false, c -> audit(c, "reports")),
                new Family("ind.lock", Rule.LOCK, false,
                        c -> lock(c, "/api/v1/work-units/" + c.unit() + "/locks/" + LOCK_YEAR + "?reason=e2e")),
                new Family("bud.lock", Rule.LOCK, false,
                        c -> lock(c, "/api/v1/budgets/locks/" + c.unit() + "/" + LOCK_YEAR)));
    }

    /** The expected outcome of a cell, from the role table (DOMAIN.md "Roles", ARCHITECTURE.md "Security"). */
    static Expect expected(Row row, Rule rule) {
        String role = row.caller().role();
        if (role.equals("anonymous")) {
            return Expect.UNAUTHENTICATED;
        }
        boolean own = row.rel() == Rel.OWN;
        boolean allowed = switch (rule) {
            case READ, READ_NO_SERVICE -> switch (role) {
                case "operator", "planner", "head" -> own;
                case "regional" -> own || row.rel() == Rel.BELOW;
                case "auditor", "admin" -> true;
                case "service" -> rule == Rule.READ;
                default -> false;
            };
            case REALIZATION -> role.equals("admin") || (own && (role.equals("operator") || role.equals("planner")));
            case PLANNING -> role.equals("admin") || (own && role.equals("planner"));
            case APPROVAL -> role.equals("admin") || (own && role.equals("head"));
            case AUDIT -> role.equals("auditor") || role.equals("admin");
            case LOCK -> role.equals("service") || role.equals("admin");
        };
        return allowed ? Expect.ALLOW : Expect.DENY;
    }

    static boolean matches(Expect expect, Family family, Probe probe) {
        int s = probe.response().statusCode();
        return switch (expect) {
            case ALLOW -> (s >= 200 && s < 300) || (family.change() && (s == 409 || s == 412 || s == 422));
            case DENY -> s == 403 || (probe.byId() && s == 404);
            case UNAUTHENTICATED -> s == 401;
            case NOT_APPLICABLE -> true;
        };
    }

    // ---- the requests of each family ----

    private static String url(String path) {
        return stack.gatewayUrl() + path;
    }

    private static RequestSpecification json(Cell c) {
        return E2e.as(c.token()).accept("application/json");
    }

    private static Probe get(Cell c, String path, String accept, boolean byId) {
        Response r = E2e.send(() -> E2e.as(c.token()).accept(accept).get(url(path)));
        return new Probe(r, byId, "GET " + path + " (Accept " + accept + ")");
    }

    private static Probe send(Cell c, String method, String path, String ifMatch, String body, boolean byId) {
        Response r = E2e.send(() -> {
            RequestSpecification spec = json(c);
            if (ifMatch != null) {
                spec = spec.header("If-Match", ifMatch);
            }
            if (body != null) {
                spec = spec.contentType("application/json").body(body);
            }
            return spec.request(method, url(path));
        });
        return new Probe(r, byId, method + " " + path + (ifMatch != null ? " (If-Match " + ifMatch + ")" : ""));
    }

    /** The scorecard of a unit; for a Kanwil, the pull of every unit below it. */
    static Probe indicatorsRead(Cell c) {
        String query = c.kanwil() ? "parent=" + c.unit() : "workUnit=" + c.unit();
        return get(c, "/api/v1/achievements?" + query + "&year=" + YEAR, "application/json", false);
    }

    /** Change a stored realization with a stale If-Match; for a Kanwil, enter a new one. */
    static Probe realizationWrite(Cell c) {
        if (c.kanwil()) {
            return send(c, "POST", "/api/v1/realizations", null, newRealization(c.unit()).toString(), false);
        }
        JsonNode row = realizations.get(c.unit());
        ObjectNode body = E2e.object().put("workUnit", row.get("workUnit").asText()).put("year", YEAR)
                .put("indicator", row.get("indicator").asText()).put("period", row.get("period").asText());
        body.set("numerator", row.get("numerator"));
        body.set("denominator", row.get("denominator"));
        return send(c, "PUT", "/api/v1/realizations/" + realizationIds.get(c.unit()), E2e.STALE_ETAG,
                body.toString(), true);
    }

    static Probe realizationAction(Cell c, String action) {
        if (c.kanwil()) {
            return null;
        }
        return send(c, "POST", "/api/v1/realizations/" + realizationIds.get(c.unit()) + "/" + action, E2e.STALE_ETAG,
                action.equals("return") ? "{\"reason\": \"e2e\"}" : null, true);
    }

    static Probe indicatorsImport(Cell c) {
        ObjectNode dataset = E2e.object().put("format", E2e.PERFORMANCE_FORMAT);
        dataset.putArray("realizations").add(c.kanwil() ? newRealization(c.unit()) : importRealizations.get(c.unit()));
        return send(c, "POST", "/api/v1/indicator-datasets?dryRun=true", null, dataset.toString(), false);
    }

    private static ObjectNode newRealization(String unit) {
        return E2e.object().put("workUnit", unit).put("year", YEAR).put("indicator", "IKK-1.2").put("period", "FY")
                .put("numerator", 1).put("denominator", 1);
    }

    static Probe budgetRead(Cell c) {
        return get(c, "/api/v1/budgets?workUnit=" + c.unit() + "&fromYear=" + YEAR + "&toYear=" + YEAR,
                "application/json", false);
    }

    private static JsonNode budgetItem(String unit) {
        return budgetItems.containsKey(unit) ? budgetItems.get(unit)
                : E2e.object().put("workUnit", unit).put("year", YEAR).put("ceiling", 1000).put("realization", 0);
    }

    /** Replace a budget year with a stale If-Match (a Kanwil has none: a forbidden caller must not create one). */
    static Probe budgetWrite(Cell c) {
        return send(c, "PUT", "/api/v1/budgets/" + c.unit() + "/" + YEAR, E2e.STALE_ETAG,
                budgetItem(c.unit()).toString(), false);
    }

    static Probe budgetImport(Cell c) {
        ObjectNode dataset = E2e.object().put("format", E2e.BUDGET_FORMAT);
        dataset.putArray("budgets").add(budgetItem(c.unit()));
        return send(c, "POST", "/api/v1/budget-datasets?dryRun=true", null, dataset.toString(), false);
    }

    /** A unit's report; for a Kanwil, the regional consolidation of its units. */
    static Probe reportRead(Cell c, String accept) {
        if (c.kanwil()) {
            return get(c, "/api/v1/reports/regional?parent=" + c.unit() + "&year=" + YEAR, accept, false);
        }
        return get(c, "/api/v1/reports/" + reportIds.get(c.unit()), accept, true);
    }

    static Probe reportRender(Cell c) {
        return reportRead(c, c.kanwil() ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                : "text/html");
    }

    /** Edit a narrative section with a stale If-Match; for a Kanwil, draft a report. */
    static Probe reportWrite(Cell c) {
        if (c.kanwil()) {
            return send(c, "POST", "/api/v1/reports", null,
                    "{\"workUnit\": \"" + c.unit() + "\", \"year\": " + YEAR + "}", false);
        }
        return send(c, "PUT", "/api/v1/reports/" + reportIds.get(c.unit()) + "/sections/" + sectionKeys.get(c.unit()),
                E2e.STALE_ETAG, "{\"markdown\": \"e2e access matrix\"}", true);
    }

    static Probe reportAction(Cell c, String action) {
        if (c.kanwil()) {
            return null;
        }
        return send(c, "POST", "/api/v1/reports/" + reportIds.get(c.unit()) + "/" + action, E2e.STALE_ETAG,
                "{\"justification\": \"e2e access matrix\", \"comment\": \"e2e\"}", true);
    }

    static Probe audit(Cell c, String service) {
        return get(c, "/api/v1/audit-trail/" + service + "?workUnit=" + c.unit() + "&limit=1", "application/json",
                false);
    }

    /** Lock a year without data and, when that worked, unlock it again at once. */
    static Probe lock(Cell c, String path) {
        Probe locked = send(c, "PUT", path, null, "{\"reason\": \"e2e access matrix\"}", false);
        int s = locked.response().statusCode();
        if (s >= 200 && s < 300) {
            String plain = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
            Probe unlocked = send(c, "DELETE", plain, null, null, false);
            if (unlocked.response().statusCode() / 100 != 2) {
                return new Probe(unlocked.response(), false, unlocked.request() + " after " + locked.request());
            }
        }
        return locked;
    }

    // ---- the matrix ----

    @Test
    void everyRoleGetsExactlyWhatTheRoleTableAllows() {
        List<Row> rows = rows();
        List<Family> families = families();
        List<String> differences = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        int checked = 0;

        StringBuilder header = new StringBuilder(String.format("%-34s %-6s %-13s", "role (login)", "unit", "target"));
        for (Family f : families) {
            header.append(String.format(" %-11s", f.name()));
        }
        lines.add(header.toString());

        for (Row row : rows) {
            String token = row.caller().token(stack);
            StringBuilder line = new StringBuilder(String.format("%-34s %-6s %-13s", row.label(), row.rel(), row.unit()));
            for (Family family : families) {
                Probe probe = family.request().apply(new Cell(row, token));
                Expect expect = probe == null ? Expect.NOT_APPLICABLE : expected(row, family.rule());
                String cell;
                if (probe == null) {
                    cell = "-";
                } else {
                    checked++;
                    int status = probe.response().statusCode();
                    boolean ok = matches(expect, family, probe);
                    cell = symbol(expect) + "/" + status + (ok ? "" : " !");
                    if (!ok) {
                        differences.add(String.format("%s, %s unit %s, %s: expected %s, got %s — %s",
                                row.label(), row.rel(), row.unit(), family.name(), describe(expect, family),
                                E2e.describe(probe.response()), probe.request()));
                    }
                }
                line.append(String.format(" %-11s", cell));
            }
            lines.add(line.toString());
        }

        System.out.println();
        System.out.println("[e2e] access matrix: expected/actual per cell (ok = 2xx, or 409/412/422 for a change"
                + " with a stale If-Match; 403 = forbidden; 401 = no token; - = not applicable; ! = differs)");
        lines.forEach(l -> System.out.println("[e2e] " + l));
        System.out.println("[e2e] " + checked + " cells checked, " + differences.size() + " differ");
        if (!differences.isEmpty()) {
            fail(differences.size() + " of " + checked + " cells differ from the role table:\n  "
                    + String.join("\n  ", differences));
        }
    }

    private static String symbol(Expect expect) {
        return switch (expect) {
            case ALLOW -> "ok";
            case DENY -> "403";
            case UNAUTHENTICATED -> "401";
            case NOT_APPLICABLE -> "-";
        };
    }

    private static String describe(Expect expect, Family family) {
        return switch (expect) {
            case ALLOW -> family.change() ? "access (2xx, or 409/412/422 after authorization)" : "access (2xx)";
            case DENY -> "403";
            case UNAUTHENTICATED -> "401";
            case NOT_APPLICABLE -> "-";
        };
    }
}
