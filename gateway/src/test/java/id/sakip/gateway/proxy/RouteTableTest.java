package id.sakip.gateway.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import id.sakip.gateway.config.GatewayConfig;

class RouteTableTest {

    static GatewayConfig.ServiceConfig service(String url, String... prefixes) {
        return new GatewayConfig.ServiceConfig() {
            public URI url() {
                return URI.create(url);
            }

            public List<String> prefixes() {
                return List.of(prefixes);
            }

            public String healthPath() {
                return "/q/health/ready";
            }

            public String openapiPath() {
                return "/q/openapi";
            }
        };
    }

    @Test
    void prefixesAreNormalizedAndAddressesResolved() {
        List<ServiceRoute> routes = RouteTable.build(Map.of(
                "indicators", service("http://indicators:8081", "/api/v1/plans/", "/api/v1/work-units/*"),
                "budget", service("https://budget.example", "/api/v1/budgets")));
        assertEquals("budget", routes.get(0).name());
        assertEquals(443, routes.get(0).port());
        assertTrue(routes.get(0).ssl());
        ServiceRoute indicators = routes.get(1);
        assertEquals(List.of("/api/v1/plans", "/api/v1/work-units"), indicators.prefixes());
        assertEquals("indicators", indicators.host());
        assertEquals(8081, indicators.port());
        assertFalse(indicators.ssl());
    }

    @Test
    void aPrefixClaimedTwiceIsRefused() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> RouteTable.build(Map.of(
                "a", service("http://a:1", "/api/v1/x"),
                "b", service("http://b:1", "/api/v1/x/"))));
        assertTrue(e.getMessage().contains("/api/v1/x"), e.getMessage());
    }

    @Test
    void relativePrefixesAndOtherSchemesAreRefused() {
        assertThrows(IllegalStateException.class,
                () -> RouteTable.build(Map.of("a", service("http://a:1", "api/v1/x"))));
        assertThrows(IllegalStateException.class,
                () -> RouteTable.build(Map.of("a", service("ftp://a:1", "/api/v1/x"))));
        assertThrows(IllegalStateException.class, () -> RouteTable.build(Map.of()));
    }
}
