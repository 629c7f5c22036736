package id.sakip.commons.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The one place where every error becomes an RFC 9457 {@code application/problem+json} response. */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);
    private static final String TYPE_BASE = "https://sakip.example.id/problems/";

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.status(), e.title(), e.getMessage(), uri, e.errors());
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> v : e.getConstraintViolations()) {
            errors.add(new FieldError(pointerOf(v.getPropertyPath().toString()), v.getMessage()));
        }
        errors.sort(Comparator.comparing(FieldError::pointer));
        String detail = errors.size() == 1 ? errors.get(0).pointer() + ": " + errors.get(0).message()
                : errors.size() + " problems found; see errors";
        return respond(400, "Invalid request", detail, uri, errors);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        String pointer = "";
        if (e instanceof JsonMappingException m) {
            StringBuilder sb = new StringBuilder();
            for (JsonMappingException.Reference ref : m.getPath()) {
                sb.append('/').append(ref.getFieldName() != null ? ref.getFieldName() : ref.getIndex());
            }
            pointer = sb.toString();
        }
        String message = JsonErrors.describe(e);
        return respond(400, "Malformed JSON", message, uri,
                List.of(new FieldError(pointer, message)));
    }

    /** Quarkus ships its own mappers for these two; ours must win so the body is problem details. */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper
    public Response unparsableJson(JsonParseException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return respond(401, "Unauthorized", "A valid bearer token is required", uri, List.of());
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return respond(401, "Unauthorized", "A valid bearer token is required", uri, List.of());
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(403, "Forbidden", "Your role does not allow this request", uri, List.of());
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (e.getCause() instanceof JsonProcessingException json) {
            // The JSON reader wraps what the parser refused (numbers out of range, a truncated body) as a 400.
            return unreadableJson(json, uri);
        }
        if (e instanceof NotFoundException && e.getCause() != null && !(e.getCause() instanceof WebApplicationException)) {
            // RESTEasy Reactive answers 404 when a path or query parameter cannot be converted (year=abc).
            return respond(400, "Bad request",
                    "A path or query parameter has an invalid value (for example text where a whole number is expected, "
                            + "or a number out of range)", uri, List.of());
        }
        String title = Response.Status.fromStatusCode(status) != null
                ? Response.Status.fromStatusCode(status).getReasonPhrase() : "Error";
        return respond(status, title, e.getMessage(), uri, List.of());
    }

    /** A concurrent update won the race between our read and our flush: same answer as a stale If-Match. */
    @ServerExceptionMapper
    public Response optimisticLock(OptimisticLockException e, UriInfo uri) {
        return respond(412, "Precondition failed",
                "The resource was changed by someone else at the same time; read it again and reapply your change",
                uri, List.of());
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException lock) {
                return optimisticLock(lock, uri);
            }
            if (cause.getClass().getName().equals("org.hibernate.StaleObjectStateException")
                    || cause.getClass().getName().equals("org.hibernate.StaleStateException")) {
                return optimisticLock(new OptimisticLockException(cause), uri);
            }
            if (cause instanceof ConstraintViolationException violation) {
                return constraintViolation(violation, uri);
            }
            DatabaseFailure failure = DatabaseFailure.of(cause);
            if (failure != null) {
                return database(failure, e, uri);
            }
        }
        LOG.error("Unexpected error on " + uri.getPath(), e);
        return respond(500, "Internal error", "An unexpected error occurred; it has been logged", uri, List.of());
    }

    private static Response database(DatabaseFailure failure, Exception e, UriInfo uri) {
        if (failure.status() >= 500) {
            LOG.warnf("Database unavailable on %s: %s", uri.getPath(), failure.cause());
        } else {
            LOG.debugf(e, "Database refused the change on %s", uri.getPath());
        }
        Response.ResponseBuilder response = problem(failure.status(), failure.title(), failure.detail(), uri, List.of());
        if (failure.retryAfterSeconds() > 0) {
            response.header(HttpHeaders.RETRY_AFTER, failure.retryAfterSeconds());
        }
        return response.build();
    }

    static String pointerOf(String propertyPath) {
        // "create.arg0.items[2].amount" -> "/items/2/amount": drop the method and parameter names.
        String[] parts = propertyPath.split("\\.");
        StringBuilder sb = new StringBuilder();
        for (int i = parts.length > 2 ? 2 : Math.min(parts.length, 1); i < parts.length; i++) {
            sb.append('/').append(parts[i].replaceAll("\\[(\\d+)]", "/$1").replaceAll("<.*>", ""));
        }
        return sb.length() == 0 ? "/" + propertyPath : sb.toString();
    }

    private static Response respond(int status, String title, String detail, UriInfo uri, List<FieldError> errors) {
        return problem(status, title, detail, uri, errors).build();
    }

    private static Response.ResponseBuilder problem(int status, String title, String detail, UriInfo uri,
                                                    List<FieldError> errors) {
        String slug = title.toLowerCase().replaceAll("[^a-z0-9]+", "-");
        Problem body = new Problem(TYPE_BASE + slug, title, status, detail,
                uri != null ? uri.getPath() : null, errors.isEmpty() ? null : errors);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(body);
    }
}
