package id.sakip.gateway.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * Three fake downstream services on random ports, plus a control server through which a test makes one
 * of them slow down, stop, start again or finish a held response. Plain Vert.x, no Quarkus.
 * <p>
 * Paths (any prefix): {@code .../slow} answers after 5 s; {@code .../trickle} sends a first part and holds
 * the rest until released; {@code .../download?size=N} streams N bytes; {@code .../echo-body} streams the
 * request body back; {@code .../upload-watch} counts bytes as they arrive; anything else describes the request
 * as JSON. {@code /q/health/ready} and {@code /q/openapi} behave like a Quarkus service.
 */
public final class FakeServices {

    public static final String[] NAMES = {"indicators", "budget", "reporting"};
    public static final String CONTROL_URL = "fake.control.url";

    private final Vertx vertx = Vertx.vertx();
    private final Map<String, Backend> backends = new LinkedHashMap<>();
    private HttpServer control;

    /** Starts everything and returns the configuration pointing the gateway at it. */
    public Map<String, String> start() {
        Map<String, String> config = new LinkedHashMap<>();
        for (String name : NAMES) {
            Backend backend = new Backend(name, freePort());
            backend.start();
            backends.put(name, backend);
            config.put("gateway.services." + name + ".url", "http://localhost:" + backend.port);
        }
        control = await(vertx.createHttpServer().requestHandler(this::control).listen(0));
        config.put(CONTROL_URL, "http://localhost:" + control.actualPort());
        return config;
    }

    public void stop() {
        await(vertx.close());
    }

    private void control(HttpServerRequest request) {
        // /<action>/<service>
        String[] parts = request.path().split("/");
        Backend backend = parts.length == 3 ? backends.get(parts[2]) : null;
        if (backend == null) {
            request.response().setStatusCode(404).end();
            return;
        }
        switch (parts[1]) {
            case "release" -> {
                Promise<Void> held = backend.held.remove("trickle");
                if (held != null) {
                    held.complete();
                }
                request.response().end(String.valueOf(held != null));
            }
            case "received" -> request.response().end(Long.toString(backend.received.get()));
            case "stop" -> backend.server.close().onComplete(ar -> request.response().end("stopped"));
            case "start" -> backend.listen().onComplete(ar -> request.response()
                    .setStatusCode(ar.succeeded() ? 200 : 500).end(ar.succeeded() ? "started" : "" + ar.cause()));
            case "ready" -> {
                backend.ready.set(Boolean.parseBoolean(request.getParam("value", "true")));
                request.response().end("ok");
            }
            default -> request.response().setStatusCode(404).end();
        }
    }

    private final class Backend {
        final String name;
        final int port;
        final AtomicBoolean ready = new AtomicBoolean(true);
        final AtomicLong received = new AtomicLong();
        final Map<String, Promise<Void>> held = new ConcurrentHashMap<>();
        HttpServer server;

        Backend(String name, int port) {
            this.name = name;
            this.port = port;
        }

        void start() {
            await(listen());
        }

        io.vertx.core.Future<HttpServer> listen() {
            return vertx.createHttpServer().requestHandler(this::handle).listen(port)
                    .onSuccess(s -> server = s);
        }

        void handle(HttpServerRequest request) {
            String path = request.path();
            request.response().putHeader("X-Fake-Service", name);
            if (path.equals("/q/health/ready")) {
                boolean up = ready.get();
                request.response().setStatusCode(up ? 200 : 503).putHeader("Content-Type", "application/json")
                        .end(new JsonObject().put("status", up ? "UP" : "DOWN").encode());
            } else if (path.equals("/q/openapi")) {
                request.response().putHeader("Content-Type", "application/yaml")
                        .putHeader("X-Fake-Uri", request.uri())
                        .end("openapi: 3.1.0\ninfo:\n  title: " + name + " fake\n  version: 1.0.0\n");
            } else if (path.endsWith("/slow")) {
                vertx.setTimer(5_000, t -> request.response().end("too late"));
            } else if (path.endsWith("/trickle")) {
                Promise<Void> release = Promise.promise();
                held.put("trickle", release);
                request.response().setChunked(true).putHeader("Content-Type", "text/plain");
                request.response().write("first-part;");
                release.future().onComplete(ar -> request.response().end("second-part"));
            } else if (path.endsWith("/download")) {
                download(request, Long.parseLong(request.getParam("size", "0")));
            } else if (path.endsWith("/echo-body")) {
                request.response().setChunked(true).putHeader("Content-Type", "application/octet-stream");
                request.pipeTo(request.response());
            } else if (path.endsWith("/upload-watch")) {
                received.set(0);
                MessageDigest sha = sha256();
                request.handler(chunk -> {
                    received.addAndGet(chunk.length());
                    sha.update(chunk.getBytes());
                });
                request.endHandler(v -> request.response().putHeader("Content-Type", "application/json")
                        .end(new JsonObject().put("bodyLength", received.get())
                                .put("bodySha256", HexFormat.of().formatHex(sha.digest())).encode()));
            } else {
                describe(request);
            }
        }

        void describe(HttpServerRequest request) {
            MessageDigest sha = sha256();
            AtomicLong length = new AtomicLong();
            request.handler(chunk -> {
                length.addAndGet(chunk.length());
                sha.update(chunk.getBytes());
            });
            request.endHandler(v -> {
                JsonObject headers = new JsonObject();
                request.headers().names().forEach(n ->
                        headers.put(n.toLowerCase(), new JsonArray(request.headers().getAll(n))));
                JsonObject body = new JsonObject()
                        .put("service", name)
                        .put("method", request.method().name())
                        .put("path", request.path())
                        .put("query", request.query())
                        .put("headers", headers)
                        .put("bodyLength", length.get())
                        .put("bodySha256", HexFormat.of().formatHex(sha.digest()));
                int status = Integer.parseInt(request.getParam("status", "200"));
                if (status == 201) {
                    request.response().putHeader("Location", "http://" + request.authority() + request.path() + "/1");
                }
                request.response().setStatusCode(status)
                        .putHeader("Content-Type", "application/json")
                        // A service's own values must not survive next to the gateway's.
                        .putHeader("X-Request-Id", "from-service")
                        .putHeader("X-Frame-Options", "SAMEORIGIN")
                        .putHeader("Access-Control-Allow-Origin", "*")
                        .end(body.encode());
            });
        }

        void download(HttpServerRequest request, long size) {
            var response = request.response().setChunked(true).putHeader("Content-Type", "application/octet-stream");
            writeFrom(response, 0, size);
        }

        void writeFrom(io.vertx.core.http.HttpServerResponse response, long from, long size) {
            long offset = from;
            while (offset < size && !response.writeQueueFull()) {
                int n = (int) Math.min(64 * 1024, size - offset);
                response.write(pattern(offset, n));
                offset += n;
            }
            if (offset >= size) {
                response.end();
            } else {
                long next = offset;
                response.drainHandler(v -> writeFrom(response, next, size));
            }
        }
    }

    /** Deterministic content of a download at a given offset, so that a test can check every byte. */
    public static Buffer pattern(long offset, int length) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = patternByte(offset + i);
        }
        return Buffer.buffer(bytes);
    }

    public static byte patternByte(long position) {
        return (byte) ((position * 31 + position / 251) & 0xff);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T await(io.vertx.core.Future<T> future) {
        try {
            return future.toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
