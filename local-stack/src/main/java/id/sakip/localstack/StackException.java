package id.sakip.localstack;

import java.nio.file.Path;

/**
 * A failure of the stack with a message meant to be shown as one line to a person: what failed
 * and where to look. {@link #logFile()} names the log with the details, when there is one.
 */
public class StackException extends RuntimeException {

    private final transient Path logFile;

    public StackException(String message) {
        this(message, null, null);
    }

    public StackException(String message, Path logFile) {
        this(message, logFile, null);
    }

    public StackException(String message, Path logFile, Throwable cause) {
        super(message, cause);
        this.logFile = logFile;
    }

    public Path logFile() {
        return logFile;
    }
}
