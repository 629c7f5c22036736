package id.sakip.gateway.proxy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.vertx.core.Handler;
import io.vertx.core.http.impl.HttpServerRequestInternal;
import io.vertx.ext.web.RoutingContext;

/**
 * Names a request's path by its route prefix (e.g. {@code /api/v1/plans/*}) for the HTTP server metrics,
 * which would otherwise get one time series per plan id. Runs before authentication so that 401s are named too.
 */
final class MetricsPathTemplate implements Handler<RoutingContext> {

    /** The context-local key Quarkus's Micrometer binder reads the URI tag from. */
    static final String URL_PATH_TEMPLATE = "UrlPathTemplate";

    private final List<String> prefixes;
    /** {@code prefixes.get(i) + "/*"}, made once. */
    private final List<String> templates;
    private final List<String> openapiPaths;

    MetricsPathTemplate(List<ServiceRoute> services) {
        List<String> all = new ArrayList<>();
        List<String> docs = new ArrayList<>();
        for (ServiceRoute service : services) {
            all.addAll(service.prefixes());
            docs.add(ProxyRoutes.OPENAPI_ROOT + service.name());
        }
        all.sort(Comparator.comparingInt(String::length).reversed());
        this.prefixes = List.copyOf(all);
        this.templates = all.stream().map(prefix -> prefix + "/*").toList();
        this.openapiPaths = List.copyOf(docs);
    }

    @Override
    public void handle(RoutingContext rc) {
        String template = templateOf(rc.normalizedPath());
        if (template != null && rc.request() instanceof HttpServerRequestInternal internal) {
            internal.context().putLocal(URL_PATH_TEMPLATE, template);
        }
        rc.next();
    }

    String templateOf(String path) {
        if (path.startsWith("/api/")) {
            for (int i = 0; i < prefixes.size(); i++) {
                String prefix = prefixes.get(i);
                if (path.equals(prefix) || path.startsWith(prefix) && path.charAt(prefix.length()) == '/') {
                    return templates.get(i);
                }
            }
            return "/api/*";
        }
        if (path.startsWith(ProxyRoutes.OPENAPI_ROOT)) {
            return openapiPaths.contains(path) ? path : ProxyRoutes.OPENAPI_ROOT + "*";
        }
        return null;
    }
}
