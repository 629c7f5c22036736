package id.sakip.localstack;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** A child process of the stack whose output goes to a log file, and that is stopped with its descendants. */
final class ManagedProcess {

    private final String name;
    private final Process process;
    private final Path logFile;
    /** Descendants as they were when asked to stop: once the parent is gone they can no longer be found from it. */
    private volatile List<ProcessHandle> descendants = List.of();

    private ManagedProcess(String name, Process process, Path logFile) {
        this.name = name;
        this.process = process;
        this.logFile = logFile;
    }

    /** Starts {@code command} in {@code workDir}, with no standard input and its output (both streams) in {@code logFile}. */
    static ManagedProcess start(String name, List<String> command, Path workDir, Map<String, String> env, Path logFile) {
        try {
            Files.createDirectories(logFile.getParent());
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(workDir.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.to(logFile.toFile()));
            builder.environment().putAll(env);
            return new ManagedProcess(name, builder.start(), logFile);
        } catch (IOException e) {
            throw new StackException("cannot start " + name + ": " + e.getMessage(), logFile, e);
        }
    }

    String name() {
        return name;
    }

    Path logFile() {
        return logFile;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    int exitValue() {
        return process.exitValue();
    }

    Process process() {
        return process;
    }

    /** Asks the process and its descendants to stop (SIGTERM); see {@link #awaitStopped(Duration)}. */
    void requestStop() {
        List<ProcessHandle> tree = new ArrayList<>();
        process.descendants().forEach(tree::add);
        descendants = tree;
        process.destroy();
        tree.forEach(ProcessHandle::destroy);
    }

    /** Waits for the process to end after {@link #requestStop()}, killing it and what is left of its tree after {@code grace}. */
    void awaitStopped(Duration grace) {
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                process.waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        for (ProcessHandle handle : descendants) {
            try {
                handle.onExit().get(5, TimeUnit.SECONDS);
            } catch (TimeoutException | ExecutionException e) {
                handle.destroyForcibly();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                handle.destroyForcibly();
            }
        }
    }
}
