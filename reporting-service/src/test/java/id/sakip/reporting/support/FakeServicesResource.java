package id.sakip.reporting.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * Plays indicators-service and budget-service for the tests: two plain Vert.x HTTP servers on random ports that
 * answer the requests of CONTRACT.md with the JSON files in {@code src/test/resources/contract/}. The indicators
 * server also takes control requests ({@code /__control/...}) so a test can stop and restart budget-service, replace
 * a file, and read the lock calls it received.
 */
public class FakeServicesResource implements QuarkusTestResourceLifecycleManager {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Vertx vertx;
    private HttpServer indicators;
    private volatile HttpServer budget;
    private int budgetPort;
    private final Map<String, byte[]> overrides = new ConcurrentHashMap<>();
    private final List<String> calls = new CopyOnWriteArrayList<>();

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        indicators = listen(0, this::indicators);
        budget = listen(0, this::budget);
        budgetPort = budget.actualPort();
        return Map.of(
                "quarkus.rest-client.indicators.url", "http://localhost:" + indicators.actualPort(),
                "quarkus.rest-client.budget.url", "http://localhost:" + budgetPort);
    }

    @Override
    public void stop() {
        if (vertx != null) {
            await(vertx.close());
        }
    }

    private HttpServer listen(int port, io.vertx.core.Handler<HttpServerRequest> handler) {
        return await(vertx.createHttpServer().requestHandler(handler).listen(port));
    }

    private void indicators(HttpServerRequest req) {
        String path = req.path();
        if (path.startsWith("/__control/")) {
            control(req);
            return;
        }
        record(req);
        String[] p = path.split("/");
        if (path.matches("/api/v1/work-units/[^/]+/locks/\\d+")) {
            req.response().setStatusCode(204).end();
        } else if (path.matches("/api/v1/work-units/[^/]+/(profile|narrative|other-achievements|risk-register)/\\d+")) {
            file(req, "indicators/" + p[5] + "-" + p[4] + "-" + p[6] + ".json", null);
        } else if (path.matches("/api/v1/plans/[^/]+/strategy")) {
            file(req, "indicators/strategy-" + p[4] + ".json", null);
        } else if (path.matches("/api/v1/work-units/[^/]+/ancestors")) {
            // a file for one date (ancestors-CODE-DATE.json) wins: the hierarchy changed on that date
            String dated = "indicators/ancestors-" + p[4] + "-" + req.getParam("date") + ".json";
            file(req, read(dated) != null ? dated : "indicators/ancestors-" + p[4] + ".json", "[]");
        } else if (path.matches("/api/v1/work-units/[^/]+")) {
            file(req, "indicators/work-unit-" + p[4] + ".json", null);
        } else if (path.equals("/api/v1/work-units")) {
            file(req, "indicators/work-units-below-" + req.getParam("parent") + ".json", "[]");
        } else if (path.equals("/api/v1/achievements")) {
            file(req, "indicators/achievements-" + req.getParam("workUnit") + "-" + req.getParam("year") + ".json", null);
        } else if (path.equals("/api/v1/agreements")) {
            file(req, "indicators/agreements-" + req.getParam("workUnit") + "-" + req.getParam("year") + ".json", "[]");
        } else if (path.matches("/api/v1/plans/[^/]+")) {
            file(req, "indicators/plan-" + p[4] + ".json", null);
        } else if (path.equals("/api/v1/registers/checks")) {
            file(req, "indicators/register-checks-" + req.getParam("workUnit") + "-" + req.getParam("year") + ".json", null);
        } else if (path.equals("/api/v1/registers")) {
            file(req, "indicators/registers-" + req.getParam("workUnit") + "-" + req.getParam("year") + ".json", null);
        } else {
            req.response().setStatusCode(404).end();
        }
    }

    private void budget(HttpServerRequest req) {
        record(req);
        String path = req.path();
        if (path.matches("/api/v1/budgets/locks/[^/]+/\\d+")) {
            req.response().setStatusCode(204).end();
            return;
        }
        String kind = switch (path) {
            case "/api/v1/budgets" -> "budgets";
            case "/api/v1/revenues" -> "revenues";
            case "/api/v1/budget-scores" -> "budget-scores";
            default -> null;
        };
        if (kind == null) {
            req.response().setStatusCode(404).end();
            return;
        }
        byte[] all = read("budget/" + kind + "-" + req.getParam("workUnit") + "-2021-2024.json");
        if (all == null) {
            json(req, "[]".getBytes());
            return;
        }
        int from = Integer.parseInt(req.getParam("fromYear"));
        int to = Integer.parseInt(req.getParam("toYear"));
        try {
            ArrayNode out = JSON.createArrayNode();
            for (JsonNode n : JSON.readTree(all)) {
                int y = n.get("year").asInt();
                if (y >= from && y <= to) {
                    out.add(n);
                }
            }
            json(req, JSON.writeValueAsBytes(out));
        } catch (IOException e) {
            req.response().setStatusCode(500).end(e.toString());
        }
    }

    private void control(HttpServerRequest req) {
        String path = req.path();
        switch (path) {
            case "/__control/budget/stop" -> {
                HttpServer b = budget;
                budget = null;
                if (b == null) {
                    req.response().setStatusCode(204).end();
                } else {
                    b.close().onComplete(x -> req.response().setStatusCode(204).end());
                }
            }
            case "/__control/budget/start" -> {
                if (budget != null) {
                    req.response().setStatusCode(204).end();
                } else {
                    vertx.createHttpServer().requestHandler(this::budget).listen(budgetPort).onComplete(x -> {
                        if (x.succeeded()) {
                            budget = x.result();
                            req.response().setStatusCode(204).end();
                        } else {
                            req.response().setStatusCode(500).end(String.valueOf(x.cause()));
                        }
                    });
                }
            }
            case "/__control/calls" -> {
                try {
                    json(req, JSON.writeValueAsBytes(calls));
                } catch (IOException e) {
                    req.response().setStatusCode(500).end();
                }
            }
            case "/__control/reset" -> {
                overrides.clear();
                calls.clear();
                req.response().setStatusCode(204).end();
            }
            default -> {
                if (path.startsWith("/__control/file/") && req.method().name().equals("PUT")) {
                    String name = path.substring("/__control/file/".length());
                    req.body().onSuccess(body -> {
                        overrides.put(name, body.getBytes());
                        req.response().setStatusCode(204).end();
                    });
                } else {
                    req.response().setStatusCode(404).end();
                }
            }
        }
    }

    private void record(HttpServerRequest req) {
        if (!req.method().name().equals("GET")) {
            calls.add(req.method().name() + " " + req.path());
        }
    }

    private void file(HttpServerRequest req, String name, String fallback) {
        byte[] body = read(name);
        if (body == null) {
            if (fallback == null) {
                req.response().setStatusCode(404).putHeader("Content-Type", "application/problem+json")
                        .end("{\"status\":404,\"title\":\"Not found\"}");
            } else {
                json(req, fallback.getBytes());
            }
            return;
        }
        json(req, body);
    }

    private byte[] read(String name) {
        byte[] o = overrides.get(name);
        if (o != null) {
            return o.length == 0 ? null : o; // an empty override = the file does not exist (404)
        }
        try (InputStream in = FakeServicesResource.class.getClassLoader().getResourceAsStream("contract/" + name)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void json(HttpServerRequest req, byte[] body) {
        req.response().putHeader("Content-Type", "application/json").end(io.vertx.core.buffer.Buffer.buffer(body));
    }

    private static <T> T await(io.vertx.core.Future<T> f) {
        try {
            return f.toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Fake services: " + e, e);
        }
    }
}
