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

    /** A JSON binding problem below {@code pointer}, located at the field or index Jackson names. */
    public Errors add(String pointer, com.fasterxml.jackson.core.JsonProcessingException e) {
        StringBuilder sb = new StringBuilder(pointer);
        if (e instanceof com.fasterxml.jackson.databind.JsonMappingException m) {
            for (com.fasterxml.jackson.databind.JsonMappingException.Reference ref : m.getPath()) {
                sb.append('/').append(ref.getFieldName() != null ? ref.getFieldName() : ref.getIndex());
            }
        }
        return add(sb.toString(), e.getOriginalMessage());
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
