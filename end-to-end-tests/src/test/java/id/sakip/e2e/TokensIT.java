package id.sakip.e2e;

import id.sakip.localstack.LocalStack;
import id.sakip.localstack.StackException;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The realm {@code sakip} as the services see it: roles and work unit of every demo user and service account. */
@ExtendWith(LocalStackExtension.class)
class TokensIT {

    private static LocalStack stack;

    @BeforeAll
    static void stack(LocalStack started) {
        stack = started;
    }

    @ParameterizedTest(name = "{0}: role {1}, unit {2}")
    @CsvSource(nullValues = "-", value = {
            "operator-408103, operator, 408103",
            "planner-408103,  planner,  408103",
            "head-408103,     head,     408103",
            "regional-kepri,  regional, KANWIL-KEPRI",
            "auditor,         auditor,  -",
            "admin,           admin,    -",
            "operator-409011, operator, 409011",
            "planner-409011,  planner,  409011",
            "head-409011,     head,     409011",
            "regional-riau,   regional, KANWIL-RIAU",
    })
    void demoUsersCarryTheirRoleAndUnit(String username, String role, String unit) {
        JsonPath claims = Jwt.claims(stack.token(username));

        assertEquals(List.of(role), claims.getList("realm_access.roles"));
        assertEquals(unit, claims.getString("work_unit"));
        assertEquals(username, claims.getString("preferred_username"));
        assertEquals(stack.issuer(), claims.getString("iss"));
        assertEquals("sakip-web", claims.getString("azp"));
    }

    @Test
    void userWithoutRoleHasNone() {
        JsonPath claims = Jwt.claims(stack.token("norole"));

        List<String> roles = claims.getList("realm_access.roles");
        assertTrue(roles == null || roles.isEmpty(), "roles of norole: " + roles);
        assertEquals("408103", claims.getString("work_unit"));
    }

    @Test
    void kanwilSystemIsRegionalForKepri() {
        JsonPath claims = Jwt.claims(stack.clientToken("kanwil-kepri-sync", "kanwil-kepri-sync-secret"));

        assertEquals(List.of("regional"), claims.getList("realm_access.roles"));
        assertEquals("KANWIL-KEPRI", claims.getString("work_unit"));
    }

    @ParameterizedTest
    @CsvSource({"budget-service", "reporting-service"})
    void serviceAccountsHaveRoleService(String client) {
        JsonPath claims = Jwt.claims(stack.clientToken(client, client + "-secret"));

        assertEquals(List.of("service"), claims.getList("realm_access.roles"));
        assertNull(claims.getString("work_unit"));
        assertEquals(client, claims.getString("azp"));
    }

    @Test
    void wrongPasswordGetsNoToken() {
        StackException refused = assertThrows(StackException.class, () -> stack.token("admin", "not-the-password"));
        assertTrue(refused.getMessage().contains("401"), refused.getMessage());
    }

    @Test
    void wrongClientSecretGetsNoToken() {
        assertThrows(StackException.class, () -> stack.clientToken("reporting-service", "guessed"));
    }
}
