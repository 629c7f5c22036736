package id.sakip.indicators.common;

import id.sakip.commons.problem.FieldError;
import id.sakip.commons.problem.ProblemException;

import java.util.ArrayList;
import java.util.List;

/** Collects every problem of a request (JSON pointer + message) so they are all reported at once. */
public final class Errors {

    private final List<FieldError> errors = new ArrayList<>();

    public Errors add(String pointer, String message) {
        errors.add(new FieldError(pointer, message));
        return this;
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
