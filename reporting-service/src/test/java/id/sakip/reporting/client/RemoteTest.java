package id.sakip.reporting.client;

import id.sakip.commons.problem.ProblemException;
import io.quarkus.oidc.client.OidcClientException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import org.junit.jupiter.api.Test;

import java.net.ConnectException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A call that cannot get a service token (Keycloak down) is a 503 naming Keycloak, and is not retried. */
class RemoteTest {

    private static RuntimeException noToken() {
        // What the OIDC client filter passes on: the token request failed to connect.
        return new ProcessingException(new RuntimeException(new OidcClientException("token request failed",
                new ConnectException("Connection refused: localhost/127.0.0.1:8180"))));
    }

    @Test
    void aMissingServiceTokenIs503NamingKeycloak() {
        ProblemException problem = assertThrows(ProblemException.class,
                () -> Remote.call(IndicatorsClient.SERVICE, "the scorecard", () -> {
                    throw noToken();
                }));
        assertEquals(503, problem.status());
        assertTrue(problem.getMessage().startsWith("Keycloak (the identity provider) cannot be reached"),
                problem.getMessage());
        assertTrue(problem.getMessage().contains("indicators-service"), problem.getMessage());
    }

    @Test
    void aServiceThatIsDownIsStill503NamingTheService() {
        ProblemException problem = assertThrows(ProblemException.class,
                () -> Remote.call(BudgetClient.SERVICE, "the budget", () -> {
                    throw new ProcessingException(new ConnectException("Connection refused"));
                }));
        assertEquals(503, problem.status());
        assertTrue(problem.getMessage().startsWith(BudgetClient.SERVICE + " is not available"), problem.getMessage());
    }

    @Test
    void onlyConnectionFailuresOfTheServiceAreRetried() {
        RetryableFailure retryable = new RetryableFailure();
        assertFalse(retryable.test(noToken()));
        assertFalse(retryable.test(new WebApplicationException(500)));
        assertTrue(retryable.test(new ProcessingException(new ConnectException("Connection refused"))));
    }
}
