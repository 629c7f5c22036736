package id.sakip.gateway.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.Test;

class MetricsPathTemplateTest {

    static final MetricsPathTemplate TEMPLATES = new MetricsPathTemplate(List.of(
            new ServiceRoute("indicators", URI.create("http://i:1"), "i", 1, false,
                    List.of("/api/v1/indicators", "/api/v1/indicator-datasets", "/api/v1/audit-trail/indicators"),
                    "/q/health/ready", "/q/openapi"),
            new ServiceRoute("reporting", URI.create("http://r:1"), "r", 1, false,
                    List.of("/api/v1/reports"), "/q/health/ready", "/q/openapi")));

    @Test
    void aPathIsNamedByTheLongestPrefixItBelongsTo() {
        assertEquals("/api/v1/indicators/*", TEMPLATES.templateOf("/api/v1/indicators"));
        assertEquals("/api/v1/indicators/*", TEMPLATES.templateOf("/api/v1/indicators/IKK-1.1/series"));
        assertEquals("/api/v1/indicator-datasets/*", TEMPLATES.templateOf("/api/v1/indicator-datasets/7"));
        assertEquals("/api/v1/audit-trail/indicators/*", TEMPLATES.templateOf("/api/v1/audit-trail/indicators"));
        assertEquals("/api/v1/reports/*", TEMPLATES.templateOf("/api/v1/reports/12/findings"));
    }

    @Test
    void unknownPathsShareOneName() {
        assertEquals("/api/*", TEMPLATES.templateOf("/api/v1/reportsx"));
        assertEquals("/api/*", TEMPLATES.templateOf("/api/v2/anything/123"));
        assertEquals("/openapi/reporting", TEMPLATES.templateOf("/openapi/reporting"));
        assertEquals("/openapi/*", TEMPLATES.templateOf("/openapi/whatever-123"));
        assertNull(TEMPLATES.templateOf("/q/health/ready"));
    }
}
