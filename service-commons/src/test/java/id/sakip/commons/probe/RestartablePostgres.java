package id.sakip.commons.probe;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * An embedded PostgreSQL on a fixed port and data directory that a test can stop and start again (the application
 * keeps its JDBC URL), or hang (SIGSTOP of every server process) and resume.
 */
public class RestartablePostgres implements QuarkusTestResourceLifecycleManager {

    private static Path dataDirectory;
    private static int port;
    private static EmbeddedPostgres server;

    @Override
    public synchronized Map<String, String> start() {
        try {
            dataDirectory = Files.createTempDirectory("commons-pg");
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            startServer();
            return Map.of(
                    "quarkus.datasource.jdbc.url", server.getJdbcUrl("postgres", "postgres"),
                    "quarkus.datasource.username", "postgres",
                    "quarkus.datasource.password", "postgres");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void stop() {
        stopServer();
    }

    public static synchronized void startServer() throws IOException {
        server = EmbeddedPostgres.builder().setPort(port).setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false).start();
    }

    /** A fast shutdown: every connection is closed, new ones are refused. */
    public static synchronized void stopServer() {
        if (server != null) {
            try {
                server.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server = null;
        }
    }

    /** Stops (SIGSTOP) or resumes (SIGCONT) every server process: connections stay open but nothing answers. */
    public static synchronized void signalAll(String signal) throws IOException, InterruptedException {
        // The first line of postmaster.pid is the server's process id (pg_ctl, which started it, has ended).
        long serverPid = Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).trim());
        ProcessHandle postmaster = ProcessHandle.of(serverPid).orElseThrow();
        List<Long> pids = Stream.concat(Stream.of(postmaster), postmaster.descendants())
                .map(ProcessHandle::pid).toList();
        for (long pid : pids) {
            new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start().waitFor();
        }
    }
}
