package id.sakip.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import id.sakip.gateway.support.FakeServices;
import id.sakip.gateway.support.Fakes;
import id.sakip.gateway.support.TestEnvironment;
import id.sakip.gateway.support.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** The gateway against fake services: what reaches a service and what comes back. */
@QuarkusTest
@WithTestResource(TestEnvironment.class)
class ProxyResourceTest {

    static final String OPERATOR = Tokens.bearer("operator-1", "operator");

    @TestHTTPResource("/")
    URI gateway;

    @Test
    void methodPathQueryAndHeadersReachTheOwningService() {
        given().header("Authorization", OPERATOR)
                .header("traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01")
                .header("X-Custom", "kept")
                .header("X-Forwarded-For", "203.0.113.7")
                .header("X-Forwarded-Proto", "https")
                .contentType(ContentType.JSON)
                .body("{\"year\":2024}")
                .when().put("/api/v1/agreements/42/targets?workUnit=408103&year=2024&tag=a&tag=b")
                .then().statusCode(200)
                .body("service", equalTo("indicators"))
                .body("method", equalTo("PUT"))
                .body("path", equalTo("/api/v1/agreements/42/targets"))
                .body("query", equalTo("workUnit=408103&year=2024&tag=a&tag=b"))
                .body("headers.authorization[0]", equalTo(OPERATOR))
                .body("headers.traceparent[0]", equalTo("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"))
                .body("headers.x-custom[0]", equalTo("kept"))
                .body("headers.content-type[0]", containsString("application/json"))
                // The chain grows by the address the gateway saw; the scheme is the gateway's, not the caller's claim.
                .body("headers.x-forwarded-for[0]", matchesPattern("203\\.0\\.113\\.7, (127\\.0\\.0\\.1|0:0:0:0:0:0:0:1)"))
                .body("headers.x-forwarded-proto", equalTo(List.of("http")))
                .body("headers.host[0]", equalTo(gateway.getHost() + ":" + gateway.getPort()))
                .body("bodyLength", equalTo(13));
    }

