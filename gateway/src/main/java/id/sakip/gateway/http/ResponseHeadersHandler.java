package id.sakip.gateway.http;

import java.util.List;

import id.sakip.gateway.config.GatewayConfig;
import io.vertx.core.Handler;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * First handler of every exchange: fixes the request id (also on the request, so the proxy passes it on)
 * and adds the security headers just before the response head is written, replacing any a service sent;
 * an API answer without a {@code Cache-Control} of its own gets {@code no-store}.
 */
public class ResponseHeadersHandler implements Handler<RoutingContext> {

    // Names and values as Netty AsciiStrings: hashed and encoded once, not on every response.
    private static final CharSequence REQUEST_ID = HttpHeaders.createOptimized(RequestIds.HEADER);
    private static final CharSequence CONTENT_TYPE_OPTIONS = HttpHeaders.createOptimized("X-Content-Type-Options");
    private static final CharSequence FRAME_OPTIONS = HttpHeaders.createOptimized("X-Frame-Options");
    private static final CharSequence REFERRER_POLICY = HttpHeaders.createOptimized("Referrer-Policy");
    private static final CharSequence STRICT_TRANSPORT_SECURITY =
            HttpHeaders.createOptimized("Strict-Transport-Security");
    private static final CharSequence CONTENT_SECURITY_POLICY = HttpHeaders.createOptimized("Content-Security-Policy");
    private static final CharSequence CACHE_CONTROL = HttpHeaders.createOptimized("Cache-Control");
    private static final CharSequence NO_STORE = HttpHeaders.createOptimized("no-store");
    private static final List<CharSequence> CORS_HEADERS = List.of(
            HttpHeaders.createOptimized("Access-Control-Allow-Origin"),
            HttpHeaders.createOptimized("Access-Control-Allow-Credentials"),
            HttpHeaders.createOptimized("Access-Control-Expose-Headers"));

    private final CharSequence contentTypeOptions;
    private final CharSequence frameOptions;
    private final CharSequence referrerPolicy;
    /** Null when HSTS is off. */
    private final CharSequence strictTransportSecurity;
    private final CharSequence contentSecurityPolicy;
    private final List<String> cspPaths;

    public ResponseHeadersHandler(GatewayConfig.Headers config) {
        this.contentTypeOptions = HttpHeaders.createOptimized(config.contentTypeOptions());
        this.frameOptions = HttpHeaders.createOptimized(config.frameOptions());
        this.referrerPolicy = HttpHeaders.createOptimized(config.referrerPolicy());
        this.strictTransportSecurity = config.hstsEnabled()
                ? HttpHeaders.createOptimized(config.strictTransportSecurity()) : null;
        this.contentSecurityPolicy = HttpHeaders.createOptimized(config.contentSecurityPolicy());
        this.cspPaths = List.copyOf(config.contentSecurityPolicyPaths());
    }

    @Override
    public void handle(RoutingContext rc) {
        String requestId = RequestIds.acceptOrCreate(rc.request().getHeader(REQUEST_ID));
        rc.put(RequestIds.KEY, requestId);
        rc.request().headers().set(REQUEST_ID, requestId);
        boolean csp = wantsCsp(rc.normalizedPath());
        boolean api = rc.normalizedPath().startsWith("/api/");
        rc.addHeadersEndHandler(v -> {
            MultiMap headers = rc.response().headers();
            headers.set(REQUEST_ID, requestId);
            headers.set(CONTENT_TYPE_OPTIONS, contentTypeOptions);
            headers.set(FRAME_OPTIONS, frameOptions);
            headers.set(REFERRER_POLICY, referrerPolicy);
            if (strictTransportSecurity != null) {
                headers.set(STRICT_TRANSPORT_SECURITY, strictTransportSecurity);
            }
            if (csp) {
                headers.set(CONTENT_SECURITY_POLICY, contentSecurityPolicy);
            }
            // API answers carry personal data (names, NIP): not kept by any cache unless the service says otherwise.
            if (api && !headers.contains(CACHE_CONTROL)) {
                headers.set(CACHE_CONTROL, NO_STORE);
            }
            // CORS is the gateway's business: if a service answers with its own CORS headers too, a browser
            // would reject the doubled values. The gateway's come first.
            for (CharSequence name : CORS_HEADERS) {
                if (headers.contains(name)) {
                    List<String> values = headers.getAll(name);
                    if (values.size() > 1) {
                        headers.set(name, values.get(0));
                    }
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
