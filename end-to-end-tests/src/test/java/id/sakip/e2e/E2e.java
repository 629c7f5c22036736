package id.sakip.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.sakip.localstack.LocalStack;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;

/**
 * What the access-control suites share: fresh tokens (access tokens live 5 minutes, a run takes longer),
 * the second unit 409011 under KANWIL-RIAU (imported once per run as admin), JSON helpers and a request
 * wrapper that waits out the gateway's per-user rate limit when a suite is not testing it.
 */
final class E2e {

    static final ObjectMapper JSON = new ObjectMapper();
    /** A well-formed entity tag that never matches a version: proves that a request got past authorization. */
    static final String STALE_ETAG = "\"stale-e2e\"";
    static final String SECOND_UNIT = "409011";
    static final String PERFORMANCE_FORMAT = "sakip-performance-dataset/1";
    static final String BUDGET_FORMAT = "sakip-budget-dataset/1";

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();
    private static volatile boolean secondUnitImported;

    private E2e() {
    }

    /** A password-grant token of a demo user, reused while it has more than a minute to live. */
    static String token(LocalStack stack, String username) {
        return TOKENS.compute("user:" + username, (key, old) -> fresh(old) ? old : stack.token(username));
    }

    /** A client-credentials token, reused while it has more than a minute to live. */
    static String clientToken(LocalStack stack, String clientId) {
        return TOKENS.compute("client:" + clientId,
                (key, old) -> fresh(old) ? old : stack.clientToken(clientId, clientId + "-secret"));
    }

    private static boolean fresh(String token) {
        return token != null && Jwt.claims(token).getLong("exp") > Instant.now().getEpochSecond() + 60;
    }

    /** Imports the second unit's performance and budget datasets as admin, once per run (idempotent anyway). */
    static synchronized void ensureSecondUnit(LocalStack stack) {
        if (secondUnitImported) {
            return;
        }
        String admin = token(stack, "admin");
        for (String[] file : new String[][] {
                {"second-unit/performance.json", "/api/v1/indicator-datasets"},
                {"second-unit/budget.json", "/api/v1/budget-datasets"}}) {
            Response r = send(() -> given().auth().oauth2(admin).contentType("application/json")
                    .accept("application/json").body(resource(file[0]))
                    .post(stack.gatewayUrl() + file[1]));
            if (r.statusCode() != 200) {
                throw new IllegalStateException("importing " + file[0] + " as admin answered " + r.statusCode() + ": "
                        + r.asString());
            }
        }
        secondUnitImported = true;
    }

    /**
     * Sends a request; a 429 of the gateway's per-user limit (not what these suites test) is waited out
     * ({@code Retry-After}) and the request sent again.
     */
    static Response send(Supplier<Response> request) {
        Response r = request.get();
        for (int attempt = 0; attempt < 5 && r.statusCode() == 429; attempt++) {
            String retryAfter = r.header("Retry-After");
            long seconds = retryAfter == null ? 1 : Math.max(1, Long.parseLong(retryAfter.trim()));
            sleep(seconds * 1000 + 100);
            r = request.get();
        }
        return r;
    }

    /** A request with the given bearer token, or none when {@code token} is null. */
    static RequestSpecification as(String token) {
        RequestSpecification spec = given();
        return token == null ? spec : spec.auth().oauth2(token);
    }

    static JsonNode json(Response r) {
        return json(r.asString());
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new IllegalStateException("not JSON: " + text, e);
        }
    }

    static ObjectNode object() {
        return JSON.createObjectNode();
    }

    static String resource(String name) {
        try (InputStream in = E2e.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode demoFile(LocalStack stack, String file) {
        Path path = stack.config().demoDataDir().resolve(file);
        try {
            return JSON.readTree(path.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A DRAFT realization of 409011 for IKK-3.2 (a VALUE indicator, scale 1-4) in {@code period}: created now, or the one made earlier in this run. */
    static long draftRealization(LocalStack stack, String token, String period, String value) {
        String body = object().put("workUnit", SECOND_UNIT).put("year", 2024).put("indicator", "IKK-3.2")
                .put("period", period).put("value", new java.math.BigDecimal(value)).toString();
        Response created = send(() -> as(token).contentType("application/json").accept("application/json")
                .body(body).post(stack.gatewayUrl() + "/api/v1/realizations"));
        if (created.statusCode() == 201) {
            return json(created).get("id").asLong();
        }
        if (created.statusCode() != 409) {
            throw new AssertionError("creating a realization of " + SECOND_UNIT + " " + period + ": " + describe(created));
        }
        Response list = send(() -> as(token).accept("application/json").queryParam("workUnit", SECOND_UNIT)
                .queryParam("year", 2024).get(stack.gatewayUrl() + "/api/v1/realizations"));
        if (list.statusCode() != 200) {
            throw new AssertionError("realizations of " + SECOND_UNIT + ": " + describe(list));
        }
        return find(json(list), "indicator", "IKK-3.2", "period", period).get("id").asLong();
    }

    /** The first element of {@code array} whose fields equal the given pairs (name, value, name, value…). */
    static JsonNode find(JsonNode array, String... pairs) {
        for (JsonNode item : array) {
            boolean all = true;
            for (int i = 0; i < pairs.length; i += 2) {
                all &= pairs[i + 1].equals(item.path(pairs[i]).asText());
            }
            if (all) {
                return item;
            }
        }
        throw new IllegalStateException("nothing with " + String.join(",", pairs) + " in " + array);
    }

    /** A short description of an answer for failure messages: status, and the problem's title/detail if any. */
    static String describe(Response r) {
        String body = r.asString();
        String contentType = r.contentType() == null ? "" : r.contentType();
        if (contentType.contains("json") && body.startsWith("{")) {
            JsonNode problem = json(body);
            if (problem.has("detail") || problem.has("title")) {
                return r.statusCode() + " " + problem.path("title").asText("") + ": " + problem.path("detail").asText("");
            }
        }
        return r.statusCode() + " " + (body.length() > 160 ? body.substring(0, 160) + "…" : body);
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