    @Test
    void eachPrefixGoesToItsService() {
        for (String[] route : List.of(
                new String[] {"/api/v1/work-units", "indicators"},
                new String[] {"/api/v1/audit-trail/indicators", "indicators"},
                new String[] {"/api/v1/indicator-datasets/7", "indicators"},
                new String[] {"/api/v1/budgets", "budget"},
                new String[] {"/api/v1/budget-scores/x/y", "budget"},
                new String[] {"/api/v1/score-schemes", "budget"},
                new String[] {"/api/v1/reports/5/findings", "reporting"},
                new String[] {"/api/v1/validation-rules", "reporting"})) {
            String token = route[0].contains("audit-trail") ? Tokens.bearer("auditor-1", "auditor") : OPERATOR;
            given().header("Authorization", token)
                    .when().get(route[0])
                    .then().statusCode(200)
                    .body("service", equalTo(route[1]))
                    .body("path", equalTo(route[0]));
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void concurrentExchangesOnManyConnectionsEachGetTheirOwnAnswer() throws Exception {
        // Separate clients at the same time, so separate connections spread over the gateway's event loops (each
        // loop has its own backend clients); each client sends its requests one after the other. Every answer must
        // belong to its request and come from the owning service. One user per client stays under the rate limit.
        int clients = 8;
        int perClient = 25;
        List<CompletableFuture<Void>> chains = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            String token = Tokens.bearer("concurrent-" + c, "operator");
            CompletableFuture<Void> chain = CompletableFuture.completedFuture(null);
            for (int i = 0; i < perClient; i++) {
                String service = FakeServices.NAMES[i % FakeServices.NAMES.length];
                String prefix = switch (service) {
                    case "indicators" -> "/api/v1/achievements";
                    case "budget" -> "/api/v1/budgets";
                    default -> "/api/v1/reports";
                };
                String query = "client=" + c + "&n=" + i;
                HttpRequest request = HttpRequest.newBuilder(gateway.resolve(prefix + "?" + query))
                        .header("Authorization", token).GET().build();
                chain = chain.thenCompose(v -> client.sendAsync(request, HttpResponse.BodyHandlers.ofString()))
                        .thenAccept(response -> {
                            assertEquals(200, response.statusCode(), response.body());
                            assertTrue(response.body().contains("\"service\":\"" + service + "\""),
                                    response.body());
                            assertTrue(response.body().contains("\"query\":\"" + query + "\""), response.body());
                            assertEquals(1, response.headers().allValues("X-Request-Id").size());
                        });
            }
            chains.add(chain);
        }
        CompletableFuture.allOf(chains.toArray(CompletableFuture[]::new)).get(50, TimeUnit.SECONDS);
    }

    @Test
    void aPathThatOnlyStartsLikeAPrefixIsNotRouted() {
        given().header("Authorization", OPERATOR)
                .when().get("/api/v1/plansx")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("instance", equalTo("/api/v1/plansx"));
    }

    @Test
    void aStatusAndLocationFromTheServiceArePassedBack() {
        // The service builds Location from the Host it saw: the gateway's, since the gateway keeps it.
        given().header("Authorization", Tokens.bearer("planner-1", "planner"))
                .when().post("/api/v1/plans?status=201")
                .then().statusCode(201)
                .header("X-Fake-Service", "indicators")
                .header("Location", "http://" + gateway.getHost() + ":" + gateway.getPort() + "/api/v1/plans/1");
    }

    @Test
    void largeBodiesPassUnchangedBothWays() throws Exception {
        byte[] upload = new byte[5 * 1024 * 1024];
        new Random(42).nextBytes(upload);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(upload));

        given().header("Authorization", Tokens.bearer("planner-1", "planner"))
                .contentType("application/octet-stream")
                .body(upload)
                .when().post("/api/v1/budget-datasets")
                .then().statusCode(200)
                .body("service", equalTo("budget"))
                .body("bodyLength", equalTo(upload.length))
                .body("bodySha256", equalTo(sha));

        byte[] echoed = given().header("Authorization", Tokens.bearer("planner-1", "planner"))
                .contentType("application/octet-stream")
                .body(upload)
                .when().post("/api/v1/indicator-datasets/echo-body")
                .then().statusCode(200)
                .extract().asByteArray();
        assertArrayEquals(upload, echoed);

        int size = 5 * 1024 * 1024 + 17;
        byte[] downloaded = given().header("Authorization", OPERATOR)
                .when().get("/api/v1/reports/9/download?size=" + size)
                .then().statusCode(200)
                .extract().asByteArray();
        assertEquals(size, downloaded.length);
        for (int i = 0; i < size; i++) {
            if (downloaded[i] != FakeServices.patternByte(i)) {
                throw new AssertionError("byte " + i + " differs");
            }
        }
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void aResponseIsStreamedBeforeTheServiceHasFinished() throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(gateway.resolve("/api/v1/reports/1/trickle"))
                .header("Authorization", OPERATOR).GET().build();
        HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, response.statusCode());
        try (InputStream in = response.body()) {
            byte[] first = in.readNBytes("first-part;".length());
            // The service holds the rest until we have seen the first part: a buffering proxy would hang here.
            assertEquals("first-part;", new String(first, StandardCharsets.UTF_8));
            assertEquals("true", Fakes.control("release", "reporting"));
            assertEquals("second-part", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void aRequestBodyIsStreamedBeforeTheClientHasFinished() throws Exception {
        PipedOutputStream out = new PipedOutputStream();
        PipedInputStream in = new PipedInputStream(out, 1024 * 1024);
        HttpRequest request = HttpRequest.newBuilder(gateway.resolve("/api/v1/budget-datasets/upload-watch"))
                .header("Authorization", Tokens.bearer("planner-1", "planner"))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> in)).build();
        CompletableFuture<HttpResponse<String>> answer = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .sendAsync(request, HttpResponse.BodyHandlers.ofString());
        byte[] part = new byte[256 * 1024];
        try (OutputStream body = out) {
            body.write(part);
            body.flush();
            // The client has not finished; the service must already be receiving the first part
            // (the JDK client itself may still hold its last buffer).
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (Long.parseLong(Fakes.control("received", "budget")) < part.length / 2) {
                assertTrue(System.nanoTime() < deadline, "the first part never reached the service");
                Thread.sleep(20);
            }
            body.write(part);
        }
        HttpResponse<String> response = answer.get(10, TimeUnit.SECONDS);
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("\"bodyLength\":" + (2 * part.length)), response.body());
    }

    @Test
    void theRequestIdIsKeptOrMadeAndPassedOn() {
        given().header("Authorization", OPERATOR).header("X-Request-Id", "abc-123")
                .when().get("/api/v1/work-units")
                .then().statusCode(200)
                .header("X-Request-Id", "abc-123")
                .body("headers.x-request-id", equalTo(List.of("abc-123")));

        Response made = given().header("Authorization", OPERATOR)
                .when().get("/api/v1/work-units");
        String id = made.header("X-Request-Id");
        assertTrue(id.matches("[0-9a-f-]{36}"), id);
        assertEquals(List.of(id), made.jsonPath().getList("headers.x-request-id"));
        // One value only: the service's own X-Request-Id answer does not add a second one.
        assertEquals(1, made.headers().getValues("X-Request-Id").size());

        given().header("Authorization", OPERATOR).header("X-Request-Id", "bad value\twith tab")
                .when().get("/api/v1/work-units")
                .then().statusCode(200)
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
    }

    @Test
    void securityHeadersAreOnEveryResponse() {
        Response response = given().header("Authorization", OPERATOR).when().get("/api/v1/budgets");
        assertEquals(200, response.statusCode());
        assertEquals(List.of("nosniff"), response.headers().getValues("X-Content-Type-Options"));
        assertEquals(List.of("DENY"), response.headers().getValues("X-Frame-Options"));
        assertEquals("no-referrer", response.header("Referrer-Policy"));
        assertEquals("max-age=31536000; includeSubDomains", response.header("Strict-Transport-Security"));
        assertEquals("default-src 'none'; frame-ancestors 'none'", response.header("Content-Security-Policy"));

        given().when().get("/q/health/live")
                .then().header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", nullValue());
    }

    @Test
    void aServiceThatIsDownGives502WithAProblem() {
        Fakes.control("stop", "budget");
        try {
            given().header("Authorization", OPERATOR).header("X-Request-Id", "down-1")
                    .when().get("/api/v1/revenues?workUnit=408103")
                    .then().statusCode(502)
                    .contentType("application/problem+json")
                    .body("status", equalTo(502))
                    .body("title", equalTo("Bad gateway"))
                    .body("type", equalTo("https://sakip.example.id/problems/bad-gateway"))
                    .body("detail", containsString("budget"))
                    .body("service", equalTo("budget"))
                    .body("instance", equalTo("/api/v1/revenues"))
                    .body("requestId", equalTo("down-1"));
        } finally {
            Fakes.control("start", "budget");
        }
        given().header("Authorization", OPERATOR).when().get("/api/v1/revenues")
                .then().statusCode(200).body("service", equalTo("budget"));
    }

    @Test
    void aSlowServiceGives504WithAProblem() {
        long started = System.nanoTime();
        given().header("Authorization", OPERATOR)
                .when().get("/api/v1/reports/3/slow")
                .then().statusCode(504)
                .contentType("application/problem+json")
                .body("status", equalTo(504))
                .body("title", equalTo("Gateway timeout"))
                .body("service", equalTo("reporting"))
                .body("detail", containsString("reporting"));
        long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
        assertTrue(millis >= 1_400 && millis < 4_500, "answered after " + millis + " ms");
    }

    @Test
    void eachServiceOpenApiIsPublicUnderOpenapi() {
        given().when().get("/openapi/budget?format=json")
                .then().statusCode(200)
                .header("X-Fake-Uri", "/q/openapi?format=json")
                .body(containsString("title: budget fake"));
        given().when().get("/openapi/unknown").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void swaggerUiListsEveryService() {
        String config = given().when().get("/q/swagger-ui/index.html").then().statusCode(200).extract().asString();
        for (String url : List.of("/openapi/indicators", "/openapi/budget", "/openapi/reporting")) {
            assertTrue(config.contains(url), "Swagger UI does not list " + url);
        }
        assertTrue(config.contains("sakip-web"), "Swagger UI has no OAuth client id");
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body("info.title", equalTo("SAKIP gateway"))
                .body("components.securitySchemes.keycloak.type", equalTo("openIdConnect"))
                .body("components.responses.TooManyRequests.headers.Retry-After.schema.type", equalTo("integer"));
    }

    @Test
    void corsPreflightIsAnsweredForAConfiguredOrigin() {
        given().header("Origin", "http://localhost:5173")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .when().options("/api/v1/indicator-datasets")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", "http://localhost:5173")
                .header("Access-Control-Allow-Methods", containsString("POST"));

        Response actual = given().header("Origin", "http://localhost:5173").header("Authorization", OPERATOR)
                .when().get("/api/v1/work-units");
        assertEquals(200, actual.statusCode());
        // The service also says "*": the browser must see the gateway's single answer.
        assertEquals(List.of("http://localhost:5173"), actual.headers().getValues("Access-Control-Allow-Origin"));
        assertTrue(actual.header("Access-Control-Expose-Headers").contains("X-Request-Id"));

        given().header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "GET")
                .when().options("/api/v1/work-units")
                .then().header("Access-Control-Allow-Origin", not(equalTo("https://evil.example")));
    }

    @Test
    void metricsAreExposedForPrometheusWithoutOneSeriesPerId() {
        given().header("Authorization", OPERATOR).when().get("/api/v1/score-schemes").then().statusCode(200);
        given().header("Authorization", OPERATOR).when().get("/api/v1/indicators/IKK-1.1").then().statusCode(200);
        given().header("Authorization", OPERATOR).when().get("/api/v1/indicators/IKK-9.9").then().statusCode(200);
        given().when().get("/api/v1/indicators/IKK-7.7").then().statusCode(401);
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(metrics.contains(
                "gateway_proxy_requests_seconds_count{outcome=\"complete\",service=\"budget\",status=\"200\"}"),
                metrics);
        assertTrue(metrics.contains("uri=\"/api/v1/indicators/*\""), metrics);
        assertTrue(metrics.contains("status=\"401\",uri=\"/api/v1/indicators/*\""), metrics);
        assertTrue(!metrics.contains("IKK-"), "a path with an id became a metric tag");
    }
}
