package id.sakip.localstack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StackConfigTest {

    @TempDir
    Path root;

    @Test
    void defaultsAreTheContractsRunPorts() {
        StackConfig config = StackConfig.defaults(root);

        assertEquals(8080, config.port(Service.GATEWAY));
        assertEquals(8081, config.port(Service.INDICATORS));
        assertEquals(8082, config.port(Service.BUDGET));
        assertEquals(8083, config.port(Service.REPORTING));
        assertEquals(8180, config.keycloakPort());
        assertEquals(5432, config.postgresPort());
        assertEquals(root.resolve(".local-stack/pgdata"), config.pgData());
        assertEquals(root.resolve(".local-stack/logs"), config.logDir());
        assertTrue(config.demoData());
        assertEquals(List.of(Service.INDICATORS, Service.BUDGET, Service.REPORTING, Service.GATEWAY), config.services());
    }

    @Test
    void serviceJavaOptionsDefaultToASmallFootprintAndCanBeReplaced() {
        assertTrue(StackConfig.defaults(root).serviceJavaOptions().contains("-XX:+UseSerialGC"));

        StackConfig config = StackConfig.fromEnvironment("--root=" + root,
                "--service-java-options=  -XX:+UseG1GC   -Xss1m ");
        assertEquals(List.of("-XX:+UseG1GC", "-Xss1m"), config.serviceJavaOptions());
        assertEquals(List.of(), StackConfig.fromEnvironment("--root=" + root, "--service-java-options=")
                .serviceJavaOptions());
    }

    @Test
    void offsetTenThousandGivesTheTestPorts() {
        StackConfig config = StackConfig.defaults(root).withPortOffset(10000);

        assertEquals(18080, config.port(Service.GATEWAY));
        assertEquals(18081, config.port(Service.INDICATORS));
        assertEquals(18082, config.port(Service.BUDGET));
        assertEquals(18083, config.port(Service.REPORTING));
        assertEquals(18180, config.keycloakPort());
        assertEquals(19180, config.keycloakManagementPort());
        assertEquals(15432, config.postgresPort());
    }

    @Test
    void commandLineOptions() {
        StackConfig config = StackConfig.fromEnvironment("--root=" + root, "--port-offset=100", "--gateway-port=9999",
                "--stack-dir=work", "--data-dir=/tmp/pg", "--pg-port=6543", "--no-demo-data", "--without=budget,reporting-service", "--timeout=42");

        assertEquals(9999, config.port(Service.GATEWAY));
        assertEquals(8181, config.port(Service.INDICATORS));
        assertEquals(8280, config.keycloakPort());
        assertEquals(6543, config.postgresPort());
        assertEquals(root.resolve("work"), config.stackDir());
        assertEquals(Path.of("/tmp/pg"), config.pgData());
        assertEquals(root.resolve("work/logs"), config.logDir());
        assertFalse(config.demoData());
        assertEquals(EnumSet.of(Service.BUDGET, Service.REPORTING), config.withoutServices());
        assertEquals(List.of(Service.INDICATORS, Service.GATEWAY), config.services());
        assertEquals(42, config.startupTimeout().toSeconds());
    }

    @Test
    void keycloakManagementPortFollowsAnExplicitKeycloakPort() {
        StackConfig config = StackConfig.fromEnvironment("--root=" + root, "--keycloak-port=7000");

        assertEquals(7000, config.keycloakPort());
        assertEquals(8000, config.keycloakManagementPort());
    }

    @Test
    void badOptionsAreRejectedWithAMessage() {
        assertThrows(IllegalArgumentException.class, () -> StackConfig.fromEnvironment("--root=" + root, "--gateway-port=70000"));
        assertThrows(IllegalArgumentException.class, () -> StackConfig.fromEnvironment("--root=" + root, "--without=nothing"));
        assertThrows(IllegalArgumentException.class, () -> StackConfig.fromEnvironment("--root=" + root, "verbose"));
    }

    @Test
    void projectRootIsFoundFromAModuleDirectory() throws IOException {
        Files.createDirectories(root.resolve("keycloak"));
        Files.writeString(root.resolve("keycloak/realm-sakip.json"), "{}");
        Files.writeString(root.resolve("pom.xml"), "<project/>");
        Path module = Files.createDirectories(root.resolve("end-to-end-tests/target"));

        assertEquals(root.toAbsolutePath().normalize(), StackConfig.findProjectRoot(module));
    }

    @Test
    void serviceJarsFollowTheModuleLayout() {
        assertEquals(root.resolve("budget-service/target/quarkus-app/quarkus-run.jar"), Service.BUDGET.jar(root));
        assertEquals(Service.REPORTING, Service.parse("reporting-service"));
        assertEquals(Service.GATEWAY, Service.parse("GATEWAY"));
    }
}
