package id.sakip.gateway.problem;

import org.jboss.logging.Logger;

import io.quarkus.oidc.OIDCException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.HttpException;

import id.sakip.gateway.security.BearerChallenge;

/** Turns every failed exchange (authentication, authorization, anything unexpected) into problem details. */
public class ProblemFailureHandler implements Handler<RoutingContext> {

    private static final Logger LOG = Logger.getLogger(ProblemFailureHandler.class);

    @Override
    public void handle(RoutingContext rc) {
        if (rc.response().ended() || rc.response().headWritten()) {
            return;
        }
        Throwable failure = rc.failure();
        if (failure instanceof AuthenticationFailedException || failure instanceof UnauthorizedException) {
            BearerChallenge.send(rc, failure);
        } else if (failure instanceof ForbiddenException) {
            Problems.send(rc, 403, "Forbidden", "Your role does not allow this request");
        } else if (causedBy(failure, OIDCException.class)) {
            // Keycloak is unreachable (or not yet started), so the token cannot be checked.
            LOG.warnf("Token check for %s %s failed: %s", rc.request().method(), rc.request().path(),
                    failure.getMessage());
            rc.response().headers().set(HttpHeaders.RETRY_AFTER, "5");
            Problems.send(rc, 503, "Service unavailable", "The identity provider cannot be reached; try again later");
        } else {
            int status = failure instanceof HttpException http ? http.getStatusCode() : rc.statusCode();
            if (status < 400) {
                status = 500;
            }
            if (status >= 500) {
                LOG.errorf(failure, "Request %s %s failed", rc.request().method(), rc.request().path());
            }
            Problems.send(rc, status, titleOf(status), detailOf(status));
        }
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    static String titleOf(int status) {
        return switch (status) {
            case 400 -> "Bad request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not found";
            case 405 -> "Method not allowed";
            case 413 -> "Payload too large";
            case 415 -> "Unsupported media type";
            case 429 -> "Too many requests";
            case 502 -> "Bad gateway";
            case 503 -> "Service unavailable";
            case 504 -> "Gateway timeout";
            default -> status >= 500 ? "Internal error" : "Request failed";
        };
    }

    private static String detailOf(int status) {
        return switch (status) {
            case 404 -> "No service handles this path";
            case 413 -> "The request body exceeds the gateway's limit";
            default -> status >= 500 ? "An unexpected error occurred in the gateway; it has been logged"
                    : "The gateway could not handle this request";
        };
    }
}
