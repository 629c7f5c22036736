package id.sakip.commons.problem;

/** One problem with one field of a request: a JSON pointer (RFC 6901) and what is wrong there. */
public record FieldError(String pointer, String message) {
}
