package id.sakip.gateway.config;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Typed gateway configuration: the route table, timeouts, rate limits and response headers. */
@ConfigMapping(prefix = "gateway")
public interface GatewayConfig {

    /** Downstream services by name ({@code indicators}, {@code budget}, {@code reporting}). */
    Map<String, ServiceConfig> services();

    /** How long the gateway waits for a downstream service to send data before answering 504. */
    @WithDefault("30s")
    Duration timeout();

    /** How long the gateway waits for a TCP connection to a downstream service. */
    @WithDefault("5s")
    Duration connectTimeout();

    /** Connections kept per downstream service. */
    @WithDefault("200")
    int maxConnectionsPerService();

    Health health();

    RateLimit rateLimit();

    Headers headers();

    /** One downstream service: where it runs and which path prefixes belong to it. */
    interface ServiceConfig {
        URI url();

        List<String> prefixes();

        @WithDefault("/q/health/ready")
        String healthPath();

        @WithDefault("/q/openapi")
        String openapiPath();
    }

    /** Readiness checks against the downstream services. */
    interface Health {
        /** Timeout of one readiness call to a downstream service. */
        @WithDefault("2s")
        Duration timeout();

        /** Whether the downstream services are checked (and so gate the gateway's readiness). */
        @WithDefault("true")
        boolean checkDownstreams();
    }

    /** Token-bucket limits per user (token subject) and per client address. */
    interface RateLimit {
        @WithDefault("true")
        boolean enabled();

        Limit perUser();

        Limit perIp();

        /** Buckets idle for this long are forgotten. */
        @WithDefault("10m")
        Duration idleExpiry();

        /** Upper bound on remembered buckets per kind, so a flood of addresses cannot exhaust memory. */
        @WithDefault("100000")
        long maxBuckets();
    }

    /** One token bucket: {@code capacity} is the burst, {@code refillTokens} per {@code refillPeriod} the rate. */
    interface Limit {
        @WithDefault("true")
        boolean enabled();

        long capacity();

        long refillTokens();

        @WithDefault("1s")
        Duration refillPeriod();

        /** GREEDY adds tokens continuously; INTERVALLY adds them all at the end of each period. */
        @WithDefault("GREEDY")
        RefillMode refillMode();
    }

    enum RefillMode {
        GREEDY, INTERVALLY
    }

    /** Security headers the gateway puts on every response. */
    interface Headers {
        @WithDefault("nosniff")
        String contentTypeOptions();

        @WithDefault("DENY")
        String frameOptions();

        @WithDefault("no-referrer")
        String referrerPolicy();

        /** Sent only when enabled; browsers honour it over HTTPS only. */
        @WithDefault("true")
        boolean hstsEnabled();

        @WithDefault("max-age=31536000; includeSubDomains")
        String strictTransportSecurity();

        /** Put on API and OpenAPI responses (not on Swagger UI, which needs its scripts). */
        @WithDefault("default-src 'none'; frame-ancestors 'none'")
        String contentSecurityPolicy();

        /** Path prefixes that get the Content-Security-Policy header. */
        @WithDefault("/api/,/openapi/")
        List<String> contentSecurityPolicyPaths();
    }
}
