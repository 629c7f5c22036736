package id.sakip.localstack;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * One stack per stack directory, and no processes left behind: a lock file held while the stack
 * runs, and a list of the child processes so that a run after a killed one (SIGKILL, crash) can
 * stop what the killed one left running.
 */
final class Leftovers implements AutoCloseable {

    private final Path processList;
    private final FileChannel channel;
    private final FileLock lock;

    private Leftovers(Path processList, FileChannel channel, FileLock lock) {
        this.processList = processList;
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the stack directory's lock, or fails when another stack holds it. */
    static Leftovers acquire(Path stackDir) {
        Path lockFile = stackDir.resolve("stack.lock");
        try {
            Files.createDirectories(stackDir);
            FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw new StackException("another stack is running with the stack directory " + stackDir
                        + "; stop it first (or use --stack-dir=DIR and other ports)");
            }
            return new Leftovers(stackDir.resolve("processes.txt"), channel, lock);
        } catch (IOException e) {
            throw new StackException("cannot lock the stack directory " + stackDir + ": " + e.getMessage());
        }
    }

    /** Stops processes an earlier run of this stack directory recorded and that still run. */
    void stopLeftovers(Log log) {
        if (!Files.isRegularFile(processList)) {
            return;
        }
        try {
            for (String line : Files.readAllLines(processList, StandardCharsets.UTF_8)) {
                String[] parts = line.trim().split(" ");
                if (parts.length != 3) {
                    continue;
                }
                long pid = Long.parseLong(parts[1]);
                Instant started = Instant.ofEpochMilli(Long.parseLong(parts[2]));
                Optional<ProcessHandle> process = ProcessHandle.of(pid)
                        .filter(p -> p.info().startInstant().map(started::equals).orElse(false));
                if (process.isPresent() && process.get().isAlive()) {
                    log.info("stopping " + parts[0] + " left running by an earlier run (pid " + pid + ")");
                    List<ProcessHandle> tree = process.get().descendants().toList();
                    process.get().destroy();
                    tree.forEach(ProcessHandle::destroy);
                    try {
                        process.get().onExit().get(20, TimeUnit.SECONDS);
                    } catch (Exception e) {
                        process.get().destroyForcibly();
                    }
                    tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
                }
            }
            Files.delete(processList);
        } catch (IOException | NumberFormatException e) {
            throw new StackException("cannot read " + processList + " (" + e.getMessage() + "); delete it and retry");
        }
    }

    /** Records a child so that a later run can stop it if this run dies without cleaning up. */
    synchronized void record(ManagedProcess process) {
        ProcessHandle handle = process.process().toHandle();
        Optional<Instant> started = handle.info().startInstant();
        if (started.isEmpty()) {
            return;
        }
        String line = process.name().replace(' ', '-') + " " + handle.pid() + " " + started.get().toEpochMilli() + "\n";
        try {
            Files.writeString(processList, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            // only the clean-up after a crash is lost
        }
    }

    /** Forgets the children (they are stopped) and releases the lock. */
    @Override
    public void close() {
        try {
            Files.deleteIfExists(processList);
            lock.release();
            channel.close();
        } catch (IOException e) {
            // the lock goes with the process anyway
        }
    }
}
