package id.sakip.reporting.client;

import id.sakip.commons.problem.ProblemException;
import io.quarkus.oidc.client.OidcClientException;
import jakarta.ws.rs.WebApplicationException;
import org.jboss.logging.Logger;

import java.util.function.Supplier;

/**
 * Turns what can go wrong in a call to another service into problem details naming that service: 503 when it is
 * down, slow or its circuit is open, or when Keycloak cannot give this service a token (then naming Keycloak); 502
 * when it answers with an error; {@code null} when it answers 404.
 */
public final class Remote {

    private static final Logger LOG = Logger.getLogger(Remote.class);

    private Remote() {
    }

    public static <T> T call(String service, String what, Supplier<T> call) {
        try {
            return call.get();
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == 404) {
                return null;
            }
            LOG.warnf("%s answered %d to %s", service, status, what);
            if (status == 503 || status == 504) {
                throw unavailable(service, what, "it answered " + status);
            }
            throw new ProblemException(502, "Bad gateway", service + " refused " + what + " with status " + status);
        } catch (ProblemException e) {
            throw e;
        } catch (RuntimeException e) {
            if (isServiceTokenFailure(e)) {
                LOG.warnf("No service token for %s (Keycloak unreachable): %s", what, e.toString());
                throw new ProblemException(503, "Service unavailable", "Keycloak (the identity provider) cannot be reached"
                        + " for this service's token, so " + service + " cannot be asked for " + what
                        + "; nothing was stored, try again later");
            }
            LOG.warnf("%s unavailable for %s: %s", service, what, e.toString());
            throw unavailable(service, what, describe(e));
        }
    }

    /** Whether a call failed because no service token could be had from Keycloak (quarkus-oidc-client). */
    static boolean isServiceTokenFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof OidcClientException) {
                return true;
            }
        }
        return false;
    }

    private static ProblemException unavailable(String service, String what, String why) {
        return new ProblemException(503, "Service unavailable",
                service + " is not available (" + why + ") while reading " + what + "; nothing was stored, try again later");
    }

    private static String describe(RuntimeException e) {
        String name = e.getClass().getSimpleName();
        if (name.contains("Timeout")) {
            return "timed out";
        }
        if (name.contains("CircuitBreakerOpen")) {
            return "circuit breaker open after repeated failures";
        }
        return "no connection";
    }
}
