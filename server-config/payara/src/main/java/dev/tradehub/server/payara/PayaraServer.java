package dev.tradehub.server.payara;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Properties;
import java.util.TreeMap;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * One Payara Server domain for TradeHub, driven with asadmin: the library behind the demo launcher
 * and the end-to-end tests.
 *
 * <pre>{@code
 * PayaraServer server = PayaraServer.builder()
 *         .installRoot(Path.of("target/payara"))      // the zip is unpacked here once
 *         .portBase(18000)                            // admin 18048, HTTP 18080
 *         .dataDir(Path.of("target/e2e-data"))
 *         .build();
 * server.prepare();                                   // provision, create domain, start, apply profile
 * server.deployResourceAdapter(rar);                  // as "artemis-ra"
 * server.deploy(ear, "tradehub");
 * server.awaitReady(server.httpUrl("/health/ready"), Duration.ofMinutes(2));
 * server.kill(); server.start();                      // crash test
 * server.stop();
 * }</pre>
 *
 * <p>The domain is a cache derived from code: it is (re)created when absent or when the rendered
 * profile differs from the one it was configured with (hash in {@code config/tradehub-profile.sha256});
 * the data folder lives outside it and survives. Each step is timed ({@link #timings()}); every
 * asadmin failure is an {@link AsadminException} carrying the command's output.
 */
public final class PayaraServer {

    /** Name under which the Artemis resource adapter is always deployed. */
    public static final String RESOURCE_ADAPTER_NAME = "artemis-ra";
    /** Default domain name. */
    public static final String DEFAULT_DOMAIN = "tradehub";
    /** Default port base: admin 8048, HTTP 8080, HTTPS 8081. */
    public static final int DEFAULT_PORT_BASE = 8000;

    private static final Logger LOG = Logger.getLogger(PayaraServer.class.getName());
    private static final String PROFILE_MARKER = "tradehub-profile.sha256";
    /** What this library deployed into the domain and the settings it applied, as digests. */
    private static final String DEPLOYMENT_RECORD = "tradehub-deployments.properties";
    private static final String SYSTEM_PROPERTIES_KEY = "system-properties";
    /**
     * The notification service is the last start-up service of Payara Server 6 and starts after the applications
     * deployed in the domain are loaded (or failed to load): its log line says the start-up is over.
     */
    static final String STARTUP_FINISHED = "Payara Notification Service bootstrapped";

    private final Path payaraZip;
    private final Path installRoot;
    private final String domain;
    private final int portBase;
    private final Profile profile;
    private final Path dataDir;
    private final Map<String, String> variables;
    private final Map<String, String> systemProperties;
    private final Duration commandTimeout;
    private final Map<String, Duration> timings = Collections.synchronizedMap(new LinkedHashMap<>());
    private final Asadmin asadmin;
    private boolean freshDomain;
    /** The length of server.log when {@link #start()} began: what this start logged comes after it. */
    private long logLengthAtStart;

    private PayaraServer(Builder b) {
        this.payaraZip = b.payaraZip != null ? b.payaraZip : defaultPayaraZip();
        this.installRoot = b.installRoot.toAbsolutePath().normalize();
        this.domain = b.domain;
        this.portBase = b.portBase;
        this.profile = b.profile;
        this.dataDir = Objects.requireNonNull(b.dataDir, "dataDir").toAbsolutePath().normalize();
        this.variables = new TreeMap<>(b.variables);
        this.variables.put("tradehub.data-dir", dataDir.toString());
        this.systemProperties = new TreeMap<>(b.systemProperties);
        this.commandTimeout = b.commandTimeout;
        this.asadmin = new Asadmin(installDir(), adminPort(), this.installRoot.resolve("asadmin-work"));
    }

    public static Builder builder() {
        return new Builder();
    }

    // --- where things are -----------------------------------------------------------------------

    /** The Payara installation ({@code <installRoot>/payara6}). */
    public Path installDir() {
        return installRoot.resolve("payara6");
    }

    public Path domainDir() {
        return installDir().resolve("glassfish").resolve("domains").resolve(domain);
    }

    public Path logFile() {
        return domainDir().resolve("logs").resolve("server.log");
    }

    public Path dataDir() {
        return dataDir;
    }

    public Profile profile() {
        return profile;
    }

    public int portBase() {
        return portBase;
    }

    public int adminPort() {
        return portBase + 48;
    }

    public int httpPort() {
        return portBase + 80;
    }

    /** {@code http://localhost:<http port><path>}. */
    public URI httpUrl(String path) {
        return URI.create("http://localhost:" + httpPort() + (path.startsWith("/") ? path : "/" + path));
    }

    public Asadmin asadmin() {
        return asadmin;
    }

    /** Runs any asadmin command against this domain and returns its output. */
    public String asadmin(String subcommand, String... args) {
        return asadmin.run(commandTimeout, subcommand, args);
    }

    /** Durations of the steps done so far, in order (e.g. {@code start-domain}, {@code deploy artemis-ra}). */
    public Map<String, Duration> timings() {
        synchronized (timings) {
            return new LinkedHashMap<>(timings);
        }
    }

    // --- life cycle -----------------------------------------------------------------------------

    /** Provision, create the domain if needed, start it, apply the profile and the system properties: ready for deployments. */
    public PayaraServer prepare() {
        provision();
        createDomain();
        start();
        configure();
        applySystemProperties();
        return this;
    }

    /** Unpacks the Payara Server zip into {@link #installDir()} unless it already is. */
    public Path provision() {
        Path marker = installRoot.resolve(".provisioned");
        String stamp = payaraZip.getFileName() + " " + size(payaraZip);
        try {
            if (Files.isRegularFile(marker) && Files.readString(marker).equals(stamp)
                    && Files.isRegularFile(asadmin.executable())) {
                return installDir();
            }
            timedIo("provision", () -> unzip(payaraZip, installRoot));
            Files.writeString(marker, stamp);
            return installDir();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not provision Payara from " + payaraZip, e);
        }
    }

    /**
     * Creates the domain with the configured port base unless a domain configured with the same
     * profile exists; a domain with another (or no finished) profile is deleted and created again.
     *
     * @return {@code true} when a domain was created
     */
    public boolean createDomain() {
        Path marker = domainDir().resolve("config").resolve(PROFILE_MARKER);
        String expected = profileHash();
        try {
            if (Files.isRegularFile(domainDir().resolve("config").resolve("domain.xml"))) {
                if (Files.isRegularFile(marker) && Files.readString(marker).strip().equals(expected)) {
                    freshDomain = false;
                    return false;
                }
                LOG.info(() -> "Domain " + domain + " was configured differently: creating it again");
                if (isRunning()) {
                    stop();
                }
                asadmin.run(commandTimeout, "delete-domain", domain);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        timed("create-domain", this::runCreateDomain);
        freshDomain = true;
        return true;
    }

    /**
     * {@code asadmin create-domain}, tried a second time after a failure: it fails now and then ("CLI130: Could
     * not create domain") when another domain is being created on the machine at the same moment.
     */
    private void runCreateDomain() {
        String[] args = {"--portbase", Integer.toString(portBase), "--nopassword=true", "--checkports=true", domain};
        try {
            asadmin.run(commandTimeout, "create-domain", args);
        } catch (AsadminException first) {
            LOG.warning(() -> "create-domain " + domain + " failed, trying once more: " + abbreviate(first.output()));
            try {
                deleteTree(domainDir());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            asadmin.run(commandTimeout, "create-domain", args);
        }
    }

    /** {@code asadmin start-domain}; timed as {@code start-domain}. */
    public void start() {
        if (isRunning()) {
            return;
        }
        logLengthAtStart = length(logFile());
        try {
            timed("start-domain", () -> asadmin.run(commandTimeout, "start-domain", domain));
        } catch (AsadminException e) {
            throw new AsadminException("Payara domain " + domain + " did not start; end of " + logFile() + ":\n"
                    + tail(logFile(), 40), e.command(), e.output());
        }
    }

    /** Applies the profile to a freshly created domain, then restarts it (as JVM options and libraries need). */
    public void configure() {
        if (freshDomain) {
            Path file = domainDir().resolve("tradehub-" + profile.id() + ".asadmin");
            try {
                Files.writeString(file, profile.render(variables));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            timed("apply profile " + profile.id(), () -> asadmin.runFile(file, commandTimeout));
            timed("restart-domain", () -> {
                stop();
                start();
            });
            try {
                Files.writeString(domainDir().resolve("config").resolve(PROFILE_MARKER), profileHash());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            freshDomain = false;
        }
    }

    /**
     * Waits until the started server has loaded the applications deployed in it (or failed to). {@code start-domain}
     * returns as soon as the admin listener answers, while Payara's start-up thread goes on loading the
     * applications: a deploy or undeploy in that time races with it (undeploying the resource adapter while the
     * start-up thread was starting its broker left a half-started broker holding the journal's lock, and every
     * later start of the demo hung).
     */
    public Duration awaitStartupFinished(Duration timeout) {
        long begin = System.nanoTime();
        long deadline = begin + timeout.toNanos();
        while (!logSinceStart().contains(STARTUP_FINISHED)) {
            if (!isRunning()) {
                throw new IllegalStateException("Payara Server stopped while it was starting; end of " + logFile()
                        + ":\n" + tail(logFile(), 40));
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Payara Server did not finish its start-up within " + timeout.toSeconds()
                        + " s; end of " + logFile() + ":\n" + tail(logFile(), 40));
            }
            sleep(200);
        }
        Duration waited = Duration.ofNanos(System.nanoTime() - begin);
        timings.put("start-up finished", waited);
        return waited;
    }

    /** What server.log received since {@link #start()} (all of it if the log was rotated meanwhile). */
    private String logSinceStart() {
        Path log = logFile();
        long length = length(log);
        long from = length >= logLengthAtStart ? logLengthAtStart : 0;
        try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(log)) {
            java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate((int) Math.min(length - from, 64L << 20));
            channel.read(buffer, from);
            return new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private static long length(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    /**
     * Whether the domain runs exactly what is asked: each archive deployed by this library under its name is the
     * same file (by digest), and the system properties applied last are the ones of this server.
     */
    public boolean runs(Map<String, Path> archivesByName) {
        DeploymentRecord record = deploymentRecord();
        return archivesByName.entrySet().stream()
                .allMatch(archive -> record.holds(archive.getKey(), DeploymentRecord.digestOf(archive.getValue())))
                && record.holds(SYSTEM_PROPERTIES_KEY, systemPropertiesDigest());
    }

    private DeploymentRecord deploymentRecord() {
        return new DeploymentRecord(domainDir().resolve("config").resolve(DEPLOYMENT_RECORD));
    }

    private String systemPropertiesDigest() {
        return DeploymentRecord.digestOf(new TreeMap<>(systemProperties).toString());
    }

    /** Deploys the Artemis resource adapter under the name {@value #RESOURCE_ADAPTER_NAME}. */
    public void deployResourceAdapter(Path rar) {
        deploy(rar, RESOURCE_ADAPTER_NAME, "--type=rar");
    }

    /** Deploys (or replaces) an archive under a name; timed as {@code deploy <name>}. */
    public void deploy(Path archive, String name, String... options) {
        if (!Files.isRegularFile(archive)) {
            throw new IllegalArgumentException("No archive to deploy at " + archive.toAbsolutePath());
        }
        List<String> args = new ArrayList<>(List.of("--force=true", "--name=" + name));
        args.addAll(List.of(options));
        args.add(archive.toAbsolutePath().toString());
        deploymentRecord().put(name, null);
        timed("deploy " + name, () -> {
            try {
                asadmin.run(commandTimeout, "deploy", args.toArray(String[]::new));
            } catch (AsadminException e) {
                if (!isAdminThreadWithoutClassLoader(e)) {
                    throw e;
                }
                // Payara's connector validation reads the admin thread's context class loader, which right after a
                // start is sometimes not set yet (the deploy fails before reading the archive): deploy once more.
                LOG.warning(() -> "deploy " + name + " met an admin thread without a class loader; deploying again");
                sleep(2_000);
                asadmin.run(commandTimeout, "deploy", args.toArray(String[]::new));
            }
        });
        deploymentRecord().put(name, DeploymentRecord.digestOf(archive));
    }

    static boolean isAdminThreadWithoutClassLoader(AsadminException e) {
        return e.output() != null && e.output().contains("Thread.getContextClassLoader()\" is null");
    }

    /** Deploys a new version of an application; timed as {@code redeploy <name>}. */
    public void redeploy(String name, Path archive) {
        timed("redeploy " + name, () -> asadmin.run(commandTimeout, "redeploy", "--name=" + name,
                archive.toAbsolutePath().toString()));
    }

    public void undeploy(String name) {
        deploymentRecord().put(name, null);
        timed("undeploy " + name, () -> asadmin.run(commandTimeout, "undeploy", name));
    }

    /** Names of the deployed applications and resource adapters. */
    public List<String> applications() {
        String out = asadmin.run(commandTimeout, "list-applications", "--long=false");
        return out.lines()
                .map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("Command ") && !l.startsWith("Nothing to list"))
                .map(l -> l.split("\\s+")[0])
                .collect(Collectors.toList());
    }

    /**
     * Polls {@code url} until it answers 200; returns the time waited (also timed as {@code ready}).
     * On timeout the exception carries the last answer and the end of server.log.
     */
    public Duration awaitReady(URI url, Duration timeout) {
        return awaitReady(url, timeout, body -> true);
    }

    /**
     * Polls {@code url} until it answers 200 with a body that {@code ready} accepts (Payara's own health endpoint
     * answers 200 before the application is loaded, with no check of the application's in it). Fails at once when
     * the server process is gone; on timeout the exception carries the last answer and the end of server.log.
     */
    public Duration awaitReady(URI url, Duration timeout, java.util.function.Predicate<String> ready) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long begin = System.nanoTime();
        long deadline = begin + timeout.toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200 && ready.test(r.body())) {
                    Duration waited = Duration.ofNanos(System.nanoTime() - begin);
                    timings.put("ready", waited);
                    return waited;
                }
                last = "HTTP " + r.statusCode() + " " + abbreviate(r.body());
            } catch (IOException e) {
                last = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for " + url, e);
            }
            if (!isRunning()) {
                throw new IllegalStateException("Payara Server stopped before " + url + " was ready; end of "
                        + logFile() + ":\n" + tail(logFile(), 40));
            }
            sleep(250);
        }
        throw new IllegalStateException(url + " not ready after " + timeout.toSeconds() + " s (last: " + last
                + "); end of " + logFile() + ":\n" + tail(logFile(), 40));
    }

    /**
     * {@code asadmin stop-domain}; nothing happens when the domain is not running. A server that does not stop
     * within the command timeout, or that stop-domain cannot reach, is killed: a stop always ends.
     */
    public void stop() {
        if (!isRunning()) {
            return;
        }
        try {
            timed("stop-domain", () -> asadmin.run(commandTimeout, "stop-domain", domain));
        } catch (AsadminException e) {
            if (isRunning()) {
                LOG.warning(() -> "stop-domain " + domain + " failed (" + e.getMessage() + "): killing the server");
                kill();
            }
        }
    }

    /** Stops the domain if it runs and deletes it; the data folder is not touched. */
    public void deleteDomain() {
        stop();
        try {
            deleteTree(domainDir());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete " + domainDir(), e);
        }
    }

    /**
     * The ports the domain listens on (its port base decides them all), by what they are for: what must be free
     * before the domain can start.
     */
    public Map<String, Integer> ports() {
        Map<String, Integer> ports = new LinkedHashMap<>();
        ports.put("HTTP", httpPort());
        ports.put("admin", adminPort());
        ports.put("HTTPS", portBase + 81);
        ports.put("IIOP", portBase + 37);
        ports.put("IIOP/SSL", portBase + 38);
        ports.put("IIOP/SSL mutual auth", portBase + 39);
        ports.put("JMX", portBase + 86);
        ports.put("OSGi shell", portBase + 66);
        ports.put("JMS (Payara's own broker)", portBase + 76);
        return ports;
    }

    /**
     * Kills the server process with SIGKILL (no shutdown, for crash tests) and waits until it is gone.
     * {@link #start()} starts it again.
     */
    public void kill() {
        OptionalLong pid = pid();
        if (pid.isEmpty()) {
            throw new IllegalStateException("Payara domain " + domain + " is not running: nothing to kill");
        }
        ProcessHandle.of(pid.getAsLong()).ifPresent(p -> {
            p.destroyForcibly();
            try {
                p.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException("Process " + pid.getAsLong() + " survived SIGKILL", e);
            }
        });
        LOG.info(() -> "Killed Payara domain " + domain + " (pid " + pid.getAsLong() + ")");
    }

    /** The server's process id (from the domain's {@code config/pid}) while it is alive. */
    public OptionalLong pid() {
        Path file = domainDir().resolve("config").resolve("pid");
        try {
            if (!Files.isRegularFile(file)) {
                return OptionalLong.empty();
            }
            long pid = Long.parseLong(Files.readString(file).strip());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).isPresent()
                    ? OptionalLong.of(pid) : OptionalLong.empty();
        } catch (IOException | NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    public boolean isRunning() {
        return pid().isPresent();
    }

    /** Resident set size of the server process in bytes (Linux {@code /proc}), or -1. */
    public long residentSetBytes() {
        OptionalLong pid = pid();
        if (pid.isEmpty()) {
            return -1;
        }
        try (Stream<String> lines = Files.lines(Path.of("/proc", Long.toString(pid.getAsLong()), "status"))) {
            return lines.filter(l -> l.startsWith("VmRSS:"))
                    .map(l -> Long.parseLong(l.replaceAll("\\D", "")) * 1024)
                    .findFirst().orElse(-1L);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    // --- internals ------------------------------------------------------------------------------

    /**
     * Sets the system properties of this server in the running domain (no restart needed; applications deployed
     * afterwards see them); removes {@code tradehub.*} ones set before and not wanted now.
     */
    public void applySystemProperties() {
        deploymentRecord().put(SYSTEM_PROPERTIES_KEY, null);
        String listed = asadmin.run(commandTimeout, "list-system-properties");
        Map<String, String> current = parseSystemProperties(listed);
        for (String name : current.keySet()) {
            if (name.startsWith("tradehub.") && !systemProperties.containsKey(name)) {
                asadmin.run(commandTimeout, "delete-system-property", name);
            }
        }
        Map<String, String> changed = new TreeMap<>(systemProperties);
        changed.entrySet().removeIf(e -> e.getValue().equals(current.get(e.getKey())));
        if (!changed.isEmpty()) {
            asadmin.run(commandTimeout, "create-system-properties", systemPropertiesArgument(changed));
        }
        deploymentRecord().put(SYSTEM_PROPERTIES_KEY, systemPropertiesDigest());
    }

    /** {@code a=1:b=x\:y} for {@code create-system-properties}. */
    static String systemPropertiesArgument(Map<String, String> properties) {
        return properties.entrySet().stream()
                .map(e -> Asadmin.escape(e.getKey()) + "=" + Asadmin.escape(e.getValue()))
                .collect(Collectors.joining(":"));
    }

    static Map<String, String> parseSystemProperties(String listOutput) {
        Map<String, String> props = new TreeMap<>();
        listOutput.lines()
                .filter(l -> l.contains("=") && !l.startsWith("Command ") && !l.startsWith("The target"))
                .forEach(l -> props.put(l.substring(0, l.indexOf('=')).strip(), l.substring(l.indexOf('=') + 1)));
        return props;
    }

    private String profileHash() {
        return DeploymentRecord.digestOf(portBase + "\n" + profile.render(variables));
    }

    private void timed(String step, Runnable action) {
        long begin = System.nanoTime();
        action.run();
        Duration took = Duration.ofNanos(System.nanoTime() - begin);
        timings.put(step, took);
        LOG.info(() -> step + " took " + took.toMillis() + " ms");
    }

    private interface IoAction {
        void run() throws IOException;
    }

    private void timedIo(String step, IoAction action) throws IOException {
        long begin = System.nanoTime();
        action.run();
        timings.put(step, Duration.ofNanos(System.nanoTime() - begin));
    }

    /** Unzips to a temporary folder beside the target, then moves {@code payara6} into place. */
    static void unzip(Path zip, Path root) throws IOException {
        Files.createDirectories(root);
        Path tmp = Files.createTempDirectory(root, ".unzip-");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                Path target = tmp.resolve(e.getName()).normalize();
                if (!target.startsWith(tmp)) {
                    throw new IOException("Zip entry outside the target: " + e.getName());
                }
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                    Path parent = target.getParent();
                    if (parent != null && parent.getFileName().toString().equals("bin")) {
                        target.toFile().setExecutable(true, false);
                    }
                }
            }
        }
        Path unpacked = tmp.resolve("payara6");
        if (!Files.isDirectory(unpacked)) {
            throw new IOException(zip + " has no payara6/ folder");
        }
        Path install = root.resolve("payara6");
        deleteTree(install);
        Files.move(unpacked, install);
        deleteTree(tmp);
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).collect(Collectors.toList())) {
                Files.delete(p);
            }
        }
    }

    /** The Payara Server zip: {@code -Dtradehub.payara.zip}, else the one in the local Maven repository. */
    public static Path defaultPayaraZip() {
        String configured = System.getProperty("tradehub.payara.zip");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        String version = buildProperties().getProperty("payara.server.version");
        String repo = System.getProperty("maven.repo.local",
                Path.of(System.getProperty("user.home"), ".m2", "repository").toString());
        return Path.of(repo, "fish", "payara", "distributions", "payara", version, "payara-" + version + ".zip");
    }

    /** Versions the module was built with ({@code payara-server.properties}, filtered by Maven). */
    public static Properties buildProperties() {
        Properties props = new Properties();
        try (InputStream in = PayaraServer.class.getResourceAsStream("payara-server.properties")) {
            if (in != null) {
                props.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return props;
    }

    static String tail(Path file, int lines) {
        try {
            if (!Files.isRegularFile(file)) {
                return "(no " + file + ")";
            }
            List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(unreadable: " + e + ")";
        }
    }

    private static String abbreviate(String s) {
        String flat = s == null ? "" : s.replaceAll("\\s+", " ").strip();
        return flat.length() > 200 ? flat.substring(0, 200) + "..." : flat;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException("No Payara Server zip at " + file
                    + " (build server-config/payara with Maven or pass -Dtradehub.payara.zip)", e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Settings of a {@link PayaraServer}; only {@link #dataDir(Path)} is required. */
    public static final class Builder {
        private Path payaraZip;
        private Path installRoot = Path.of("target", "payara");
        private String domain = DEFAULT_DOMAIN;
        private int portBase = DEFAULT_PORT_BASE;
        private Profile profile = Profile.EMBEDDED;
        private Path dataDir;
        private final Map<String, String> variables = new TreeMap<>();
        private final Map<String, String> systemProperties = new TreeMap<>();
        private Duration commandTimeout = Duration.ofMinutes(5);

        private Builder() {
        }

        /** The Payara Server zip (default {@link PayaraServer#defaultPayaraZip()}). */
        public Builder payaraZip(Path zip) {
            this.payaraZip = zip;
            return this;
        }

        /** Folder the zip is unpacked into (default {@code target/payara}). */
        public Builder installRoot(Path dir) {
            this.installRoot = dir;
            return this;
        }

        public Builder domain(String name) {
            this.domain = name;
            return this;
        }

        /** Port base (default 8000): admin = base + 48, HTTP = base + 80, HTTPS = base + 81. */
        public Builder portBase(int base) {
            if (base < 1024 || base > 65000) {
                throw new IllegalArgumentException("port base out of range: " + base);
            }
            this.portBase = base;
            return this;
        }

        public Builder profile(Profile p) {
            this.profile = p;
            return this;
        }

        /** The folder that survives restarts ({@code tradehub.data-dir}). */
        public Builder dataDir(Path dir) {
            this.dataDir = dir;
            return this;
        }

        /** A variable of the profile's command files (e.g. {@code postgresql.driver.jar}). */
        public Builder variable(String name, String value) {
            variables.put(name, value);
            return this;
        }

        /** A system property set in the domain at each start (e.g. {@code tradehub.api.token}). */
        public Builder systemProperty(String name, String value) {
            systemProperties.put(name, value);
            return this;
        }

        public Builder systemProperties(Map<String, String> props) {
            systemProperties.putAll(props);
            return this;
        }

        /** Timeout of one asadmin command (default 5 minutes). */
        public Builder commandTimeout(Duration timeout) {
            this.commandTimeout = timeout;
            return this;
        }

        public PayaraServer build() {
            return new PayaraServer(this);
        }
    }
}
