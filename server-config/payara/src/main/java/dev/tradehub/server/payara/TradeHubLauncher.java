package dev.tradehub.server.payara;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The demo: one command provisions Payara Server, starts the {@code tradehub} domain with the
 * {@code embedded} profile, deploys {@code artemis-ra} and the TradeHub EAR, prints the URL, the API
 * token and the time to ready, and keeps running until Ctrl-C (which stops the domain).
 *
 * <p>Options ({@code --name value} or system property {@code -Dtradehub.name=value}):
 * <ul>
 * <li>{@code --ear} / {@code tradehub.ear}: the EAR (default {@code tradehub.default.ear}, which the
 *     {@code run} build sets to {@code ear/target/tradehub.ear})</li>
 * <li>{@code --rar} / {@code tradehub.rar}: the Artemis resource adapter (required; the build passes it)</li>
 * <li>{@code --data-dir} / {@code tradehub.data-dir}: data folder (default {@code ./data})</li>
 * <li>{@code --port-base} / {@code tradehub.port-base}: default 8000 (HTTP 8080, admin 8048)</li>
 * <li>{@code --install-root} / {@code tradehub.install-root}: where Payara is unpacked (default {@code target/payara})</li>
 * <li>{@code --profile} / {@code tradehub.profile}: {@code embedded} (default) or {@code postgresql}
 *     (with {@code tradehub.db.url}, {@code tradehub.db.user}, {@code tradehub.db.password},
 *     {@code tradehub.postgresql.driver} = path of the driver jar)</li>
 * <li>{@code --ready-path} / {@code tradehub.ready-path}: readiness URL path (default {@code /health/ready})</li>
 * <li>{@code --exit-when-ready}: stop the domain and exit once ready (smoke test)</li>
 * </ul>
 * Every other {@code tradehub.*} system property (e.g. {@code tradehub.odoo.url}) is passed to the
 * server as a system property; {@code tradehub.api.token} is generated when not set.
 */
public final class TradeHubLauncher {

    /** Launcher options: not passed through to the server. */
    static final Set<String> OWN_KEYS = Set.of("tradehub.ear", "tradehub.default.ear", "tradehub.rar", "tradehub.data-dir",
            "tradehub.port-base", "tradehub.install-root", "tradehub.profile", "tradehub.ready-path",
            "tradehub.payara.zip", "tradehub.postgresql.driver", "tradehub.db.url", "tradehub.db.user",
            "tradehub.db.password", "tradehub.exit-when-ready");

