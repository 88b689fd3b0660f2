package city.sanitation.app;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The app as a process of its own (the executable jar, built in the package phase), as it runs on a node of a
 * cluster: killed with SIGKILL it leaves what a crashed machine leaves. Its output goes to a log file, so that a failure
 * can be read.
 */
public final class AppProcess implements AutoCloseable {

    /** Three JVMs starting at once on two cores shared with other builds took 4 to more than 8 minutes. */
    private static final Duration START = Duration.ofMinutes(15);

    private final String name;
    private final Process process;
    private final Path log;
    private final String baseUrl;

    private AppProcess(String name, Process process, Path log, String baseUrl) {
        this.name = name;
        this.process = process;
        this.log = log;
        this.baseUrl = baseUrl;
    }

    /**
     * Starts the jar on a free port with {@code args} ({@code --property=value}) and {@code heap} as its -Xmx; its
     * output goes to {@code log}.
     */
    public static AppProcess start(String name, Path log, String heap, List<String> args) throws IOException {
        return start(name, log, List.of("-Xmx" + heap), args);
    }

    /** {@link #start(String, Path, String, List)} with the JVM's options ({@code -Xmx...}) given whole. */
    public static AppProcess start(String name, Path log, List<String> jvmOptions, List<String> args)
            throws IOException {
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar().toString(), "--server.port=" + port));
        command.addAll(args);
        Files.createDirectories(log.toAbsolutePath().getParent());
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        return new AppProcess(name, process, log, "http://localhost:" + port);
    }

    /** The executable jar, from the module's folder (Failsafe) or the repository's root (exec:java). */
    static Path jar() {
        for (Path candidate : List.of(
                Path.of("target", "scheduler-app.jar"), Path.of("scheduler-app", "target", "scheduler-app.jar"))) {
            if (Files.isRegularFile(candidate)) {
                return candidate.toAbsolutePath();
            }
        }
        throw new IllegalStateException("The executable jar (scheduler-app/target/scheduler-app.jar) is not built.\n"
                + "Maybe run mvn -pl solver,scheduler-app -am package -DskipTests first; Failsafe runs after package.");
    }

    public String name() {
        return name;
    }

    public String baseUrl() {
        return baseUrl;
    }

    public Path log() {
        return log;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Waits until the app answers ready, failing at once when the process ends. */
    public AppProcess awaitReady() {
        BrowserSession anonymous = new BrowserSession(baseUrl);
        await(name + " ready")
                .atMost(START)
                .pollInterval(Duration.ofMillis(500))
                .failFast(name + " exited; see " + log, () -> !process.isAlive())
                .until(() -> {
                    try {
                        HttpResponse<String> ready = anonymous.get("/actuator/health/readiness");
                        return ready.statusCode() == 200;
                    } catch (IOException notListeningYet) {
                        return false;
                    }
                });
        return this;
    }

    /** SIGKILL, as the out-of-memory killer or a machine's crash: no shutdown hook, no graceful stop. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM, the app's graceful shutdown, then SIGKILL when it takes longer than {@code patience}. */
    public void stop(Duration patience) throws InterruptedException {
        stopAll(List.of(this), patience);
    }

    /** {@link #stop} for several at once, so that they shut down side by side. */
    public static void stopAll(List<AppProcess> apps, Duration patience) throws InterruptedException {
        apps.forEach(app -> app.process.destroy());
        long end = System.nanoTime() + patience.toNanos();
        for (AppProcess app : apps) {
            if (!app.process.waitFor(Math.max(0, end - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                app.kill();
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
