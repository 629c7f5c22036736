package id.sakip.localstack;

import java.io.PrintStream;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/** Progress lines of the stack on standard output (warnings on standard error), time-stamped. */
final class Log {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final PrintStream out;
    private final PrintStream err;

    Log(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    static Log console() {
        return new Log(System.out, System.err);
    }

    void info(String message) {
        out.println(TIME.format(LocalTime.now()) + " [local-stack] " + message);
        out.flush();
    }

    void warn(String message) {
        err.println(TIME.format(LocalTime.now()) + " [local-stack] WARNING: " + message);
        err.flush();
    }

    void plain(String text) {
        out.println(text);
        out.flush();
    }
}