    private TradeHubLauncher() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args, System.getProperties().stringPropertyNames().stream()
                .collect(TreeMap::new, (m, k) -> m.put(k, System.getProperty(k)), Map::putAll));
        Logger.getLogger(PayaraServer.class.getName()).setLevel(Level.WARNING);
        try {
            run(options);
        } catch (AsadminException | IllegalStateException | IllegalArgumentException e) {
            System.err.println();
            System.err.println("TradeHub did not start: " + e.getMessage());
            System.exit(1);
        }
    }

    static void run(Map<String, String> o) throws InterruptedException {
        if (!o.containsKey("tradehub.ear") && o.containsKey("tradehub.default.ear")) {
            o.put("tradehub.ear", o.get("tradehub.default.ear"));
        }
        Path ear = requiredFile(o, "tradehub.ear", "the TradeHub EAR (build it with ./mvnw -Prun -DskipTests package)");
        Path rar = requiredFile(o, "tradehub.rar", "the Artemis resource adapter tradehub-artemis-ra.rar");
        Path dataDir = Path.of(o.getOrDefault("tradehub.data-dir", "data")).toAbsolutePath().normalize();
        Profile profile = Profile.of(o.getOrDefault("tradehub.profile", "embedded"));

        Map<String, String> passThrough = passThrough(o);
        boolean generated = !passThrough.containsKey("tradehub.api.token");
        if (generated) {
            passThrough.put("tradehub.api.token", newToken());
        }

        PayaraServer.Builder builder = PayaraServer.builder()
                .installRoot(Path.of(o.getOrDefault("tradehub.install-root", "target/payara")))
                .portBase(Integer.parseInt(o.getOrDefault("tradehub.port-base", Integer.toString(PayaraServer.DEFAULT_PORT_BASE))))
                .profile(profile)
                .dataDir(dataDir)
                .systemProperties(passThrough);
        if (o.containsKey("tradehub.payara.zip")) {
            builder.payaraZip(Path.of(o.get("tradehub.payara.zip")));
        }
        if (profile == Profile.POSTGRESQL) {
            builder.variable("postgresql.driver.jar", requiredFile(o, "tradehub.postgresql.driver", "the PostgreSQL JDBC driver jar").toString())
                    .variable("postgresql.pool.properties", Profile.postgresqlProperties(
                            o.getOrDefault("tradehub.db.url", "jdbc:postgresql://127.0.0.1:5432/tradehub"),
                            o.getOrDefault("tradehub.db.user", "postgres"),
                            o.getOrDefault("tradehub.db.password", "")));
        }
        PayaraServer server = builder.build();

        System.out.println();
        System.out.println("  TradeHub demo on Payara Server " + PayaraServer.buildProperties().getProperty("payara.server.version", "")
                + " (profile " + profile.id() + ", data in " + dataDir + ")");
        System.out.println();
        long begin = System.nanoTime();
        step("Provisioning Payara Server into " + server.installDir(), () -> {
            server.provision();
        });
        stepWithNote("Preparing domain tradehub (port base " + server.portBase() + ")",
                () -> server.createDomain() ? "created" : "reused");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println();
            System.out.println("  Stopping TradeHub ...");
            try {
                server.stop();
                System.out.println("  Stopped.");
            } catch (RuntimeException e) {
                System.out.println("  Stop failed: " + e.getMessage());
            }
        }, "tradehub-stop"));
        long startBegin = System.nanoTime();
        step("Starting Payara Server", server::start);
        step("Applying profile " + profile.id() + " and settings", server::configure);
        if (server.applications().contains("tradehub")) {
            // The previous run's EAR depends on the adapter: take it away before replacing the adapter.
            step("Undeploying the previous TradeHub EAR", () -> server.undeploy("tradehub"));
        }
        step("Deploying the Artemis resource adapter as artemis-ra", () -> server.deployResourceAdapter(rar));
        step("Deploying " + ear.getFileName(), () -> server.deploy(ear, "tradehub"));
        String readyPath = o.getOrDefault("tradehub.ready-path", "/health/ready");
        step("Waiting for " + server.httpUrl(readyPath), () -> {
            server.awaitReady(server.httpUrl(readyPath), Duration.ofMinutes(3));
        });
        Duration toReady = Duration.ofNanos(System.nanoTime() - startBegin);
        Duration total = Duration.ofNanos(System.nanoTime() - begin);

        String token = passThrough.get("tradehub.api.token");
        System.out.println();
        System.out.println("  TradeHub is ready:  " + server.httpUrl("/"));
        System.out.println("  API token:          " + token + (generated ? "   (generated; set -Dtradehub.api.token=... to choose one)" : ""));
        System.out.println("  Try:                curl -H 'Authorization: Bearer " + token + "' " + server.httpUrl("/api/v1/messages"));
        System.out.println("  Health / OpenAPI:   " + server.httpUrl("/health") + "   " + server.httpUrl("/openapi"));
        System.out.println("  Admin console:      http://localhost:" + server.adminPort() + "/   log: " + server.logFile());
        System.out.printf("  Start to ready:     %s (whole command %s; %s)%n", seconds(toReady), seconds(total), timings(server));
        System.out.println();
        if (Boolean.parseBoolean(o.getOrDefault("tradehub.exit-when-ready", "false"))) {
            System.out.println("  RSS of the server: " + server.residentSetBytes() / (1024 * 1024) + " MB; stopping as asked.");
            server.stop();
            return;
        }
        System.out.println("  Press Ctrl-C to stop.");
        new CountDownLatch(1).await();
    }

    /** Command-line {@code --name value} (or {@code --flag}) merged over {@code tradehub.*} system properties. */
    static Map<String, String> options(String[] args, Map<String, String> systemProperties) {
        Map<String, String> o = new TreeMap<>();
        systemProperties.forEach((k, v) -> {
            if (k.startsWith("tradehub.") && v != null && !v.isBlank()) {
                o.put(k, v);
            }
        });
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("--")) {
                throw new IllegalArgumentException("Unexpected argument '" + a + "' (options are --name value)");
            }
            String key = "tradehub." + a.substring(2);
            if (key.equals("tradehub.exit-when-ready")) {
                o.put(key, "true");
            } else if (i + 1 < args.length) {
                o.put(key, args[++i]);
            } else {
                throw new IllegalArgumentException("Option " + a + " needs a value");
            }
        }
        return o;
    }

    /** The {@code tradehub.*} options that are settings of the application, not of the launcher. */
    static Map<String, String> passThrough(Map<String, String> options) {
        Map<String, String> props = new TreeMap<>();
        options.forEach((k, v) -> {
            if (k.startsWith("tradehub.") && !OWN_KEYS.contains(k)) {
                props.put(k, v);
            }
        });
        return props;
    }

    static String newToken() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static Path requiredFile(Map<String, String> o, String key, String what) {
        String value = o.get(key);
        if (value == null) {
            throw new IllegalArgumentException("Missing --" + key.substring("tradehub.".length()) + " <path>: " + what);
        }
        Path path = Path.of(value).toAbsolutePath().normalize();
        if (!Files.isRegularFile(path)) {
            throw new IllegalArgumentException("No file at " + path + " (" + what + ")");
        }
        return path;
    }

    private static void step(String what, Runnable action) {
        stepWithNote(what, () -> {
            action.run();
            return null;
        });
    }

    private static void stepWithNote(String what, Supplier<String> action) {
        System.out.printf("  %-72s", what + " ...");
        System.out.flush();
        long begin = System.nanoTime();
        try {
            String result = action.get();
            String note = result != null ? result + ", " : "";
            System.out.println(" " + note + seconds(Duration.ofNanos(System.nanoTime() - begin)));
        } catch (RuntimeException e) {
            System.out.println(" FAILED");
            throw e;
        }
    }

    private static String timings(PayaraServer server) {
        Map<String, Duration> t = new LinkedHashMap<>(server.timings());
        StringBuilder sb = new StringBuilder();
        for (String key : List.of("start-domain", "deploy artemis-ra", "deploy tradehub")) {
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
