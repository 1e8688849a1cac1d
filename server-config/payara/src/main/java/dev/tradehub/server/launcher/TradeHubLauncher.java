package dev.tradehub.server.launcher;

import dev.tradehub.server.payara.AsadminException;
import dev.tradehub.server.payara.PayaraServer;
import dev.tradehub.server.payara.Profile;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The run command: provisions Payara Server, starts the {@code tradehub} domain with TradeHub deployed on it (and,
 * when no Odoo is configured, the demo's Odoo emulator beside it), prints where it is and the API token, and keeps
 * running until Ctrl-C or SIGTERM, which stop the server cleanly. It comes up again the same way after any stop:
 * a clean one, {@code kill -9} of the server (this launcher then ends, saying so) or of the launcher itself (the
 * next launcher stops the server it left behind).
 *
 * <p>Start on an existing domain: when the EAR, the resource adapter and the settings are the ones the domain runs
 * (by digest), the domain is only started and its applications load by themselves; otherwise the launcher waits
 * until the start-up has finished loading the old ones, undeploys them and deploys the new ones.
 *
 * <p>Options ({@code --name value} or {@code -Dtradehub.name=value}): {@code ear}, {@code rar} (the build passes
 * them), {@code data-dir} (default {@code ./data}), {@code port-base} (8000: HTTP 8080, admin 8048),
 * {@code install-root}, {@code profile} ({@code embedded} | {@code postgresql} with {@code db.url}, {@code db.user},
 * {@code db.password}, {@code postgresql.driver}), {@code emulator.port} (8069), {@code reset} (start from empty
 * data), {@code exit-when-ready}. Every other {@code tradehub.*} setting goes to the application.
 */
public final class TradeHubLauncher {

    private static final String FIRST_ADMIN = "admin";

    private static final Duration STEP_TIMEOUT = Duration.ofMinutes(3);
    private static final Logger LOG = Logger.getLogger(TradeHubLauncher.class.getName());

    private final AtomicBoolean stopping = new AtomicBoolean();
    private volatile DataFolder data;
    private volatile DemoOdoo odoo;
    private volatile PayaraServer server;

    private TradeHubLauncher() {
    }

    public static void main(String[] args) {
        // The steps speak for themselves on the console; the libraries' own INFO lines would drown them.
        Logger.getLogger("dev.tradehub.server.payara").setLevel(Level.WARNING);
        Logger.getLogger("dev.tradehub.odoo.emulator").setLevel(Level.WARNING);
        TradeHubLauncher launcher = new TradeHubLauncher();
        int status;
        try {
            LaunchOptions options = LaunchOptions.parse(args, systemProperties());
            launcher.start(options);
            status = options.exitWhenReady() ? launcher.stopAsAsked() : launcher.superviseUntilStopped();
        } catch (LaunchFailure | AsadminException | IllegalStateException | IllegalArgumentException
                | UncheckedIOException e) {
            status = failed(e);
        }
        if (status != 0) {
            System.exit(status);
        }
    }

    private void start(LaunchOptions options) {
        long begin = System.nanoTime();
        System.out.println();
        System.out.println("  TradeHub on Payara Server " + PayaraServer.buildProperties().getProperty("payara.server.version", "")
                + " (profile " + options.profile().id() + ", data in " + options.dataDir() + ")");
        System.out.println();
        if (options.profile() == Profile.POSTGRESQL && !options.odooConfigured()) {
            throw new LaunchFailure("The postgresql profile is the production profile and needs your Odoo: set"
                    + " -Dtradehub.odoo.url=... (with tradehub.odoo.database and tradehub.odoo.api-key); the Odoo"
                    + " emulator is only for the embedded demo, orders must never be confirmed into it by mistake");
        }
        data = DataFolder.take(options.dataDir());
        Runtime.getRuntime().addShutdownHook(new Thread(this::stopAll, "tradehub-stop"));

        PayaraServer.Builder domain = domainOf(options);
        PayaraServer existing = domain.build();
        OptionalLong leftRunning = existing.pid();
        if (leftRunning.isPresent()) {
            step("Stopping the server an earlier launcher left running (pid " + leftRunning.getAsLong() + ")",
                    existing::stop);
        }
        if (options.reset()) {
            step("Starting from empty data as asked (tradehub.reset): emptying " + data.dir(), () -> {
                existing.deleteDomain();
                data.clear();
            });
        }
        FreePorts.requireFree(existing.ports(), "move all of TradeHub's ports with -Dtradehub.port-base=<base>"
                + " (now " + existing.portBase() + ": HTTP = base + 80, admin = base + 48)");
        brokerPort(options).ifPresent(port -> FreePorts.requireFree(Map.of("the broker's TCP acceptor", port),
                "choose another with -Dtradehub.broker.listen=tcp://0.0.0.0:<port>"));

        Map<String, String> settings = new TreeMap<>(options.application());
        DataFolder.KeptSecret token = data.apiToken(Optional.ofNullable(settings.get("tradehub.api.token")));
        settings.put("tradehub.api.token", token.value());
        DataFolder.KeptSecret adminPassword = data.firstAdminPassword(
                Optional.ofNullable(settings.get("tradehub.admin.password")));
        settings.put("tradehub.admin.password", adminPassword.value());
        String odooLine;
        if (options.odooConfigured()) {
            odooLine = "your Odoo at " + settings.get("tradehub.odoo.url");
        } else {
            DemoOdoo demo = stepWithResult("Starting the Odoo emulator (demo data, orders kept in "
                    + data.emulatorDir() + ")", () -> DemoOdoo.start(options.emulatorPort(), data.emulatorDir()),
                    started -> "at " + started.url());
            odoo = demo;
            if (demo.portNote() != null) {
                System.out.println("  Note: " + demo.portNote());
            }
            settings.putAll(demo.settings());
            odooLine = "the Odoo EMULATOR at " + demo.url() + " (demo data, NOT a real Odoo; -Dtradehub.odoo.url=... for yours)";
        }

        PayaraServer payara = domain.systemProperties(settings).build();
        server = payara;
        step("Provisioning Payara Server into " + payara.installDir(), payara::provision);
        boolean created = stepWithResult("Preparing domain " + payara.domainDir().getFileName() + " (port base "
                + payara.portBase() + ")", payara::createDomain, fresh -> fresh ? "created" : "reused");
        long startBegin = System.nanoTime();
        step("Starting Payara Server", payara::start);
        if (created) {
            step("Applying profile " + options.profile().id(), payara::configure);
        }
        Map<String, java.nio.file.Path> archives = new LinkedHashMap<>();
        archives.put(PayaraServer.RESOURCE_ADAPTER_NAME, options.rar());
        archives.put("tradehub", options.ear());
        if (payara.runs(archives)) {
            System.out.println("  EAR, resource adapter and settings unchanged: the domain loads its deployments");
        } else {
            redeploy(payara, archives, !created);
        }
        URI ready = payara.httpUrl("/health/ready");
        // Payara answers /health/ready before TradeHub's own checks are registered: wait for one of them.
        step("Waiting for TradeHub at " + ready, () -> payara.awaitReady(ready, STEP_TIMEOUT,
                body -> body.contains("\"database\"")));
        Duration toReady = Duration.ofNanos(System.nanoTime() - startBegin);
        Duration total = Duration.ofNanos(System.nanoTime() - begin);

        System.out.println();
        System.out.println("  TradeHub is ready:  " + payara.httpUrl("/") + "   (the portal: sign in as "
                + FIRST_ADMIN + ")");
        System.out.println("  First password:     " + switch (adminPassword.origin()) {
            case CONFIGURED -> "as configured (tradehub.admin.password)";
            case KEPT -> "kept in " + data.dir().resolve(DataFolder.ADMIN_PASSWORD_FILE)
                    + " (void once changed in the portal)";
            case GENERATED -> adminPassword.value() + "   (new, kept in "
                    + data.dir().resolve(DataFolder.ADMIN_PASSWORD_FILE) + "; change it after signing in)";
        });
        System.out.println("  Odoo:               " + odooLine);
        System.out.println("  API token:          " + token.value() + switch (token.origin()) {
            case CONFIGURED -> "   (as configured)";
            case KEPT -> "   (kept in " + data.dir().resolve(DataFolder.TOKEN_FILE) + ")";
            case GENERATED -> "   (new, kept in " + data.dir().resolve(DataFolder.TOKEN_FILE)
                    + "; -Dtradehub.api.token=... chooses one)";
        });
        System.out.println("  Try:                curl -H 'Authorization: Bearer " + token.value() + "' "
                + payara.httpUrl("/api/v1/messages"));
        System.out.println("  Health / OpenAPI:   " + payara.httpUrl("/health") + "   " + payara.httpUrl("/openapi"));
        System.out.println("  Admin console:      http://localhost:" + payara.adminPort() + "/   log: " + payara.logFile());
        System.out.printf("  Start to ready:     %s (whole command %s; %s)%n", seconds(toReady), seconds(total),
                timings(payara));
        System.out.println();
    }

    /** The deployments differ from what is asked: let the start-up finish with the old ones, then replace them. */
    private static void redeploy(PayaraServer payara, Map<String, java.nio.file.Path> archives, boolean earlierOnes) {
        if (earlierOnes) {
            step("Letting the start-up finish loading the earlier deployments",
                    () -> payara.awaitStartupFinished(STEP_TIMEOUT));
        }
        List<String> deployed = payara.applications();
        // The application depends on the adapter: the application goes first, the adapter after.
        List<String> names = List.copyOf(archives.keySet());
        for (int i = names.size() - 1; i >= 0; i--) {
            String name = names.get(i);
            if (deployed.contains(name)) {
                step("Undeploying the earlier " + name, () -> payara.undeploy(name));
            }
        }
        step("Applying the settings", payara::applySystemProperties);
        archives.forEach((name, archive) -> step("Deploying " + archive.getFileName() + " as " + name,
                () -> payara.deploy(archive, name, name.equals(PayaraServer.RESOURCE_ADAPTER_NAME)
                        ? new String[] {"--type=rar"} : new String[0])));
    }

    private static PayaraServer.Builder domainOf(LaunchOptions options) {
        PayaraServer.Builder builder = PayaraServer.builder()
                .installRoot(options.installRoot())
                .portBase(options.portBase())
                .profile(options.profile())
                .dataDir(options.dataDir())
                .commandTimeout(STEP_TIMEOUT);
        options.payaraZip().ifPresent(builder::payaraZip);
        options.postgresqlDriver().ifPresent(driver -> builder
                .variable("postgresql.driver.jar", driver.toString())
                .variable("postgresql.pool.properties", Profile.postgresqlProperties(options.dbUrl(),
                        options.dbUser(), options.dbPassword())));
        return builder;
    }

    private static Optional<Integer> brokerPort(LaunchOptions options) {
        String listen = options.application().get("tradehub.broker.listen");
        if (listen == null) {
            return Optional.empty();
        }
        int port = URI.create(listen.strip()).getPort();
        return Optional.of(port > 0 ? port : 61616);
    }

    /**
     * Waits until the server ends. Stopped by Ctrl-C or SIGTERM (the shutdown hook stops it): nothing more to do.
     * Ended otherwise (killed, out of memory): says so and ends with status 1, so that the user's next run of the
     * same command starts it again.
     */
    private int superviseUntilStopped() {
        System.out.println("  Press Ctrl-C to stop.");
        OptionalLong pid = server.pid();
        pid.stream().mapToObj(ProcessHandle::of).flatMap(Optional::stream).findFirst()
                .ifPresent(process -> process.onExit().join());
        if (stopping.get()) {
            return 0;
        }
        System.out.println();
        System.out.println("  Payara Server (pid " + pid.orElse(-1) + ") ended without being stopped (killed, or out of"
                + " memory?): see " + server.logFile() + ". The data are kept: run the same command to start again.");
        return 1;
    }

    private int stopAsAsked() {
        System.out.println("  RSS of the server: " + server.residentSetBytes() / (1024 * 1024) + " MB; stopping as asked.");
        stopAll();
        return 0;
    }

    /** Stops whatever this launcher started, once, whichever way the launcher ends. */
    private void stopAll() {
        if (!stopping.compareAndSet(false, true)) {
            return;
        }
        PayaraServer running = server;
        boolean serverUp = running != null && running.isRunning();
        if (serverUp) {
            System.out.println();
            System.out.println("  Stopping TradeHub ...");
        }
        try {
            if (serverUp) {
                running.stop();
            }
        } catch (RuntimeException e) {
            System.out.println("  Stopping the server failed: " + e.getMessage());
        } finally {
            if (odoo != null) {
                odoo.close();
            }
            if (data != null) {
                data.close();
            }
        }
        if (serverUp) {
            System.out.println("  Stopped.");
        }
    }

    private static int failed(RuntimeException e) {
        String message = String.valueOf(e.getMessage());
        int lineEnd = message.indexOf('\n');
        System.out.println();
        System.out.println("  TradeHub did not start: " + (lineEnd < 0 ? message : message.substring(0, lineEnd)));
        String detail = e instanceof LaunchFailure failure ? failure.detail()
                : e instanceof AsadminException asadmin ? asadmin.output()
                : lineEnd < 0 ? null : message.substring(lineEnd + 1);
        if (detail != null && !detail.isBlank()) {
            System.out.println("  Details:");
            detail.lines().limit(60).forEach(line -> System.out.println("    " + line));
        }
        LOG.log(Level.FINE, "start failed", e);
        return 1;
    }

    private static Map<String, String> systemProperties() {
        Map<String, String> props = new TreeMap<>();
        System.getProperties().stringPropertyNames().forEach(k -> props.put(k, System.getProperty(k)));
        return props;
    }

    private static void step(String what, Runnable action) {
        stepWithResult(what, () -> {
            action.run();
            return null;
        }, result -> null);
    }

    private static <T> T stepWithResult(String what, Supplier<T> action, java.util.function.Function<T, String> note) {
        System.out.printf("  %-78s", what + " ...");
        System.out.flush();
        long begin = System.nanoTime();
        try {
            T result = action.get();
            String said = note.apply(result);
            System.out.println(" " + (said != null ? said + ", " : "") + seconds(Duration.ofNanos(System.nanoTime() - begin)));
            return result;
        } catch (RuntimeException e) {
            System.out.println(" FAILED");
            throw e;
        }
    }

    private static String timings(PayaraServer server) {
        Map<String, Duration> t = server.timings();
        StringBuilder sb = new StringBuilder();
        for (String key : List.of("start-domain", "deploy artemis-ra", "deploy tradehub", "ready")) {
            if (t.containsKey(key)) {
                sb.append(sb.length() == 0 ? "" : ", ").append(key).append(' ').append(seconds(t.get(key)));
            }
        }
        return sb.toString();
    }

    static String seconds(Duration d) {
        return String.format("%.1f s", d.toMillis() / 1000.0);
    }
}
