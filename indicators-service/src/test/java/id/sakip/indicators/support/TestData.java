package id.sakip.indicators.support;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.test.security.TestIdentityAssociation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static io.restassured.RestAssured.given;

/**
 * The standard test data: the seed dataset of Kanim Tanjungpinang (read from demo-data, the copy of the shared
 * fixtures) and a second unit under another regional office, imported through the API as an administrator.
 * Importing is idempotent, so every test may call {@link #ensureLoaded} before it runs.
 */
public final class TestData {

    public static final Path SEED = Path.of("../demo-data/kanim-tanjungpinang/performance.json");

    private TestData() {
    }

    public static String seedText() {
        try {
            return Files.readString(SEED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String secondUnitText() {
        return resource("/second-unit.json");
    }

    public static String resource(String name) {
        try (var in = TestData.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static SecurityIdentity identity(String user, String role, String unit) {
        QuarkusSecurityIdentity.Builder b = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(user)).addRole(role);
        if (unit != null) {
            b.addAttribute("work_unit", unit);
        }
        return b.build();
    }

    /** Runs {@code action} as another identity, then restores the test method's own. */
    public static void as(TestIdentityAssociation association, SecurityIdentity who, Runnable action) {
        SecurityIdentity saved = association.getTestIdentity();
        association.setTestIdentity(who);
        try {
            action.run();
        } finally {
            association.setTestIdentity(saved);
        }
    }

    private static volatile boolean loaded;

    /** Imports the standard data once per application start (one start per test run). */
    public static synchronized void ensureLoaded(TestIdentityAssociation association) {
        if (loaded) {
            return;
        }
        loaded = true;
        as(association, identity("test-admin", "admin", null), () -> {
            for (String body : new String[]{seedText(), secondUnitText()}) {
                given().contentType("application/json").body(body)
                        .when().post("/api/v1/indicator-datasets")
                        .then().statusCode(200);
            }
        });
    }
}
