package id.sakip.reporting.client;

import jakarta.ws.rs.WebApplicationException;

import java.util.function.Predicate;

/**
 * Which failed calls to another service are worth another try: not an answer of the service (it stays the same),
 * and not a missing service token (Keycloak unreachable: retrying only makes the caller wait, the 503 names it).
 */
public class RetryableFailure implements Predicate<Throwable> {

    @Override
    public boolean test(Throwable failure) {
        return !(failure instanceof WebApplicationException) && !Remote.isServiceTokenFailure(failure);
    }
}
