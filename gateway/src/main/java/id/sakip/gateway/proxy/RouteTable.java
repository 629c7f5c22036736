package id.sakip.gateway.proxy;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;

import id.sakip.gateway.config.GatewayConfig;

/** The validated route table: which service owns which path prefix. */
@ApplicationScoped
public class RouteTable {

    private final List<ServiceRoute> services;

    public RouteTable(GatewayConfig config) {
        this.services = build(config.services());
    }

    public List<ServiceRoute> services() {
        return services;
    }

    static List<ServiceRoute> build(Map<String, GatewayConfig.ServiceConfig> configured) {
        if (configured.isEmpty()) {
            throw new IllegalStateException("No downstream service configured (gateway.services.<name>.url)");
        }
        List<ServiceRoute> result = new ArrayList<>();
        Map<String, String> owners = new HashMap<>();
        // Sorted by name so that routes are mounted in a stable order.
        for (Map.Entry<String, GatewayConfig.ServiceConfig> e : new TreeMap<>(configured).entrySet()) {
            String name = e.getKey();
            URI url = e.getValue().url();
            if (url.getHost() == null || !("http".equals(url.getScheme()) || "https".equals(url.getScheme()))) {
                throw new IllegalStateException("gateway.services." + name + ".url must be an http(s) URL: " + url);
            }
            boolean ssl = "https".equals(url.getScheme());
            int port = url.getPort() > 0 ? url.getPort() : ssl ? 443 : 80;
            List<String> prefixes = new ArrayList<>();
            for (String raw : e.getValue().prefixes()) {
                String prefix = normalize(name, raw);
                String previous = owners.putIfAbsent(prefix, name);
                if (previous != null) {
                    throw new IllegalStateException("Prefix " + prefix + " is claimed by both " + previous
                            + " and " + name);
                }
                prefixes.add(prefix);
            }
            result.add(new ServiceRoute(name, url, url.getHost(), port, ssl, List.copyOf(prefixes),
                    e.getValue().healthPath(), e.getValue().openapiPath()));
        }
        return List.copyOf(result);
    }

    private static String normalize(String service, String prefix) {
        String p = prefix.trim();
        while (p.endsWith("/") || p.endsWith("*")) {
            p = p.substring(0, p.length() - 1);
        }
        if (!p.startsWith("/") || p.length() < 2) {
            throw new IllegalStateException("gateway.services." + service + ".prefixes: '" + prefix
                    + "' must be an absolute path such as /api/v1/plans");
        }
        return p;
    }
}
