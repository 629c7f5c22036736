package id.sakip.gateway.proxy;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.jboss.logging.Logger;

import id.sakip.gateway.http.RequestIds;
import id.sakip.gateway.problem.Problems;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.netty.channel.ConnectTimeoutException;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;

/**
 * Wraps every proxied exchange of one service: keeps the Host, adds X-Forwarded-*, limits bodies sent
 * without a length, optionally rewrites the path, turns failures into 502/504 problems and records metrics.
 */
final class GatewayInterceptor implements ProxyInterceptor {

    private static final Logger LOG = Logger.getLogger(GatewayInterceptor.class);
    private static final String TOO_LARGE = "gateway.body-too-large";
    private static final String STARTED = "gateway.started-nanos";
    private static final long LINGER_MILLIS = 10_000;

    private final ServiceRoute service;
    private final Duration timeout;
    private final long maxBodySize;
    private final String rewritePath;
    private final MeterRegistry registry;
    private final Vertx vertx;
    /** Timers by status and outcome, so that a request does not build and look up a meter id. */
    private final ConcurrentMap<Integer, Timer> completeTimers = new ConcurrentHashMap<>();
    private final ConcurrentMap<Integer, Timer> abortedTimers = new ConcurrentHashMap<>();

    /**
     * @param rewritePath when not null, the path sent to the service (the query string is kept)
     * @param maxBodySize limit for bodies without Content-Length, 0 for none
     */
    GatewayInterceptor(ServiceRoute service, Duration timeout, long maxBodySize, String rewritePath,
                       MeterRegistry registry, Vertx vertx) {
        this.service = service;
        this.timeout = timeout;
        this.maxBodySize = maxBodySize;
        this.rewritePath = rewritePath;
        this.registry = registry;
        this.vertx = vertx;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext ctx) {
        ctx.set(STARTED, System.nanoTime());
        ProxyRequest request = ctx.request();
        HttpServerRequest incoming = request.proxiedRequest();
        if (rewritePath != null) {
            String query = incoming.query();
            request.setURI(query == null ? rewritePath : rewritePath + "?" + query);
        }
        // Keep the caller's Host so that links a service builds (Location) point at the gateway.
        if (incoming.authority() != null) {
            request.setAuthority(incoming.authority());
        }
        forwardedHeaders(request.headers(), incoming);
        Body body = request.getBody();
        // HTTP/1.1: a request with neither Content-Length nor chunked Transfer-Encoding has no body.
        if (body != null && body.length() < 0 && maxBodySize > 0 && hasUnsizedBody(incoming)) {
            request.setBody(Body.body(
                    new LimitedReadStream(body.stream(), maxBodySize, () -> ctx.set(TOO_LARGE, Boolean.TRUE)), -1));
        }
        return ctx.sendRequest().recover(failure -> Future.succeededFuture(problem(ctx, failure)));
    }

    @Override
    public Future<Void> handleProxyResponse(ProxyContext ctx) {
        int status = ctx.response().getStatusCode();
        return ctx.sendResponse().andThen(ar -> {
            Long started = ctx.get(STARTED, Long.class);
            if (started != null) {
                timer(status, ar.succeeded()).record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
            }
        });
    }

    private Timer timer(int status, boolean complete) {
        ConcurrentMap<Integer, Timer> timers = complete ? completeTimers : abortedTimers;
        Timer timer = timers.get(status);
        if (timer == null) {
            timer = timers.computeIfAbsent(status, s -> Timer.builder("gateway.proxy.requests")
                    .description("Requests the gateway passed to a service, until the response was sent")
                    .tag("service", service.name())
                    .tag("status", Integer.toString(s))
                    .tag("outcome", complete ? "complete" : "aborted")
                    .register(registry));
        }
        return timer;
    }

    private static boolean hasUnsizedBody(HttpServerRequest incoming) {
        if (incoming.version() != io.vertx.core.http.HttpVersion.HTTP_1_1
                && incoming.version() != io.vertx.core.http.HttpVersion.HTTP_1_0) {
            return true; // HTTP/2 streams may carry a body without a length
        }
        String te = incoming.getHeader(HttpHeaders.TRANSFER_ENCODING);
        return te != null;
    }

    /**
     * The gateway is the edge: it states scheme and host as it saw them (behind a trusted load balancer,
     * {@code quarkus.http.proxy.*} makes these the forwarded values) and appends the client to the chain.
     */
    private static void forwardedHeaders(MultiMap headers, HttpServerRequest incoming) {
        if (incoming.remoteAddress() != null) {
            String client = incoming.remoteAddress().host();
            String chain = headers.get("X-Forwarded-For");
            headers.set("X-Forwarded-For", chain == null || chain.isBlank() ? client : chain + ", " + client);
        }
        headers.set("X-Forwarded-Proto", incoming.scheme() == null ? "http" : incoming.scheme());
        if (incoming.authority() != null) {
            headers.set("X-Forwarded-Host", incoming.authority().toString());
        } else {
            headers.remove("X-Forwarded-Host");
        }
    }

    private ProxyResponse problem(ProxyContext ctx, Throwable failure) {
        ProxyRequest request = ctx.request();
        HttpServerRequest incoming = request.proxiedRequest();
        int status;
        String title;
        String detail;
        boolean tooLarge = false;
        if (Boolean.TRUE.equals(ctx.get(TOO_LARGE, Boolean.class))) {
            status = 413;
            title = "Payload too large";
            detail = "The request body exceeds the gateway's limit of " + maxBodySize + " bytes";
            tooLarge = true;
        } else if (isTimeout(failure)) {
            status = 504;
            title = "Gateway timeout";
            detail = "Service '" + service.name() + "' did not answer within " + timeout.toMillis() + " ms";
            LOG.warnf("%s %s: %s timed out (%s)", incoming.method(), incoming.path(), service.name(),
                    failure.getMessage());
        } else {
            status = 502;
            title = "Bad gateway";
            detail = "Service '" + service.name() + "' is unavailable";
            LOG.warnf("%s %s: %s unavailable (%s)", incoming.method(), incoming.path(), service.name(),
                    String.valueOf(failure));
        }
        Buffer buffer = Problems.body(status, title, detail, incoming.path(), incoming.getHeader(RequestIds.HEADER))
                .put("service", service.name())
                .toBuffer();
        ProxyResponse response = request.release().response()
                .setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problems.MEDIA_TYPE)
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .setBody(Body.body(buffer));
        if (tooLarge) {
            lingerThenClose(incoming);
        }
        return response;
    }

    /**
     * The rest of an oversized body is read and dropped (release() resumed it), so that a client that only
     * reads the answer once it has sent everything still gets the 413; a body that goes on is cut off.
     */
    private void lingerThenClose(HttpServerRequest incoming) {
        incoming.response().endHandler(v -> {
            if (!incoming.isEnded()) {
                vertx.setTimer(LINGER_MILLIS, t -> {
                    if (!incoming.isEnded()) {
                        incoming.connection().close();
                    }
                });
            }
        });
    }

    static boolean isTimeout(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof TimeoutException || t instanceof ConnectTimeoutException) {
                return true;
            }
        }
        return false;
    }
}
