package dev.tradehub.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The README's run command ({@code ./mvnw -Prun -DskipTests package}) run the way a user runs it: in a checkout of
 * its own (a copy of the sources, as a fresh clone has them), in a process group of its own so that "Ctrl-C" is a
 * SIGINT to the whole group as a terminal sends it, its console captured in a file.
 */
final class RunCommand {

    /** What a fresh clone does not have: build output, data, local settings. */
    private static final Set<String> NOT_IN_A_CLONE = Set.of("target", "data", ".git", ".idea", ".vscode");
    private static final Pattern TOKEN = Pattern.compile("API token:\\s+(\\S+)");

    private final Path checkout;
    private final List<String> settings;
    private final Path console;
    private final Process process;
    private final long startedAt = System.nanoTime();

    private RunCommand(Path checkout, List<String> settings, Path console, Process process) {
        this.checkout = checkout;
        this.settings = settings;
        this.console = console;
        this.process = process;
    }

    /** Copies the repository's sources to {@code target} as a clone has them (no build output, no data). */
    static Path freshCheckout(Path repository, Path target) {
        try {
            deleteRecursively(target);
            Files.walkFileTree(repository, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                    if (!dir.equals(repository) && NOT_IN_A_CLONE.contains(dir.getFileName().toString())) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    Files.createDirectories(target.resolve(repository.relativize(dir)));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.copy(file, target.resolve(repository.relativize(file)), StandardCopyOption.COPY_ATTRIBUTES);
                    return FileVisitResult.CONTINUE;
                }
            });
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts the run command in {@code checkout} with {@code -D} settings; its console goes to {@code console}. */
    static RunCommand start(Path checkout, Path console, String... settings) {
        // A terminal's foreground command has the default SIGINT and SIGTERM handling; a test started in the
        // background inherits them ignored (and a JVM started so never installs its Ctrl-C handler): reset them.
        List<String> command = new ArrayList<>(List.of("setsid", "env", "--default-signal=INT,TERM", "./mvnw", "-B",
                "-ntp", "-Prun", "-DskipTests", "package"));
        command.addAll(List.of(settings));
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(checkout.toFile())
                    .redirectErrorStream(true).redirectOutput(console.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            Map<String, String> env = builder.environment();
            // The Maven running this test must not leak into the user's command.
            env.keySet().removeIf(name -> name.startsWith("MAVEN_") || name.equals("JAVA_TOOL_OPTIONS"));
            env.put("JAVA_HOME", System.getProperty("java.home"));
            return new RunCommand(checkout, List.of(settings), console, builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs the same command again: same checkout, the settings of the first start plus {@code more}. */
    RunCommand again(Path nextConsole, String... more) {
        List<String> all = new ArrayList<>(settings);
        all.addAll(List.of(more));
        RunCommand next = start(checkout, nextConsole, all.toArray(String[]::new));
        return new RunCommand(checkout, settings, nextConsole, next.process);
    }

    /** Waits for a console line containing {@code text}; fails with the console's end when the command ends first. */
    String awaitLine(String text, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<String> line = output().lines().filter(l -> l.contains(text)).findFirst();
            if (line.isPresent()) {
                return line.get();
            }
            if (!process.isAlive()) {
                throw new AssertionError("The run command ended (exit " + process.exitValue() + ") before printing '"
                        + text + "':\n" + tail());
            }
            TradeHubApi.sleep(250);
        }
        throw new AssertionError("No '" + text + "' within " + timeout.toSeconds() + " s:\n" + tail());
    }

    /** Waits until the command printed that TradeHub is ready; returns the time it took since the command began. */
    Duration awaitReady(Duration timeout) {
        awaitLine("TradeHub is ready", timeout);
        return Duration.ofNanos(System.nanoTime() - startedAt);
    }

    String token() {
        Matcher m = TOKEN.matcher(awaitLine("API token:", Duration.ofSeconds(5)));
        if (!m.find()) {
            throw new AssertionError("no token in the console:\n" + tail());
        }
        return m.group(1);
    }

    /** Ctrl-C in the terminal: SIGINT to the command's whole process group. */
    void pressCtrlC() {
        signal("-INT", "-" + process.pid());
    }

    /** SIGTERM to the command itself (a service manager's stop). */
    void terminate() {
        signal("-TERM", Long.toString(process.pid()));
    }

    /** SIGKILL of the command itself (the launcher's JVM). */
    void killLauncher() {
        signal("-KILL", Long.toString(process.pid()));
    }

    private static void signal(String signal, String target) {
        try {
            Process kill = new ProcessBuilder("kill", signal, "--", target).inheritIO().start();
            if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
                throw new IllegalStateException("kill " + signal + " " + target + " failed");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Waits for the command to end; returns its exit code. */
    int awaitExit(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError("The run command did not end within " + timeout.toSeconds() + " s:\n" + tail());
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** The pid of the Payara Server the command started (from its domain), if it runs. */
    OptionalLong serverPid() {
        Path pidFile = domain().resolve("config").resolve("pid");
        try {
            if (!Files.isRegularFile(pidFile)) {
                return OptionalLong.empty();
            }
            long pid = Long.parseLong(Files.readString(pidFile).strip());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).isPresent() ? OptionalLong.of(pid)
                    : OptionalLong.empty();
        } catch (IOException | NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    /**
     * Keeps what explains a failure in {@code dir}: the console, the server's logs and, while it runs, a thread dump
     * of the server (a later step may delete the domain with its logs).
     */
    void keepEvidence(Path dir) {
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("console.log"), output());
            Path logs = domain().resolve("logs");
            if (Files.isDirectory(logs)) {
                try (var files = Files.list(logs)) {
                    for (Path log : files.filter(f -> f.getFileName().toString().startsWith("server.log")).toList()) {
                        Files.copy(log, dir.resolve(log.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            OptionalLong pid = serverPid();
            if (pid.isPresent()) {
                new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jstack").toString(),
                        Long.toString(pid.getAsLong())).redirectErrorStream(true)
                        .redirectOutput(dir.resolve("server-threads.txt").toFile()).start().waitFor(60, TimeUnit.SECONDS);
            }
            new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jstack").toString(),
                    Long.toString(process.pid())).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("launcher-threads.txt").toFile()).start().waitFor(60, TimeUnit.SECONDS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Path domain() {
        return checkout.resolve("server-config/payara/target/payara/payara6/glassfish/domains/tradehub");
    }

    /** Stops whatever is left (end of a test): the command, then a server it may have left behind. */
    void cleanUp() {
        if (process.isAlive()) {
            terminate();
            try {
                process.waitFor(2, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            process.destroyForcibly();
        }
        serverPid().ifPresent(pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly));
    }

    String output() {
        try {
            return Files.readString(console, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    String tail() {
        List<String> lines = output().lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
