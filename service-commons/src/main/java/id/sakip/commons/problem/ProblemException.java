package id.sakip.commons.problem;

import java.util.List;

/**
 * A failure the API reports to its caller as problem details: throw it from any layer,
 * {@link ProblemMapper} turns it into the response.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String title;
    private final List<FieldError> errors;

    public ProblemException(int status, String title, String detail) {
        this(status, title, detail, List.of());
    }

    public ProblemException(int status, String title, String detail, List<FieldError> errors) {
        super(detail);
        this.status = status;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    /** 422: the request is well-formed but its content breaks the domain rules. */
    public static ProblemException validation(List<FieldError> errors) {
        String detail = errors.size() == 1 ? errors.get(0).pointer() + ": " + errors.get(0).message()
                : errors.size() + " problems found; see errors";
        return new ProblemException(422, "Invalid content", detail, errors);
    }

    public static ProblemException badRequest(String detail) {
        return new ProblemException(400, "Bad request", detail);
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(404, "Not found", detail);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "Conflict", detail);
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "Forbidden", detail);
    }

    public static ProblemException preconditionFailed(String detail) {
        return new ProblemException(412, "Precondition failed", detail);
    }

    public static ProblemException preconditionRequired(String detail) {
        return new ProblemException(428, "Precondition required", detail);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
