package dev.tradehub.bench.server;

import dev.tradehub.odoo.emulator.OdooEmulator;
import dev.tradehub.server.payara.PayaraServer;
import dev.tradehub.server.payara.Profile;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/** One TradeHub on Payara Server (a domain of its own, fresh data) for the duration of a benchmark part. */
public final class BenchServer implements AutoCloseable {

    /** The artifacts deployed, resolved by Maven and passed as system properties. */
    public record Deployables(Path ear, Path rar, Path payaraZip, Path postgresqlDriver, Path partnerSeed) {

        public static Deployables fromSystemProperties() {
            return new Deployables(path("bench.ear"), path("bench.rar"), path("bench.payara-zip"),
                    path("bench.postgresql-driver"), path("bench.partner-seed"));
        }

        private static Path path(String property) {
            String value = System.getProperty(property);
            if (value == null || value.isBlank() || value.startsWith("${")) {
                throw new IllegalStateException("System property " + property + " is not set: run the suite with"
                        + " the bench profile (see docs/benchmarks.md)");
            }
            return Path.of(value).toAbsolutePath();
        }
    }

    private static final String TOKEN = "bench-" + Long.toHexString(System.nanoTime());

    private final PayaraServer server;
    private final Duration firstStartToReady;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private BenchServer(PayaraServer server, Duration firstStartToReady) {
        this.server = server;
        this.firstStartToReady = firstStartToReady;
    }

    /**
     * Starts a TradeHub with a new data folder: provisions Payara once under {@code work/payara}, creates a new
     * domain {@code bench-<name>}, deploys the RAR and the EAR and waits for {@code /health/ready}.
     */
    public static BenchServer start(String name, int portBase, Profile profile, Map<String, String> variables,
            OdooEmulator odoo, Path work, Deployables deployables) {
        return start(name, portBase, profile, variables, Map.of(), odoo, work, deployables);
    }

    /** As above, with further {@code tradehub.*} settings as system properties of the server. */
    public static BenchServer start(String name, int portBase, Profile profile, Map<String, String> variables,
            Map<String, String> settings, OdooEmulator odoo, Path work, Deployables deployables) {
        Path data = work.resolve(name + "-data");
        deleteRecursively(data);
        // A fresh domain every time: a reused one starts with the last run's deployments, and redeploying the
        // resource adapter under the deployed application can hang (seen: "deploy artemis-ra" timed out).
        deleteRecursively(work.resolve("payara/payara6/glassfish/domains/bench-" + name));
        PayaraServer.Builder builder = PayaraServer.builder()
                .payaraZip(deployables.payaraZip())
                .installRoot(work.resolve("payara"))
                .domain("bench-" + name)
                .portBase(portBase)
                .profile(profile)
                .dataDir(data)
                .commandTimeout(Duration.ofMinutes(5))
                .systemProperty("tradehub.odoo.url", odoo.url())
                .systemProperty("tradehub.odoo.database", odoo.database())
                .systemProperty("tradehub.odoo.api-key", odoo.apiKey())
                .systemProperty("tradehub.odoo.protocol", "json2")
                .systemProperty("tradehub.api.token", TOKEN)
                .systemProperty("tradehub.partners.seed-file", deployables.partnerSeed().toString());
        variables.forEach(builder::variable);
        settings.forEach(builder::systemProperty);
        PayaraServer server = builder.build();
        long begin = System.nanoTime();
        try {
            server.prepare();
            server.deployResourceAdapter(deployables.rar());
            server.deploy(deployables.ear(), "tradehub");
            server.awaitReady(server.httpUrl("/health/ready"), Duration.ofMinutes(5));
        } catch (RuntimeException e) {
            server.stop();
            throw e;
        }
        BenchServer started = new BenchServer(server, Duration.ofNanos(System.nanoTime() - begin));
        try {
            started.awaitApi(Duration.ofMinutes(5));
        } catch (RuntimeException e) {
            server.stop();
            throw e;
        }
        return started;
    }

    /** From {@code prepare()} to ready, including provisioning, domain creation and deployment when done. */
    public Duration firstStartToReady() {
        return firstStartToReady;
    }

    /** Payara's own step timings. */
    public Map<String, Duration> timings() {
        return new LinkedHashMap<>(server.timings());
    }

    /** From {@code start-domain} to {@code /health/ready} UP, and to the first 200 of the messages API. */
    public record StartTimes(Duration ready, Duration apiServing) {
    }

    /** Stops the domain, starts it again and waits for ready, then for the API: the start of an installed TradeHub. */
    public StartTimes restart() {
        server.stop();
        long begin = System.nanoTime();
        server.start();
        server.awaitReady(server.httpUrl("/health/ready"), Duration.ofMinutes(5));
        Duration ready = Duration.ofNanos(System.nanoTime() - begin);
        awaitApi(Duration.ofMinutes(5));
        return new StartTimes(ready, Duration.ofNanos(System.nanoTime() - begin));
    }

    /**
     * Waits until {@code GET /api/v1/messages?size=1} answers 200: after a restart {@code /health/ready} can be UP
     * while the web module is still loading (the API answers 500 meanwhile).
     */
    public void awaitApi(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        RuntimeException last = null;
        while (System.nanoTime() < deadline) {
            try {
                storedMessages();
                return;
            } catch (RuntimeException e) {
                last = e;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("The API did not answer within " + timeout, last);
    }

    public long residentSetBytes() {
        return server.residentSetBytes();
    }

    /** CPU time (user + system) the server process used so far, in seconds ({@code /proc/<pid>/stat}). */
    public double cpuSeconds() {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(server.pid().orElseThrow()), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0; // USER_HZ
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    public URI url(String path) {
        return server.httpUrl(path);
    }

    public String token() {
        return TOKEN;
    }

    public Path logFile() {
        return server.logFile();
    }

    /** {@code total} of {@code GET /api/v1/messages?size=1}: every message stored. */
    public long storedMessages() {
        return getJson("/api/v1/messages?size=1").getJsonNumber("total").longValue();
    }

    /** Messages in a status (e.g. {@code COMPLETED}), as the search counts them. */
    public long messagesInStatus(String status) {
        return getJson("/api/v1/messages?size=1&status=" + status).getJsonNumber("total").longValue();
    }

    private JsonObject getJson(String path) {
        try {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(url(path))
                    .header("Authorization", "Bearer " + TOKEN).timeout(Duration.ofSeconds(60)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("GET " + path + " answered " + answer.statusCode() + ": "
                        + answer.body());
            }
            try (JsonReader reader = Json.createReader(new StringReader(answer.body()))) {
                return reader.readObject();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop();
    }

    public static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
