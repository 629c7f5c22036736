package id.sakip.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;

/**
 * The whole system on one machine without Docker: embedded PostgreSQL, Keycloak with the realm
 * {@code sakip}, the four services as separate processes, and the demo data. Run it with
 * {@code ./run-local.sh} (or {@code java -jar local-stack/target/local-stack.jar}), or use it from
 * tests through {@link #start(StackConfig)} and {@link #close()}.
 */
public final class LocalStack implements AutoCloseable {

    /** Demo users of the realm: username and what they are, for the printed summary. */
    private static final String[][] DEMO_USERS = {
            {"admin", "admin (master data, every write)"},
            {"operator-408103", "operator, unit 408103 (Kanim Tanjungpinang)"},
            {"planner-408103", "planner, unit 408103"},
            {"head-408103", "head, unit 408103"},
            {"regional-kepri", "regional, KANWIL-KEPRI"},
            {"auditor", "auditor (reads everything)"},
            {"operator-409011", "operator, unit 409011 (another Kanwil; planner-/head-409011 too)"},
            {"regional-riau", "regional, KANWIL-RIAU"},
            {"norole", "no role, unit 408103"},
    };

    private final StackConfig config;
    private final Log log;
    private final Object lock = new Object();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile boolean closed;
    private Leftovers leftovers;
    private PostgresServer postgres;
    private ManagedProcess keycloak;
    private final Map<Service, ManagedProcess> services = new EnumMap<>(Service.class);
    private List<DemoDataResult> demoDataResults = List.of();
    private long startedAt;

    LocalStack(StackConfig config, Log log) {
        this.config = config;
        this.log = log;
    }

