package id.sakip.gateway.proxy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import id.sakip.gateway.config.GatewayConfig;
import id.sakip.gateway.http.ResponseHeadersHandler;
import id.sakip.gateway.problem.ProblemFailureHandler;
import id.sakip.gateway.problem.Problems;
import id.sakip.gateway.ratelimit.RateLimitHandler;
import id.sakip.gateway.ratelimit.RateLimiter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.proxy.handler.ProxyHandler;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.OriginRequestProvider;

/**
 * Mounts the gateway on Quarkus's router: common handlers first, then one proxied route per prefix of
 * the route table, the public {@code /openapi/<service>} documents, and problem answers for unknown API paths.
 */
@ApplicationScoped
public class ProxyRoutes {

    /** Before CORS (-300), authentication (-200) and the body-size check of Quarkus (-2). */
    static final int ORDER_RESPONSE_HEADERS = -1_000;
    static final int ORDER_BODY_LIMIT = -900;
    static final int ORDER_RATE_LIMIT_ADDRESS = -850;
    static final int ORDER_METRICS_NAME = -950;
    static final int ORDER_FAILURE = -1_000;
    static final String OPENAPI_ROOT = "/openapi/";

    private static final Logger LOG = Logger.getLogger(ProxyRoutes.class);

    private final GatewayConfig config;
    private final RouteTable routes;
    private final MeterRegistry registry;
    private final long maxBodySize;
    private final List<HttpClient> clients = new ArrayList<>();

    public ProxyRoutes(GatewayConfig config, RouteTable routes, MeterRegistry registry,
                       @ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> maxBodySize) {
        this.config = config;
        this.routes = routes;
        this.registry = registry;
        this.maxBodySize = maxBodySize.map(MemorySize::asLongValue).orElse(0L);
    }

    void mount(@Observes Router router, Vertx vertx) {
        router.route().order(ORDER_RESPONSE_HEADERS).handler(new ResponseHeadersHandler(config.headers()));
        router.route().order(ORDER_FAILURE).failureHandler(new ProblemFailureHandler());
        router.route().order(ORDER_BODY_LIMIT).handler(this::rejectDeclaredOversizeBody);
        router.route().order(ORDER_METRICS_NAME).handler(new MetricsPathTemplate(routes.services()));

        GatewayConfig.RateLimit limits = config.rateLimit();
        // By address before authentication (a flood without or with bad tokens gets 429 too), by user after it.
        RateLimitHandler byAddress = new RateLimitHandler(limits.enabled(),
                new RateLimiter(limits.perIp(), limits.idleExpiry(), limits.maxBuckets()), null, registry);
        router.route("/api/*").order(ORDER_RATE_LIMIT_ADDRESS).handler(byAddress);
        router.route(OPENAPI_ROOT + "*").order(ORDER_RATE_LIMIT_ADDRESS).handler(byAddress);
        RateLimitHandler rateLimit = new RateLimitHandler(limits.enabled(), null,
                new RateLimiter(limits.perUser(), limits.idleExpiry(), limits.maxBuckets()), registry);

        for (ServiceRoute service : routes.services()) {
            EventLoopClients serviceClients = new EventLoopClients(vertx, new HttpClientOptions()
                    .setConnectTimeout((int) config.connectTimeout().toMillis())
                    .setSsl(service.ssl())
                    .setKeepAlive(true), config.maxConnectionsPerService());
            clients.addAll(serviceClients.all());

            // The proxy's own client is not used: the origin takes the client of the calling event loop.
            HttpProxy api = HttpProxy.reverseProxy(serviceClients.all().get(0))
                    .origin(origin(service, serviceClients))
                    .addInterceptor(new GatewayInterceptor(service, config.timeout(), maxBodySize, null, registry, vertx));
            ProxyHandler apiHandler = ProxyHandler.create(api);
            for (String prefix : service.prefixes()) {
                router.route(prefix + "/*").handler(rateLimit).handler(apiHandler);
            }

            HttpProxy openapi = HttpProxy.reverseProxy(serviceClients.all().get(0))
                    .origin(origin(service, serviceClients))
                    .addInterceptor(new GatewayInterceptor(service, config.timeout(), maxBodySize,
                            service.openapiPath(), registry, vertx));
            router.route(HttpMethod.GET, OPENAPI_ROOT + service.name())
                    .handler(rateLimit)
                    .handler(ProxyHandler.create(openapi));
            LOG.infof("Routing %s to %s", service.prefixes(), service.url());
        }

        router.route("/api/*").handler(rc -> notFound(rc, "No service handles this path"));
        router.route(OPENAPI_ROOT + "*").handler(rc -> notFound(rc, "No such service OpenAPI document"));
        // Any other path no route matches (paths are case-sensitive: /API/... is one) is a problem too, not HTML.
        router.errorHandler(404, rc -> notFound(rc, "No resource at this path; the API is under /api/v1"));
    }

    void close(@Observes ShutdownEvent event) {
        clients.forEach(HttpClient::close);
    }

    /**
     * Requests to the service over the client of the event loop the exchange runs on. The options are built once
     * and only read by the client.
     */
    private OriginRequestProvider origin(ServiceRoute service, EventLoopClients serviceClients) {
        RequestOptions options = new RequestOptions()
                .setServer(SocketAddress.inetSocketAddress(service.port(), service.host()))
                .setHost(service.host())
                .setPort(service.port())
                .setSsl(service.ssl())
                .setIdleTimeout(config.timeout().toMillis());
        return ctx -> serviceClients.current().request(options);
    }

    /** Answers 413 (as a problem) before authentication when Content-Length already exceeds the limit. */
    private void rejectDeclaredOversizeBody(RoutingContext rc) {
        String length = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && maxBodySize > 0) {
            long declared;
            try {
                declared = Long.parseLong(length.trim());
            } catch (NumberFormatException e) {
                declared = -1;
            }
            if (declared < 0 || declared > maxBodySize) {
                // The body is not read: close the connection once the answer is out.
                rc.response().headers().set(HttpHeaders.CONNECTION, "close");
                rc.response().endHandler(v -> rc.request().connection().close());
                if (declared < 0) {
                    Problems.send(rc, 400, "Bad request", "Invalid Content-Length");
                } else {
                    Problems.send(rc, 413, "Payload too large",
                            "The request body exceeds the gateway's limit of " + maxBodySize + " bytes");
                }
                return;
            }
        }
        rc.next();
    }

    private static void notFound(RoutingContext rc, String detail) {
        rc.request().resume();
        Problems.send(rc, 404, "Not found", detail);
    }
}
