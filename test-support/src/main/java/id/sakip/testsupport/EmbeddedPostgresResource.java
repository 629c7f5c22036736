package id.sakip.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * A real PostgreSQL 17 for {@code @QuarkusTest}s, no Docker: one server per test JVM, one fresh
 * database per Quarkus application start, so Flyway migrates from scratch every time.
 * Use with {@code @QuarkusTestResource(EmbeddedPostgresResource.class)} or {@code @WithTestResource}.
 */
public class EmbeddedPostgresResource implements QuarkusTestResourceLifecycleManager {

    private static EmbeddedPostgres server;
    private static int databases;

    @Override
    public synchronized Map<String, String> start() {
        try {
            if (server == null) {
                server = EmbeddedPostgres.builder().start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        server.close();
                    } catch (IOException ignored) {
                        // the JVM is ending anyway
                    }
                }));
            }
            String database = "test_" + (++databases);
            try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + database);
            }
            return Map.of(
                    "quarkus.datasource.jdbc.url", server.getJdbcUrl("postgres", database),
                    "quarkus.datasource.username", "postgres",
                    "quarkus.datasource.password", "postgres");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start embedded PostgreSQL", e);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create a test database", e);
        }
    }

    @Override
    public void stop() {
        // The server is shared by every test class of this JVM and stops with it.
    }
}
