package id.sakip.localstack;

import java.nio.file.Path;
import java.util.Locale;

/** The four services of the stack: module directory, database and default port (see docs/CONTRACT.md). */
public enum Service {
    INDICATORS("indicators-service", "indicators", 8081),
    BUDGET("budget-service", "budget", 8082),
    REPORTING("reporting-service", "reporting", 8083),
    GATEWAY("gateway", null, 8080);

    private final String module;
    private final String database;
    private final int defaultPort;

    Service(String module, String database, int defaultPort) {
        this.module = module;
        this.database = database;
        this.defaultPort = defaultPort;
    }

    /** Maven module directory and artifactId, also the name used in log file names and messages. */
    public String module() {
        return module;
    }

    /** Database name (= user = demo password), or {@code null} for the gateway, which has none. */
    public String database() {
        return database;
    }

    public int defaultPort() {
        return defaultPort;
    }

    /** Short key used in configuration names: {@code indicators}, {@code budget}, {@code reporting}, {@code gateway}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The runnable Quarkus jar of the module below the project root. */
    public Path jar(Path projectRoot) {
        return projectRoot.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
    }

    /** Accepts {@code indicators}, {@code indicators-service} or {@code INDICATORS}. */
    public static Service parse(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        for (Service s : values()) {
            if (s.key().equals(n) || s.module.equals(n)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown service '" + name
                + "' (expected indicators, budget, reporting or gateway)");
    }
}
