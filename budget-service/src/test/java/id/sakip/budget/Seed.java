package id.sakip.budget;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.test.security.TestIdentityAssociation;
import io.restassured.http.ContentType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;

/** The seed dataset of the reference report, and a way to import it once per application start. */
public final class Seed {

    public static final Path BUDGET_JSON = Path.of("../demo-data/kanim-tanjungpinang/budget.json");
    public static final String UNIT = "408103";
    public static final String OTHER_UNIT = "409011";
    public static final ObjectMapper JSON = new ObjectMapper();

    private static boolean imported;

    private Seed() {
    }

    public static String text() {
        try {
            return Files.readString(BUDGET_JSON);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ObjectNode tree() {
        try {
            return (ObjectNode) JSON.readTree(text());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Imports the seed as an administrator, whoever the test's identity is. */
    public static synchronized void ensureImported(TestIdentityAssociation identities) {
        if (!imported) {
            asAdmin(identities, () -> given().contentType(ContentType.JSON).body(text())
                    .post("/api/v1/budget-datasets").then().statusCode(200));
            imported = true;
        }
    }

    public static <T> T asAdmin(TestIdentityAssociation identities, Supplier<T> action) {
        var previous = identities.getTestIdentity();
        identities.setTestIdentity(QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal("seed-admin")).addRole("admin").build());
        try {
            return action.get();
        } finally {
            identities.setTestIdentity(previous);
        }
    }
}
