package id.sakip.indicators.common;

import id.sakip.commons.problem.FieldError;
import id.sakip.commons.problem.ProblemException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Collects every problem of a request (JSON pointer + message) so they are all reported at once. */
public final class Errors {

    private final List<FieldError> errors = new ArrayList<>();

    public Errors add(String pointer, String message) {
        errors.add(new FieldError(pointer, message));
        return this;
    }

    /** "must not be negative" at {@code pointer} when {@code value} is below 0. */
    public Errors nonNegative(BigDecimal value, String pointer) {
        return value != null && value.signum() < 0 ? add(pointer, "must not be negative") : this;
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public List<FieldError> list() {
        return errors;
    }

    /** 422 with every collected problem. */
    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
    }
}
