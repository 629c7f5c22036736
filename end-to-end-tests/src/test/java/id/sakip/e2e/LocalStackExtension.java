package id.sakip.e2e;

import id.sakip.localstack.LocalStack;
import id.sakip.localstack.StackConfig;
import id.sakip.localstack.StackException;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Starts the local stack once for the whole test run, exactly as {@code ./run-local.sh} does but on
 * the test ports of docs/CONTRACT.md (18080-18083, Keycloak 18180, PostgreSQL 15432) and with a
 * temporary PostgreSQL data directory; stops it when the run ends. Test classes get the
 * {@link LocalStack} as a parameter, e.g. of a {@code @BeforeAll} method.
 */
public final class LocalStackExtension implements BeforeAllCallback, ParameterResolver {

    /**
     * Test ports = run ports + 10000, or + the system property {@code sakip.e2e.port-offset} (so that two
     * checkouts can run this suite at once on one machine).
     */
    static final int TEST_PORT_OFFSET = Integer.getInteger("sakip.e2e.port-offset", 10000);

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(LocalStackExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        stack(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == LocalStack.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return stack(context);
    }

    private static LocalStack stack(ExtensionContext context) {
        // the root store lives as long as the whole run and closes its AutoCloseable values at the end
        return context.getRoot().getStore(NAMESPACE)
                .computeIfAbsent(RunningStack.class, key -> RunningStack.start(), RunningStack.class)
                .stack();
    }

    /** The stack of this run, or why it did not start (so that every class fails with the same reason, once started). */
    static final class RunningStack implements AutoCloseable {

        private final LocalStack stack;
        private final RuntimeException failure;
        private final Path pgData;

        private RunningStack(LocalStack stack, RuntimeException failure, Path pgData) {
            this.stack = stack;
            this.failure = failure;
            this.pgData = pgData;
        }

        static RunningStack start() {
            RestAssured.config = RestAssuredConfig.config().httpClient(HttpClientConfig.httpClientConfig()
                    .setParam("http.connection.timeout", 10_000)
                    .setParam("http.socket.timeout", 300_000));
            Path pgData = null;
            try {
                // sakip.e2e.root: test the build of another checkout (default: the one these tests are in)
                String otherRoot = System.getProperty("sakip.e2e.root");
                Path root = otherRoot != null ? Path.of(otherRoot) : StackConfig.findProjectRoot(Path.of(""));
                pgData = Files.createTempDirectory("sakip-e2e-pgdata-");
                StackConfig config = StackConfig.defaults(root)
                        .withPortOffset(TEST_PORT_OFFSET)
                        .withStackDir(root.resolve("end-to-end-tests/target/e2e-stack"))
                        .withPgData(pgData);
                System.out.println("[e2e] starting the local stack: " + config);
                return new RunningStack(LocalStack.start(config), null, pgData);
            } catch (StackException e) {
                printLogTail(e.logFile());
                return new RunningStack(null, e, pgData);
            } catch (IOException | RuntimeException e) {
                return new RunningStack(null, new IllegalStateException(e.toString(), e), pgData);
            }
        }

        LocalStack stack() {
            if (failure != null) {
                throw new IllegalStateException("the local stack did not start: " + failure.getMessage(), failure);
            }
            return stack;
        }

        @Override
        public void close() {
            if (stack != null) {
                stack.close();
            }
            deleteRecursively(pgData);
        }

        private static void printLogTail(Path log) {
            if (log == null || !Files.isRegularFile(log)) {
                return;
            }
            try {
                List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
                System.err.println("[e2e] ---- last lines of " + log + " ----");
                lines.subList(Math.max(0, lines.size() - 80), lines.size()).forEach(System.err::println);
                System.err.println("[e2e] ---- end of " + log + " ----");
            } catch (IOException e) {
                System.err.println("[e2e] cannot read " + log + ": " + e.getMessage());
            }
        }

        private static void deleteRecursively(Path dir) {
            if (dir == null || !Files.exists(dir)) {
                return;
            }
            try (Stream<Path> paths = Files.walk(dir)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // a temporary directory: the system cleans it eventually
            }
        }
    }
}
