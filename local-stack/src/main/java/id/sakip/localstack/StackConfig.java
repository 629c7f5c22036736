package id.sakip.localstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Everything the stack needs to know: where the project and its working files are, which ports to
 * use, and what to start. Immutable; the {@code with…} methods return changed copies.
 *
 * <p>{@link #fromEnvironment(String...)} reads, in this order of precedence, command line options
 * {@code --key=value}, system properties {@code sakip.key} and environment variables
 * {@code SAKIP_KEY} (upper case, {@code -} as {@code _}, e.g. {@code SAKIP_PG_PORT}). See {@link #usage()}.
 */
public final class StackConfig {

    public static final int DEFAULT_KEYCLOAK_PORT = 8180;
    public static final int DEFAULT_POSTGRES_PORT = 5432;
    /** Keycloak 26 serves health and metrics on a separate management port, 9000 unless told. */
    public static final int KEYCLOAK_MANAGEMENT_PORT_DISTANCE = 1000;
    /**
     * JVM options of each service for a small footprint on a shared machine: the serial collector (no parallel GC
     * threads, no remembered sets), a heap that starts at 16 MiB and grows with use, 512 KiB thread stacks, metaspace
     * given back eagerly and glibc's free native memory returned every 5 s (JDK 17.0.9+; older JDKs ignore options
     * they do not know). Idle RSS of indicators-service 294 → ~215 MB, budget-service 245 → ~200 MB,
     * reporting-service 231 → ~180 MB, gateway 158 → ~120 MB (measured 2026-11-27, see docs/benchmarks.md). Tighter
     * heap-free ratios and a smaller code cache saved a few more MB idle but cost seconds of GC and recompilation
     * during imports, so they are not used.
     *
     * <p>Measured and not used (2026-11-28, local-stack README): {@code -XX:CompileThresholdScaling=2..8} (startup
     * code stays interpreted: 3-14 MB less idle RSS, but scorecard requests cost ~20 % more CPU in the first minute of
     * load because their code is compiled later), {@code -Xmn8m} (~5 MB less, three times as many young collections
     * under scorecard load), {@code -Xshare:off} (more, not less), heap-free ratios 20/50 (3-4 MB less, twice the
     * full collections during an import).
     */
    public static final String DEFAULT_SERVICE_JAVA_OPTIONS =
            "-XX:+UseSerialGC -Xms16m -Xss512k -XX:+IgnoreUnrecognizedVMOptions -XX:TrimNativeHeapInterval=5000 "
                    + "-XX:MetaspaceReclaimPolicy=aggressive";

    private final Path projectRoot;
    private final Path stackDir;
    private final Path pgData;
    private final Map<Service, Integer> servicePorts;
    private final int keycloakPort;
    private final int keycloakManagementPort;
    private final int postgresPort;
    private final boolean demoData;
    private final Set<Service> without;
    private final Duration startupTimeout;
    private final String serviceHeap;
    private final String serviceJavaOptions;

    private StackConfig(Path projectRoot, Path stackDir, Path pgData, Map<Service, Integer> servicePorts,
                        int keycloakPort, int keycloakManagementPort, int postgresPort, boolean demoData,
                        Set<Service> without, Duration startupTimeout, String serviceHeap,
                        String serviceJavaOptions) {
        this.projectRoot = projectRoot.toAbsolutePath().normalize();
        this.stackDir = this.projectRoot.resolve(stackDir).normalize();
        this.pgData = pgData == null ? null : this.projectRoot.resolve(pgData).normalize();
        this.servicePorts = Collections.unmodifiableMap(new EnumMap<>(servicePorts));
        this.keycloakPort = keycloakPort;
        this.keycloakManagementPort = keycloakManagementPort;
        this.postgresPort = postgresPort;
        this.demoData = demoData;
        this.without = without.isEmpty() ? Collections.emptySet()
                : Collections.unmodifiableSet(EnumSet.copyOf(without));
        this.startupTimeout = startupTimeout;
        this.serviceHeap = serviceHeap;
        this.serviceJavaOptions = serviceJavaOptions;
    }

    /** The run command's defaults (ports 8080-8083, 8180, 5432; files in {@code .local-stack}). */
    public static StackConfig defaults(Path projectRoot) {
        return new StackConfig(projectRoot, Path.of(".local-stack"), null, portsWithOffset(0),
                DEFAULT_KEYCLOAK_PORT, DEFAULT_KEYCLOAK_PORT + KEYCLOAK_MANAGEMENT_PORT_DISTANCE,
                DEFAULT_POSTGRES_PORT, true, EnumSet.noneOf(Service.class), Duration.ofSeconds(300), "256m",
                DEFAULT_SERVICE_JAVA_OPTIONS);
    }

    /** Defaults changed by command line options, system properties {@code sakip.*} and variables {@code SAKIP_*}. */
    public static StackConfig fromEnvironment(String... args) {
        Map<String, String> options = parseArgs(args);
        UnaryOperator<String> lookup = key -> {
            if (options.containsKey(key)) {
                return options.get(key);
            }
            String property = System.getProperty("sakip." + key);
            if (property != null) {
                return property;
            }
            return System.getenv("SAKIP_" + key.toUpperCase(Locale.ROOT).replace('-', '_'));
        };

        String root = lookup.apply("root");
        StackConfig config = defaults(root != null ? Path.of(root) : findProjectRoot(Path.of("")));
        String value;
        if ((value = lookup.apply("stack-dir")) != null) {
            config = config.withStackDir(Path.of(value));
        }
        if ((value = lookup.apply("data-dir")) != null) {
            config = config.withPgData(Path.of(value));
        }
        if ((value = lookup.apply("port-offset")) != null) {
            config = config.withPortOffset(parseInt("port-offset", value));
        }
        Map<Service, Integer> ports = new EnumMap<>(config.servicePorts);
        for (Service service : Service.values()) {
            if ((value = lookup.apply(service.key() + "-port")) != null) {
                ports.put(service, parsePort(service.key() + "-port", value));
            }
        }
        int keycloak = config.keycloakPort;
        if ((value = lookup.apply("keycloak-port")) != null) {
            keycloak = parsePort("keycloak-port", value);
        }
        int management = keycloak == config.keycloakPort ? config.keycloakManagementPort
                : keycloak + KEYCLOAK_MANAGEMENT_PORT_DISTANCE;
        if ((value = lookup.apply("keycloak-management-port")) != null) {
            management = parsePort("keycloak-management-port", value);
        }
        int postgres = config.postgresPort;
        if ((value = lookup.apply("pg-port")) != null) {
            postgres = parsePort("pg-port", value);
        }
        config = config.withPorts(ports, keycloak, management, postgres);
        if ((value = lookup.apply("demo-data")) != null) {
            config = config.withDemoData(Boolean.parseBoolean(value));
        }
        if ((value = lookup.apply("without")) != null && !value.isBlank()) {
            Set<Service> skipped = EnumSet.noneOf(Service.class);
            for (String name : value.split(",")) {
                skipped.add(Service.parse(name));
            }
            config = config.without(skipped);
        }
        if ((value = lookup.apply("timeout")) != null) {
            config = config.withStartupTimeout(Duration.ofSeconds(parseInt("timeout", value)));
        }
        if ((value = lookup.apply("service-heap")) != null) {
            config = config.withServiceHeap(value);
        }
        if ((value = lookup.apply("service-java-options")) != null) {
            config = config.withServiceJavaOptions(value);
        }
        return config;
    }

    /** True when the command line asks for help. */
    public static boolean wantsHelp(String... args) {
        return List.of(args).contains("--help") || List.of(args).contains("-h");
    }

    public static String usage() {
        return String.join("\n",
                "Usage: ./run-local.sh [--option=value ...]   (or java -jar local-stack/target/local-stack.jar ...)",
                "",
                "Starts PostgreSQL (embedded), Keycloak (realm sakip), indicators-service, budget-service,",
                "reporting-service and the gateway, loads the demo data and waits; Ctrl-C stops everything.",
                "",
                "Options; each also as system property -Dsakip.OPTION or environment variable SAKIP_OPTION",
                "(e.g. --pg-port=6543, -Dsakip.pg-port=6543, SAKIP_PG_PORT=6543):",
                "  --root=DIR                  project root (default: found from the working directory)",
                "  --stack-dir=DIR             working files: logs, unpacked Keycloak (default .local-stack)",
                "  --data-dir=DIR              PostgreSQL data, kept between runs (default STACK-DIR/pgdata)",
                "  --port-offset=N             add N to every default port (10000 gives the test ports)",
                "  --gateway-port=P            default 8080",
                "  --indicators-port=P         default 8081",
                "  --budget-port=P             default 8082",
                "  --reporting-port=P          default 8083",
                "  --keycloak-port=P           default 8180",
                "  --keycloak-management-port=P  default KEYCLOAK-PORT + 1000",
                "  --pg-port=P                 default 5432",
                "  --demo-data=false           do not import demo-data/kanim-tanjungpinang (also --no-demo-data)",
                "  --without=SERVICE,...       do not start these (e.g. to run one with quarkus:dev on its port)",
                "  --timeout=SECONDS           how long each part may take to become ready (default 300)",
                "  --service-heap=SIZE         -Xmx of each service (default 256m)",
                "  --service-java-options=\"..\"  further JVM options of each service (default: "
                        + DEFAULT_SERVICE_JAVA_OPTIONS + ")",
                "Relative directories are relative to the project root.");
    }

    private static Map<String, String> parseArgs(String... args) {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            if (arg.equals("--help") || arg.equals("-h")) {
                continue;
            }
            if (arg.equals("--no-demo-data")) {
                options.put("demo-data", "false");
                continue;
            }
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("unknown argument '" + arg + "' (see --help)");
            }
            int eq = arg.indexOf('=');
            options.put(arg.substring(2, eq), arg.substring(eq + 1));
        }
        return options;
    }

    private static int parseInt(String key, String value) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a number, not '" + value + "'");
        }
    }

    private static int parsePort(String key, String value) {
        int port = parseInt(key, value);
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException(key + " must be a port number (1-65535), not " + port);
        }
        return port;
    }

    /** Walks up from {@code start} to the directory holding {@code keycloak/realm-sakip.json}. */
    public static Path findProjectRoot(Path start) {
        Path dir = start.toAbsolutePath().normalize();
        for (Path d = dir; d != null; d = d.getParent()) {
            if (Files.isRegularFile(d.resolve("keycloak/realm-sakip.json")) && Files.isRegularFile(d.resolve("pom.xml"))) {
                return d;
            }
        }
        throw new IllegalArgumentException("cannot find the project root (a directory with keycloak/realm-sakip.json) from "
                + dir + "; run from the project or pass --root=DIR");
    }

    private static Map<Service, Integer> portsWithOffset(int offset) {
        Map<Service, Integer> ports = new EnumMap<>(Service.class);
        for (Service service : Service.values()) {
            ports.put(service, service.defaultPort() + offset);
        }
        return ports;
    }

    // ---- copies with one thing changed ----

    /** Every port set to its default plus {@code offset}; 10000 gives the end-to-end test ports. */
    public StackConfig withPortOffset(int offset) {
        return withPorts(portsWithOffset(offset), DEFAULT_KEYCLOAK_PORT + offset,
                DEFAULT_KEYCLOAK_PORT + offset + KEYCLOAK_MANAGEMENT_PORT_DISTANCE, DEFAULT_POSTGRES_PORT + offset);
    }

    public StackConfig withPorts(Map<Service, Integer> servicePorts, int keycloakPort, int keycloakManagementPort,
                                 int postgresPort) {
        return new StackConfig(projectRoot, stackDir, pgData, servicePorts, keycloakPort, keycloakManagementPort,
                postgresPort, demoData, without, startupTimeout, serviceHeap, serviceJavaOptions);
    }

    /** Working files (logs, unpacked Keycloak, default PostgreSQL data); relative to the project root. */
    public StackConfig withStackDir(Path dir) {
        return new StackConfig(projectRoot, dir, pgData, servicePorts, keycloakPort, keycloakManagementPort,
                postgresPort, demoData, without, startupTimeout, serviceHeap, serviceJavaOptions);
    }

    /** PostgreSQL data directory; relative to the project root. */
    public StackConfig withPgData(Path dir) {
        return new StackConfig(projectRoot, stackDir, dir, servicePorts, keycloakPort, keycloakManagementPort,
                postgresPort, demoData, without, startupTimeout, serviceHeap, serviceJavaOptions);
    }

    public StackConfig withDemoData(boolean load) {
        return new StackConfig(projectRoot, stackDir, pgData, servicePorts, keycloakPort, keycloakManagementPort,
                postgresPort, load, without, startupTimeout, serviceHeap, serviceJavaOptions);
    }

    /** Services not to start (someone runs them on their own, on the same ports). */
    public StackConfig without(Set<Service> services) {
        return new StackConfig(projectRoot, stackDir, pgData, servicePorts, keycloakPort, keycloakManagementPort,
                postgresPort, demoData, services, startupTimeout, serviceHeap, serviceJavaOptions);
    }

    public StackConfig withStartupTimeout(Duration timeout) {
        return new StackConfig(projectRoot, stackDir, pgData, servicePorts, keycloakPort, keycloakManagementPort,
                postgresPort, demoData, without, timeout, serviceHeap, serviceJavaOptions);
    }

    public StackConfig withServiceHeap(String heap) {
        return new StackConfig(projectRoot, stackDir, pgData, servicePorts, keycloakPort, keycloakManagementPort,
                postgresPort, demoData, without, startupTimeout, heap, serviceJavaOptions);
    }

    public StackConfig withServiceJavaOptions(String options) {
        return new StackConfig(projectRoot, stackDir, pgData, servicePorts, keycloakPort, keycloakManagementPort,
                postgresPort, demoData, without, startupTimeout, serviceHeap, options);
    }

    // ---- accessors ----

    public Path projectRoot() {
        return projectRoot;
    }

    public Path stackDir() {
        return stackDir;
    }

    public Path pgData() {
        return pgData != null ? pgData : stackDir.resolve("pgdata");
    }

    public Path logDir() {
        return stackDir.resolve("logs");
    }

    public Path realmFile() {
        return projectRoot.resolve("keycloak/realm-sakip.json");
    }

    public Path demoDataDir() {
        return projectRoot.resolve("demo-data/kanim-tanjungpinang");
    }

    public int port(Service service) {
        return servicePorts.get(service);
    }

    public int keycloakPort() {
        return keycloakPort;
    }

    public int keycloakManagementPort() {
        return keycloakManagementPort;
    }

    public int postgresPort() {
        return postgresPort;
    }

    public boolean demoData() {
        return demoData;
    }

    public Set<Service> withoutServices() {
        return without;
    }

    /** The services this stack starts, backends before the gateway. */
    public List<Service> services() {
        List<Service> services = new ArrayList<>();
        for (Service service : Service.values()) {
            if (!without.contains(service)) {
                services.add(service);
            }
        }
        return services;
    }

    public Duration startupTimeout() {
        return startupTimeout;
    }

    public String serviceHeap() {
        return serviceHeap;
    }

    /** The further JVM options of each service, split at blanks. */
    public List<String> serviceJavaOptions() {
        return serviceJavaOptions.isBlank() ? List.of() : List.of(serviceJavaOptions.trim().split("\\s+"));
    }

    @Override
    public String toString() {
        return "StackConfig[root=" + projectRoot + ", stackDir=" + stackDir + ", pgData=" + pgData()
                + ", ports=" + servicePorts + ", keycloak=" + keycloakPort + "/" + keycloakManagementPort
                + ", postgres=" + postgresPort + ", demoData=" + demoData + ", without=" + without + "]";
    }
}
