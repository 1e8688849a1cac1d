package dev.tradehub.server.payara;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Runs {@code bin/asadmin} of a Payara installation against one domain's admin port and captures
 * its output (stdout and stderr, through a file so a server started by it can never hold our pipe).
 * Program options always used: {@code --user admin --interactive=false} (domains are created with
 * {@code --nopassword}), {@code --port <admin port>} for remote commands.
 */
public final class Asadmin {

    /** Local commands: they act on the domain folder, not through the admin port. */
    private static final List<String> LOCAL_COMMANDS = List.of(
            "create-domain", "delete-domain", "start-domain", "stop-domain", "restart-domain", "list-domains",
            "version");
    private static final Pattern FAILED_IN_MULTIMODE = Pattern.compile("(?m)^Command (\\S+) failed\\.");
    /**
     * {@code start-domain} runs in a session of its own where {@code setsid} exists, so that the server it forks is not
     * in the terminal's process group: a Ctrl-C of the launcher then reaches only the launcher, which stops the server
     * cleanly, instead of interrupting the server in the middle of its work.
     */
    private static final Optional<Path> SETSID = Stream.of("/usr/bin/setsid", "/bin/setsid").map(Path::of)
            .filter(Files::isExecutable).findFirst();

    private final Path installDir;
    private final int adminPort;
    private final Path workDir;

    /**
     * @param installDir the Payara installation ({@code payara6}, holding {@code bin/asadmin})
     * @param adminPort  the domain's admin port (port base + 48)
     * @param workDir    where output files are written
     */
    public Asadmin(Path installDir, int adminPort, Path workDir) {
        this.installDir = installDir;
        this.adminPort = adminPort;
        this.workDir = workDir;
    }

    public Path executable() {
        return installDir.resolve("bin").resolve(isWindows() ? "asadmin.bat" : "asadmin");
    }

    /** The full command line of {@code asadmin <subcommand> <args>}. */
    public List<String> commandLine(String subcommand, List<String> args) {
        List<String> cmd = new ArrayList<>();
        if (subcommand.equals("start-domain")) {
            SETSID.ifPresent(setsid -> cmd.add(setsid.toString()));
        }
        cmd.add(executable().toString());
        cmd.add("--user");
        cmd.add("admin");
        cmd.add("--interactive=false");
        if (!LOCAL_COMMANDS.contains(subcommand)) {
            cmd.add("--port");
            cmd.add(Integer.toString(adminPort));
        }
        cmd.add(subcommand);
        cmd.addAll(args);
        return cmd;
    }

    /** Runs a command; throws {@link AsadminException} with the output on a non-zero exit or timeout. */
    public String run(Duration timeout, String subcommand, String... args) {
        List<String> cmd = commandLine(subcommand, List.of(args));
        Result result = execute(cmd, timeout);
        if (result.exitCode != 0) {
            throw new AsadminException("asadmin " + subcommand + " failed (exit code " + result.exitCode + ")",
                    cmd, result.output);
        }
        return result.output;
    }

    /** Runs a command and returns its exit code and output without judging them. */
    public Result tryRun(Duration timeout, String subcommand, String... args) {
        return execute(commandLine(subcommand, List.of(args)), timeout);
    }

    /**
     * Runs a command file with {@code asadmin multimode --file}. Multimode exits 0 even when a
     * command fails, so its output is checked for {@code Command x failed.} lines too.
     */
    public String runFile(Path commandFile, Duration timeout) {
        List<String> cmd = commandLine("multimode", List.of("--file", commandFile.toString()));
        Result result = execute(cmd, timeout);
        List<String> failed = failedCommands(result.output);
        if (result.exitCode != 0 || !failed.isEmpty()) {
            throw new AsadminException("asadmin command file " + commandFile.getFileName() + " failed"
                    + (failed.isEmpty() ? "" : ": " + String.join(", ", failed)), cmd, result.output);
        }
        return result.output;
    }

    /** Names of the commands a multimode output reports as failed. */
    static List<String> failedCommands(String output) {
        List<String> failed = new ArrayList<>();
        Matcher m = FAILED_IN_MULTIMODE.matcher(output);
        while (m.find()) {
            failed.add(m.group(1));
        }
        return failed;
    }

    private Result execute(List<String> cmd, Duration timeout) {
        try {
            Files.createDirectories(workDir);
            Path out = Files.createTempFile(workDir, "asadmin-", ".log");
            try {
                ProcessBuilder pb = new ProcessBuilder(cmd)
                        .directory(workDir.toFile())
                        .redirectErrorStream(true)
                        .redirectOutput(out.toFile())
                        .redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
                // Run Payara on the JDK that runs us (asadmin honours AS_JAVA).
                pb.environment().put("AS_JAVA", System.getProperty("java.home"));
                pb.environment().put("TERM", "dumb");
                Process process = pb.start();
                if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly();
                    throw new AsadminException("asadmin timed out after " + timeout.toSeconds() + " s", cmd,
                            Files.readString(out, StandardCharsets.UTF_8));
                }
                return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(out);
            }
        } catch (IOException e) {
            throw new AsadminException("asadmin could not be run: " + e, cmd, "");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AsadminException("interrupted while waiting for asadmin", cmd, "");
        }
    }

    /** Escapes a value for asadmin's option syntax on a command line ({@code :} separates items). */
    public static String escape(String value) {
        return value.replace("\\", "\\\\").replace(":", "\\:").replace("=", "\\=");
    }

    private static java.io.File nullDevice() {
        return new java.io.File(isWindows() ? "NUL" : "/dev/null");
    }

    private static boolean isWindows() {
        return System.getProperty("os.name", "").toLowerCase().startsWith("windows");
    }

    /** Exit code and output of one asadmin run. */
    public record Result(int exitCode, String output) {
    }
}