    /**
     * Starts everything and returns once every part answers and the demo data is loaded. On failure
     * whatever was started is stopped again and a {@link StackException} says what failed.
     */
    public static LocalStack start(StackConfig config) {
        LocalStack stack = new LocalStack(config, Log.console());
        // also when the JVM is told to stop (e.g. a test fork killed on timeout) before close() was called
        Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "local-stack-shutdown"));
        try {
            stack.startAll();
            return stack;
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    /** Command line entry point; see {@link StackConfig#usage()}. */
    public static void main(String[] args) {
        if (StackConfig.wantsHelp(args)) {
            System.out.println(StackConfig.usage());
            return;
        }
        StackConfig config;
        try {
            config = StackConfig.fromEnvironment(args);
        } catch (IllegalArgumentException e) {
            System.err.println("local-stack: " + e.getMessage());
            System.exit(2);
            return;
        }
        LocalStack stack = new LocalStack(config, Log.console());
        Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "local-stack-shutdown"));
        try {
            stack.startAll();
        } catch (StackException e) {
            if (!stack.closed) {
                System.err.println("local-stack: ERROR: " + e.getMessage());
            }
            stack.close();
            System.exit(1);
            return;
        } catch (RuntimeException e) {
            System.err.println("local-stack: ERROR: unexpected " + e);
            stack.close();
            System.exit(1);
            return;
        }
        stack.printSummary();
        stack.awaitStop();
    }

    // ---- starting ----

    void startAll() {
        startedAt = System.nanoTime();
        checkPrerequisites();
        try {
            Files.createDirectories(config.logDir());
        } catch (IOException e) {
            throw new StackException("cannot create the log directory " + config.logDir() + ": " + e.getMessage());
        }
        Leftovers guard = Leftovers.acquire(config.stackDir());
        synchronized (lock) {
            leftovers = guard;
            if (closed) {
                guard.close();
                throw new StackException("stopped during startup");
            }
        }
        leftovers.stopLeftovers(log);
        PostgresServer.stopOrphan(config.pgData(), log);
        Ports.requireFree(portsToCheck());

        log.info("starting PostgreSQL on port " + config.postgresPort() + " (data: " + config.pgData() + ")");
        Path pgLog = config.logDir().resolve("postgres.log");
        deleteQuietly(pgLog);
        PostgresServer pg = PostgresServer.start(config.pgData(), config.postgresPort(), pgLog, config.startupTimeout());
        synchronized (lock) {
            postgres = pg;
            if (closed) {
                pg.close();
                throw new StackException("stopped during startup");
            }
        }
        List<String> databases = new ArrayList<>();
        for (Service service : Service.values()) {
            if (service.database() != null) {
                databases.add(service.database());
            }
        }
        postgres.ensureDatabases(databases);

        Path keycloakHome = KeycloakServer.install(config.stackDir(), log);
        KeycloakServer.prepare(keycloakHome, config.realmFile());
        log.info("starting Keycloak " + KeycloakServer.version() + " on port " + config.keycloakPort()
                + " (log: " + keycloakLog() + ")");
        long keycloakStart = System.nanoTime();
        ManagedProcess kc = register(KeycloakServer.start(keycloakHome, config.keycloakPort(),
                config.keycloakManagementPort(), keycloakLog()), started -> keycloak = started);
        awaitReady(Map.of(kc, issuer() + "/.well-known/openid-configuration"));
        log.info("Keycloak is ready (" + seconds(keycloakStart) + " s)");

        long servicesStart = System.nanoTime();
        Map<ManagedProcess, String> probes = new LinkedHashMap<>();
        for (Service service : config.services()) {
            log.info("starting " + service.module() + " on port " + config.port(service));
            ManagedProcess process = register(startService(service), started -> services.put(service, started));
            probes.put(process, url(service) + "/q/health/ready");
        }
        awaitReady(probes);
        if (!probes.isEmpty()) {
            log.info("services are ready (" + seconds(servicesStart) + " s)");
        }
        watchForUnexpectedExits();

        if (config.demoData()) {
            loadDemoData();
        }
    }

    private void checkPrerequisites() {
        if (!Files.isRegularFile(config.realmFile())) {
            throw new StackException("the realm file " + config.realmFile() + " is missing");
        }
        List<String> missing = new ArrayList<>();
        for (Service service : config.services()) {
            if (!Files.isRegularFile(service.jar(config.projectRoot()))) {
                missing.add(config.projectRoot().relativize(service.jar(config.projectRoot())).toString());
            }
        }
        if (!missing.isEmpty()) {
            throw new StackException("not built: " + String.join(", ", missing)
                    + "; build first: ./mvnw -B install -DskipTests");
        }
    }

    private Map<String, Integer> portsToCheck() {
        Map<String, Integer> ports = new LinkedHashMap<>();
        ports.put("PostgreSQL", config.postgresPort());
        ports.put("Keycloak", config.keycloakPort());
        // the management port is not checked: start-dev opens it only when health or metrics are enabled
        for (Service service : config.services()) {
            ports.put(service.module(), config.port(service));
        }
        return ports;
    }

    private ManagedProcess startService(Service service) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>();
        command.add(java);
        command.add("-Xmx" + config.serviceHeap());
        command.addAll(config.serviceJavaOptions());
        command.add("-Dquarkus.http.port=" + config.port(service));
        if (service.database() != null) {
            command.add("-Dquarkus.datasource.jdbc.url=" + jdbcUrl(service.database()));
            command.add("-Dquarkus.datasource.username=" + service.database());
            command.add("-Dquarkus.datasource.password=" + service.database());
        }
        command.add("-Dquarkus.oidc.auth-server-url=" + issuer());
        command.add("-Dquarkus.oidc-client.auth-server-url=" + issuer());
        command.add("-Dquarkus.rest-client.indicators.url=" + url(Service.INDICATORS));
        command.add("-Dquarkus.rest-client.budget.url=" + url(Service.BUDGET));
        command.add("-Dgateway.services.indicators.url=" + url(Service.INDICATORS));
        command.add("-Dgateway.services.budget.url=" + url(Service.BUDGET));
        command.add("-Dgateway.services.reporting.url=" + url(Service.REPORTING));
        if (service == Service.REPORTING) {
            command.add("-Dreporting.signing.keystore=" + DemoSigningKey.ensure(config.stackDir(), log));
            command.add("-Dreporting.signing.password=" + DemoSigningKey.PASSWORD);
        }
        command.add("-jar");
        command.add(service.jar(config.projectRoot()).toString());
        // glibc keeps one malloc arena per thread by default (up to 8 per core): two keep native memory small.
        return ManagedProcess.start(service.module(), command, config.projectRoot(), Map.of("MALLOC_ARENA_MAX", "2"),
                logFile(service));
    }

    /** Keeps track of a started process ({@code keep} runs under the lock), or stops it at once if the stack is being closed. */
    private ManagedProcess register(ManagedProcess process, Consumer<ManagedProcess> keep) {
        synchronized (lock) {
            if (!closed) {
                leftovers.record(process);
                keep.accept(process);
                return process;
            }
        }
        process.requestStop();
        process.awaitStopped(Duration.ofSeconds(10));
        throw new StackException("stopped during startup");
    }

    /** Polls each URL until it answers 200; fails fast when a process exits, or at the startup timeout. */
    private void awaitReady(Map<ManagedProcess, String> probes) {
        Map<ManagedProcess, String> pending = new LinkedHashMap<>(probes);
        long deadline = System.nanoTime() + config.startupTimeout().toNanos();
        while (!pending.isEmpty()) {
            for (var it = pending.entrySet().iterator(); it.hasNext(); ) {
                var entry = it.next();
                ManagedProcess process = entry.getKey();
                if (closed) {
                    throw new StackException("stopped during startup");
                }
                if (!process.isAlive()) {
                    throw new StackException(process.name() + " exited with code " + process.exitValue()
                            + " while starting; see " + process.logFile(), process.logFile());
                }
                if (Http.status(entry.getValue()) == 200) {
                    it.remove();
                }
            }
            if (pending.isEmpty()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                ManagedProcess late = pending.keySet().iterator().next();
                throw new StackException(late.name() + " did not become ready within "
                        + config.startupTimeout().toSeconds() + " s (" + pending.get(late) + "); see "
                        + late.logFile(), late.logFile());
            }
            sleep(500);
        }
    }

    private void watchForUnexpectedExits() {
        List<ManagedProcess> all;
        synchronized (lock) {
            all = new ArrayList<>(services.values());
            all.add(keycloak);
        }
        for (ManagedProcess process : all) {
            process.process().onExit().thenAccept(p -> {
                if (!closed) {
                    log.warn(process.name() + " stopped unexpectedly (exit code " + p.exitValue() + "); see "
                            + process.logFile());
                }
            });
        }
    }

    private void loadDemoData() {
        String adminToken;
        try {
            adminToken = token("admin");
        } catch (StackException e) {
            log.warn("demo data not loaded: " + e.getMessage());
            demoDataResults = List.of(new DemoDataResult("(admin token)", tokenUrl(), -1, e.getMessage()));
            return;
        }
        demoDataResults = DemoData.load(config.demoDataDir(), gatewayUrl(), adminToken, log);
    }

    // ---- running ----

    void printSummary() {
        String gateway = gatewayUrl();
        List<String> lines = new ArrayList<>();
        lines.add("");
        lines.add("SAKIP local stack is running (started in " + seconds(startedAt) + " s). Ctrl-C stops it.");
        lines.add("");
        lines.add(String.format("  %-20s %s", "Gateway (all APIs)", gateway + "/api/v1/..."));
        lines.add(String.format("  %-20s %s", "Swagger UI", gateway + "/q/swagger-ui"));
        for (Service service : Service.values()) {
            if (service != Service.GATEWAY) {
                String note = config.withoutServices().contains(service) ? "   (not started: --without)" : "";
                lines.add(String.format("  %-20s %s%s", service.module(), url(service), note));
            }
        }
        lines.add(String.format("  %-20s %s", "Keycloak realm", issuer()));
        lines.add(String.format("  %-20s %s", "Keycloak admin",
                keycloakUrl() + "/admin/   (user " + KeycloakServer.ADMIN_USER + ", password "
                        + KeycloakServer.ADMIN_PASSWORD + ")"));
        lines.add(String.format("  %-20s %s", "PostgreSQL", "jdbc:postgresql://localhost:" + config.postgresPort()
                + "/{indicators,budget,reporting}   (user = password = database name)"));
        lines.add(String.format("  %-20s %s", "Logs", config.logDir()));
        lines.add("");
        lines.add("Demo logins (client sakip-web; password \"demo\" for every user; demo only):");
        for (String[] user : DEMO_USERS) {
            lines.add(String.format("  %-18s %s", user[0], user[1]));
        }
        lines.add("");
        lines.add("Try it:");
        lines.add("  TOKEN=$(curl -s -d grant_type=password -d client_id=sakip-web -d username=operator-408103 \\");
        lines.add("      -d password=demo " + tokenUrl() + " \\");
        lines.add("      | sed -E 's/.*\"access_token\":\"([^\"]+)\".*/\\1/')");
        lines.add("  curl -H \"Authorization: Bearer $TOKEN\" '" + gateway
                + "/api/v1/achievements?workUnit=408103&year=2024'");
        lines.add("");
        log.plain(String.join("\n", lines));
    }

    /** Blocks until {@link #close()} has run (the shutdown hook on Ctrl-C or SIGTERM). */
    void awaitStop() {
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops the services, Keycloak and PostgreSQL; safe to call more than once and from a shutdown hook. */
    @Override
    public void close() {
        List<ManagedProcess> toStop;
        ManagedProcess kc;
        PostgresServer pg;
        Leftovers guard;
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            toStop = new ArrayList<>(services.values());
            kc = keycloak;
            pg = postgres;
            guard = leftovers;
        }
        if (!toStop.isEmpty() || kc != null || pg != null) {
            log.info("stopping the stack");
        }
        toStop.forEach(ManagedProcess::requestStop);
        if (kc != null) {
            kc.requestStop();
        }
        toStop.forEach(p -> p.awaitStopped(Duration.ofSeconds(20)));
        if (kc != null) {
            kc.awaitStopped(Duration.ofSeconds(20));
        }
        if (pg != null) {
            pg.close();
        }
        if (guard != null) {
            guard.close();
        }
        if (!toStop.isEmpty() || kc != null || pg != null) {
            log.info("stopped");
        }
        stopped.countDown();
    }

    // ---- what tests and callers use ----

    public StackConfig config() {
        return config;
    }

    public String gatewayUrl() {
        return url(Service.GATEWAY);
    }

    public String url(Service service) {
        return "http://localhost:" + config.port(service);
    }

    public String keycloakUrl() {
        return "http://localhost:" + config.keycloakPort();
    }

    /** The token issuer, {@code http://localhost:PORT/realms/sakip}. */
    public String issuer() {
        return KeycloakServer.issuer(config.keycloakPort());
    }

    public String tokenUrl() {
        return Tokens.tokenUrl(config.keycloakPort());
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + config.postgresPort() + "/" + database;
    }

    public Path logFile(Service service) {
        return config.logDir().resolve(service.module() + ".log");
    }

    public Path keycloakLog() {
        return config.logDir().resolve("keycloak.log");
    }

    /** An access token of a demo user (password grant on {@code sakip-web}, password {@code demo}). */
    public String token(String username) {
        return token(username, "demo");
    }

    public String token(String username, String password) {
        return Tokens.password(tokenUrl(), username, password);
    }

    /** An access token of a confidential client (client-credentials grant). */
    public String clientToken(String clientId, String secret) {
        return Tokens.clientCredentials(tokenUrl(), clientId, secret);
    }

    /** What the demo data imports answered (empty when demo data was switched off). */
    public List<DemoDataResult> demoDataResults() {
        return demoDataResults;
    }

    // ---- helpers ----

    private static long seconds(long sinceNanos) {
        return Duration.ofNanos(System.nanoTime() - sinceNanos).toSeconds();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("interrupted during startup");
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // the log is then appended to
        }
    }
}
