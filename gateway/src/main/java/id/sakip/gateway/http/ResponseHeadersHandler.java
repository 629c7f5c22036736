package id.sakip.gateway.http;

import java.util.List;

import id.sakip.gateway.config.GatewayConfig;
import io.vertx.core.Handler;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;

/**
 * First handler of every exchange: fixes the request id (also on the request, so the proxy passes it on)
 * and adds the security headers just before the response head is written, replacing any a service sent.
 */
public class ResponseHeadersHandler implements Handler<RoutingContext> {

    private static final List<String> CORS_HEADERS = List.of("Access-Control-Allow-Origin",
            "Access-Control-Allow-Credentials", "Access-Control-Expose-Headers");

    private final GatewayConfig.Headers config;
    private final List<String> cspPaths;

    public ResponseHeadersHandler(GatewayConfig.Headers config) {
        this.config = config;
        this.cspPaths = List.copyOf(config.contentSecurityPolicyPaths());
    }

    @Override
    public void handle(RoutingContext rc) {
        String requestId = RequestIds.acceptOrCreate(rc.request().getHeader(RequestIds.HEADER));
        rc.put(RequestIds.KEY, requestId);
        rc.request().headers().set(RequestIds.HEADER, requestId);
        boolean csp = wantsCsp(rc.normalizedPath());
        rc.addHeadersEndHandler(v -> {
            MultiMap headers = rc.response().headers();
            headers.set(RequestIds.HEADER, requestId);
            headers.set("X-Content-Type-Options", config.contentTypeOptions());
            headers.set("X-Frame-Options", config.frameOptions());
            headers.set("Referrer-Policy", config.referrerPolicy());
            if (config.hstsEnabled()) {
                headers.set("Strict-Transport-Security", config.strictTransportSecurity());
            }
            if (csp) {
                headers.set("Content-Security-Policy", config.contentSecurityPolicy());
            }
            // CORS is the gateway's business: if a service answers with its own CORS headers too, a browser
            // would reject the doubled values. The gateway's come first.
            for (String name : CORS_HEADERS) {
                List<String> values = headers.getAll(name);
                if (values.size() > 1) {
                    headers.set(name, values.get(0));
                }
            }
        });
        rc.next();
    }

    private boolean wantsCsp(String path) {
        for (String prefix : cspPaths) {
            if (path.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
