package city.sanitation.app.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A leftover postmaster is stopped only when it serves this data folder and no app holds the folder; anything else
 * named by the pid file is left alone. "postgres" here is a copy of sh that waits, so no database is needed.
 */
class LeftoverPostgresTest {

    @TempDir
    Path temp;

    private Path dataDir;
    private Path fakePostgres;
    private final List<Process> started = new ArrayList<>();

    @BeforeEach
    void dataFolderAndAFakePostgres() throws IOException {
        dataDir = Files.createDirectories(temp.resolve("pg"));
        Files.writeString(dataDir.resolve("PG_VERSION"), "18\n");
        fakePostgres = Files.copy(
                Path.of("/bin/sh"), Files.createDirectories(temp.resolve("bin")).resolve("postgres"));
    }

    @AfterEach
    void killWhatWasStarted() {
        started.forEach(Process::destroyForcibly);
    }

    @Test
    void nothingToDoWithoutAPidFile() throws IOException {
        assertThat(new LeftoverPostgres(dataDir).clear()).isEqualTo(LeftoverPostgres.Outcome.NONE);
    }

    @Test
    void removesAPidFileWhoseProcessIsGone() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        writePidFile(gone.pid());

        assertThat(new LeftoverPostgres(dataDir).clear()).isEqualTo(LeftoverPostgres.Outcome.STALE_PID_FILE_REMOVED);
        assertThat(dataDir.resolve(LeftoverPostgres.PID_FILE)).doesNotExist();
    }

    @Test
    void removesAnUnreadablePidFile() throws Exception {
        Files.writeString(dataDir.resolve(LeftoverPostgres.PID_FILE), "");

        assertThat(new LeftoverPostgres(dataDir).clear()).isEqualTo(LeftoverPostgres.Outcome.STALE_PID_FILE_REMOVED);
    }

    @Test
    void stopsThePostmasterOfThisDataFolder() throws Exception {
        Process postmaster = run(postmaster().directory(dataDir.toFile()));
        writePidFile(postmaster.pid());

        assertThat(new LeftoverPostgres(dataDir).clear()).isEqualTo(LeftoverPostgres.Outcome.STOPPED);
        assertThat(postmaster.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(dataDir.resolve(LeftoverPostgres.PID_FILE)).doesNotExist();
    }

    @Test
    void recognisesThePostmasterByItsDataDirArgument() throws Exception {
        Process postmaster = run(postmaster("-D", dataDir.toString()).directory(temp.toFile()));

        assertThat(new LeftoverPostgres(dataDir).isPostmasterOfDataDir(postmaster.pid()))
                .isTrue();
    }

    @Test
    void escalatesWhenASmartShutdownIsIgnored() throws Exception {
        Process postmaster = run(command(fakePostgres.toString(), "-c", "trap '' TERM; while :; do sleep 0.1; done")
                .directory(dataDir.toFile()));
        writePidFile(postmaster.pid());

        assertThat(new LeftoverPostgres(dataDir, Duration.ofSeconds(1)).clear())
                .isEqualTo(LeftoverPostgres.Outcome.STOPPED);
        assertThat(postmaster.waitFor(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void leavesAProcessAloneThatIsNotPostgres() throws Exception {
        Process other = run(command("sleep", "600").directory(dataDir.toFile()));
        writePidFile(other.pid());

        assertThat(new LeftoverPostgres(dataDir).clear()).isEqualTo(LeftoverPostgres.Outcome.STALE_PID_FILE_REMOVED);
        assertThat(other.isAlive()).isTrue();
    }

    @Test
    void leavesAlonePostgresOfAnotherDataFolder() throws Exception {
        Path otherDataDir = Files.createDirectories(temp.resolve("other-pg"));
        Process otherPostmaster = run(postmaster("-D", otherDataDir.toString()).directory(otherDataDir.toFile()));
        writePidFile(otherPostmaster.pid());

        assertThat(new LeftoverPostgres(dataDir).clear()).isEqualTo(LeftoverPostgres.Outcome.STALE_PID_FILE_REMOVED);
        assertThat(otherPostmaster.isAlive()).isTrue();
    }

    @Test
    void leavesAloneThePostmasterOfARunningApp() throws Exception {
        Process postmaster = run(postmaster().directory(dataDir.toFile()));
        writePidFile(postmaster.pid());

        try (FileChannel channel = FileChannel.open(
                        dataDir.resolve(LeftoverPostgres.APP_LOCK_FILE),
                        StandardOpenOption.CREATE,
                        StandardOpenOption.WRITE);
                FileLock heldByTheRunningApp = channel.lock()) {
            assertThatThrownBy(() -> new LeftoverPostgres(dataDir).clear())
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("in use by a running app")
                    .hasMessageContaining("Maybe");
        }
        assertThat(postmaster.isAlive()).isTrue();
        assertThat(dataDir.resolve(LeftoverPostgres.PID_FILE)).exists();
    }

    /** The fake postmaster: a shell named postgres that waits; {@code -D dir} after the script is its $0 and $1. */
    private ProcessBuilder postmaster(String... arguments) {
        List<String> command = new ArrayList<>(List.of(fakePostgres.toString(), "-c", "while :; do sleep 1; done"));
        command.addAll(List.of(arguments));
        return command(command.toArray(String[]::new));
    }

    private static ProcessBuilder command(String... command) {
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
    }

    /** Starts the process and waits until it runs its own program (right after the fork it is still a JVM). */
    private Process run(ProcessBuilder builder) throws Exception {
        Process process = builder.start();
        started.add(process);
        Path cmdline = Path.of("/proc", Long.toString(process.pid()), "cmdline");
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!Files.readString(cmdline).startsWith(builder.command().get(0) + "\0")) {
            if (System.nanoTime() > end) {
                throw new AssertionError("The test's process did not start: " + builder.command());
            }
            Thread.sleep(10);
        }
        return process;
    }

    /** As a postmaster writes it: PID, data folder, start time, port, socket folder, listen address, ... */
    private void writePidFile(long pid) throws IOException {
        Files.writeString(
                dataDir.resolve(LeftoverPostgres.PID_FILE),
                pid + "\n" + dataDir + "\n1700000000\n5432\n/tmp\nlocalhost\n  1234567     0\nready   \n");
    }
}
