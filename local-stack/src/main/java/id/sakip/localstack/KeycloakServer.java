package id.sakip.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Keycloak from its distribution zip ({@code org.keycloak:keycloak-quarkus-dist}), which the Maven
 * build of this module puts into the local repository. Unpacked once into the stack directory; the
 * realm is re-imported on every start.
 */
final class KeycloakServer {

    static final String REALM = "sakip";
    static final String ADMIN_USER = "admin";
    static final String ADMIN_PASSWORD = "admin";
    private static final String MARKER = ".sakip-unpacked";

    private KeycloakServer() {
    }

    static String version() {
        return buildProperties().getProperty("keycloak.version", "26.5.6");
    }

    private static Properties buildProperties() {
        Properties properties = new Properties();
        try (InputStream in = KeycloakServer.class.getResourceAsStream("build.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            // fall back to the defaults
        }
        return properties;
    }

    /** The distribution zip: where the build resolved it, else in the usual local repositories. */
    static Path distribution() {
        String version = version();
        List<Path> candidates = new ArrayList<>();
        String resolved = buildProperties().getProperty("keycloak.dist", "");
        if (!resolved.isBlank() && !resolved.startsWith("${")) {
            candidates.add(Path.of(resolved));
        }
        String relative = "org/keycloak/keycloak-quarkus-dist/" + version + "/keycloak-quarkus-dist-" + version + ".zip";
        String repoLocal = System.getProperty("maven.repo.local");
        if (repoLocal != null && !repoLocal.isBlank()) {
            candidates.add(Path.of(repoLocal).resolve(relative));
        }
        candidates.add(Path.of(System.getProperty("user.home"), ".m2", "repository").resolve(relative));
        for (Path candidate : candidates) {
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new StackException("the Keycloak distribution org.keycloak:keycloak-quarkus-dist:" + version
                + ":zip is not in the local Maven repository (looked at " + candidates.get(candidates.size() - 1)
                + "); build the project first: ./mvnw -B install -DskipTests");
    }

    /** Unpacks the distribution into {@code stackDir/keycloak-VERSION} unless that was done before; returns that directory. */
    static Path install(Path stackDir, Log log) {
        String version = version();
        Path home = stackDir.resolve("keycloak-" + version);
        if (Files.isRegularFile(home.resolve(MARKER))) {
            return home;
        }
        Path zip = distribution();
        log.info("unpacking Keycloak " + version + " into " + home + " (once)");
        Path scratch = stackDir.resolve(".keycloak-unpack");
        try {
            deleteRecursively(home);
            deleteRecursively(scratch);
            Files.createDirectories(scratch);
            unzip(zip, scratch);
            Path top = scratch.resolve("keycloak-" + version);
            if (!Files.isDirectory(top)) {
                throw new IOException("the zip has no keycloak-" + version + "/ directory");
            }
            Files.move(top, home);
            deleteRecursively(scratch);
            try (Stream<Path> scripts = Files.list(home.resolve("bin"))) {
                scripts.filter(p -> p.toString().endsWith(".sh")).forEach(p -> p.toFile().setExecutable(true));
            }
            Files.writeString(home.resolve(MARKER), zip + "\n", StandardCharsets.UTF_8);
            return home;
        } catch (IOException e) {
            throw new StackException("cannot unpack Keycloak from " + zip + " into " + home + ": " + e.getMessage());
        }
    }

    /** Fresh realm import on every start: the realm file goes to data/import, the old H2 database away. */
    static void prepare(Path home, Path realmFile) {
        try {
            deleteRecursively(home.resolve("data/h2"));
            Path importDir = home.resolve("data/import");
            Files.createDirectories(importDir);
            Files.copy(realmFile, importDir.resolve(realmFile.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new StackException("cannot prepare Keycloak in " + home + ": " + e.getMessage());
        }
    }

    static ManagedProcess start(Path home, int port, int managementPort, Path logFile) {
        List<String> command = List.of("/bin/sh", home.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-port=" + port,
                "--http-management-port=" + managementPort,
                "--import-realm");
        Map<String, String> env = Map.of(
                "KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USER,
                "KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD,
                "JAVA_HOME", System.getProperty("java.home"));
        return ManagedProcess.start("Keycloak", command, home, env, logFile);
    }

    static String issuer(int port) {
        return "http://localhost:" + port + "/realms/" + REALM;
    }

    private static void unzip(Path zip, Path target) throws IOException {
        Path root = target.toAbsolutePath().normalize();
        try (ZipFile file = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                Path out = root.resolve(entry.getName()).normalize();
                if (!out.startsWith(root)) {
                    throw new IOException("entry outside the target directory: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                } else {
                    Files.createDirectories(out.getParent());
                    try (InputStream in = file.getInputStream(entry)) {
                        Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        }
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }
}
