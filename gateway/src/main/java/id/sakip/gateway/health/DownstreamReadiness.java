package id.sakip.gateway.health;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import id.sakip.gateway.config.GatewayConfig;
import id.sakip.gateway.proxy.RouteTable;
import id.sakip.gateway.proxy.ServiceRoute;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.health.api.HealthRegistry;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;

/** Registers one readiness check per downstream service, calling its own readiness endpoint. */
@ApplicationScoped
public class DownstreamReadiness {

    private final GatewayConfig config;
    private final RouteTable routes;
    private final HealthRegistry registry;
    private final Vertx vertx;
    private final List<HttpClient> clients = new ArrayList<>();

    public DownstreamReadiness(GatewayConfig config, RouteTable routes, @Readiness HealthRegistry registry,
                               Vertx vertx) {
        this.config = config;
        this.routes = routes;
        this.registry = registry;
        this.vertx = vertx;
    }

    void register(@Observes StartupEvent event) {
        if (!config.health().checkDownstreams()) {
            return;
        }
        long timeout = config.health().timeout().toMillis();
        for (ServiceRoute service : routes.services()) {
            HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                    .setMaxPoolSize(2)
                    .setSsl(service.ssl())
                    .setConnectTimeout((int) timeout));
            clients.add(client);
            registry.register("downstream-" + service.name(), () -> check(client, service, timeout));
        }
    }

    void close(@Observes ShutdownEvent event) {
        clients.forEach(HttpClient::close);
    }

    private static Uni<HealthCheckResponse> check(HttpClient client, ServiceRoute service, long timeout) {
        String target = service.url().resolve(service.healthPath()).toString();
        Future<Integer> status = client.request(new RequestOptions()
                        .setMethod(HttpMethod.GET)
                        .setHost(service.host())
                        .setPort(service.port())
                        .setSsl(service.ssl())
                        .setURI(service.healthPath())
                        .setIdleTimeout(timeout))
                .compose(request -> request.send())
                .compose(response -> response.body().map(body -> response.statusCode()));
        return Uni.createFrom().completionStage(status.toCompletionStage())
                .map(code -> builder(service, target).status(code == 200).withData("httpStatus", code).build())
                .onFailure().recoverWithItem(failure -> builder(service, target).down()
                        .withData("error", String.valueOf(failure.getMessage())).build());
    }

    private static HealthCheckResponseBuilder builder(ServiceRoute service, String target) {
        return HealthCheckResponse.named(service.name()).withData("url", target);
    }
}
