package id.sakip.budget.common;

/** Bean Validation patterns for texts of request records and parameters (the same rule as {@link FieldReader}). */
public final class Texts {

    /** No control character but tab and line breaks (PostgreSQL refuses NUL). */
    public static final String NO_CONTROL_CHARACTERS = "[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]*";
    public static final String NO_CONTROL_CHARACTERS_MESSAGE =
            "must not contain control characters (U+0000 to U+001F but tab and line breaks)";

    private Texts() {
    }
}
