package dev.tradehub.server.launcher;

import dev.tradehub.server.payara.PayaraServer;
import dev.tradehub.server.payara.Profile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * What one run of the launcher is asked to do: {@code --name value} arguments over {@code -Dtradehub.name=value}
 * system properties. The launcher's own options are listed in {@link #OWN_KEYS}; every other {@code tradehub.*}
 * setting (e.g. {@code tradehub.odoo.url}) belongs to the application and is passed to the server.
 */
record LaunchOptions(
        Path ear,
        Path rar,
        Path dataDir,
        int portBase,
        Path installRoot,
        Optional<Path> payaraZip,
        Profile profile,
        boolean reset,
        boolean exitWhenReady,
        int emulatorPort,
        Optional<Path> postgresqlDriver,
        String dbUrl,
        String dbUser,
        String dbPassword,
        Map<String, String> application) {

    /** Launcher options: not passed through to the server. */
    static final Set<String> OWN_KEYS = Set.of("tradehub.ear", "tradehub.default.ear", "tradehub.rar",
            "tradehub.data-dir", "tradehub.port-base", "tradehub.install-root", "tradehub.profile",
            "tradehub.payara.zip", "tradehub.postgresql.driver", "tradehub.db.url", "tradehub.db.user",
            "tradehub.db.password", "tradehub.exit-when-ready", "tradehub.reset", "tradehub.emulator.port");

    static LaunchOptions parse(String[] args, Map<String, String> systemProperties) {
        Map<String, String> o = options(args, systemProperties);
        if (!o.containsKey("tradehub.ear") && o.containsKey("tradehub.default.ear")) {
            o.put("tradehub.ear", o.get("tradehub.default.ear"));
        }
        Profile profile = Profile.of(o.getOrDefault("tradehub.profile", "embedded"));
        return new LaunchOptions(
                requiredFile(o, "tradehub.ear", "the TradeHub EAR (build it with ./mvnw -Prun -DskipTests package)"),
                requiredFile(o, "tradehub.rar", "the Artemis resource adapter tradehub-artemis-ra.rar"),
                Path.of(o.getOrDefault("tradehub.data-dir", "data")).toAbsolutePath().normalize(),
                integer(o, "tradehub.port-base", PayaraServer.DEFAULT_PORT_BASE),
                Path.of(o.getOrDefault("tradehub.install-root", "target/payara")),
                Optional.ofNullable(o.get("tradehub.payara.zip")).map(Path::of),
                profile,
                Boolean.parseBoolean(o.getOrDefault("tradehub.reset", "false")),
                Boolean.parseBoolean(o.getOrDefault("tradehub.exit-when-ready", "false")),
                integer(o, "tradehub.emulator.port", DemoOdoo.DEFAULT_PORT),
                profile == Profile.POSTGRESQL
                        ? Optional.of(requiredFile(o, "tradehub.postgresql.driver", "the PostgreSQL JDBC driver jar"))
                        : Optional.empty(),
                o.getOrDefault("tradehub.db.url", "jdbc:postgresql://127.0.0.1:5432/tradehub"),
                o.getOrDefault("tradehub.db.user", "postgres"),
                o.getOrDefault("tradehub.db.password", ""),
                passThrough(o));
    }

    /** Whether the user named an Odoo of their own. */
    boolean odooConfigured() {
        return application.containsKey("tradehub.odoo.url");
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
                throw new LaunchFailure("Unexpected argument '" + a + "' (options are --name value)");
            }
            String key = "tradehub." + a.substring(2);
            if (key.equals("tradehub.exit-when-ready") || key.equals("tradehub.reset")) {
                o.put(key, "true");
            } else if (i + 1 < args.length) {
                o.put(key, args[++i]);
            } else {
                throw new LaunchFailure("Option " + a + " needs a value");
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

    private static int integer(Map<String, String> o, String key, int fallback) {
        String value = o.get(key);
        try {
            return value == null ? fallback : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new LaunchFailure(key + " must be a number, not '" + value + "'");
        }
    }

    private static Path requiredFile(Map<String, String> o, String key, String what) {
        String value = o.get(key);
        if (value == null) {
            throw new LaunchFailure("Missing -D" + key + "=<path>: " + what);
        }
        Path path = Path.of(value).toAbsolutePath().normalize();
        if (!Files.isRegularFile(path)) {
            throw new LaunchFailure("No file at " + path + " (" + what + ")");
        }
        return path;
    }
}
