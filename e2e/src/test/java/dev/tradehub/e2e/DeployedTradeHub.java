package dev.tradehub.e2e;

import dev.tradehub.odoo.emulator.OdooEmulator;
import dev.tradehub.server.payara.PayaraServer;
import dev.tradehub.server.payara.Profile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * TradeHub as a user runs it: Payara Server provisioned from the Maven-resolved zip, the profile's asadmin
 * set-up, the Artemis RAR and the EAR deployed, pointed at an Odoo emulator running in the test JVM.
 */
final class DeployedTradeHub implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(DeployedTradeHub.class.getName());
    static final String TOKEN = "e2e-token-" + Long.toHexString(System.nanoTime());

    private final OdooEmulator odoo;
    private final PayaraServer server;
    private final TradeHubApi api;
    private final Duration startToReady;

    private DeployedTradeHub(OdooEmulator odoo, PayaraServer server, Duration startToReady) {
        this.odoo = odoo;
        this.server = server;
        this.startToReady = startToReady;
        this.api = new TradeHubApi(server.httpUrl("/"), TOKEN);
    }

    /**
     * Starts a fresh TradeHub (new data folder, new domain) on the given profile.
     *
     * @param name         a folder and domain name for this deployment
     * @param portBase     Payara's port base (HTTP = base + 80)
     * @param profile      embedded (H2) or postgresql
     * @param variables    the profile's variables (PostgreSQL pool), may be empty
     * @param extraConfig  further tradehub.* system properties
     */
    static DeployedTradeHub start(String name, int portBase, Profile profile, Map<String, String> variables,
            Map<String, String> extraConfig) {
        Path work = Path.of(System.getProperty("tradehub.e2e.work", "target/e2e")).resolve(name);
        Path deployables = Path.of(System.getProperty("tradehub.e2e.deployables", "target/deployables"));
        deleteRecursively(work.resolve("data"));
        // A fresh domain every time: one left by an interrupted run may hold deployments and in-doubt state.
        deleteRecursively(work.resolve("payara/payara6/glassfish/domains/tradehub-" + name));
        OdooEmulator odoo = OdooEmulator.builder().port(0).start();
        PayaraServer.Builder builder = PayaraServer.builder()
                .payaraZip(deployables.resolve("payara.zip"))
                .installRoot(work.resolve("payara"))
                .domain("tradehub-" + name)
                .portBase(portBase)
                .profile(profile)
                .dataDir(work.resolve("data"))
                .systemProperty("tradehub.odoo.url", odoo.url())
                .systemProperty("tradehub.odoo.database", odoo.database())
                .systemProperty("tradehub.odoo.api-key", odoo.apiKey())
                .systemProperty("tradehub.odoo.protocol", "json2")
                .systemProperty("tradehub.api.token", TOKEN)
                .systemProperty("tradehub.partners.seed-file",
                        Path.of(System.getProperty("tradehub.e2e.partner-seed")).toAbsolutePath().toString());
        variables.forEach(builder::variable);
        extraConfig.forEach(builder::systemProperty);
        PayaraServer server = builder.build();
        long begin = System.nanoTime();
        try {
            server.prepare();
            server.deployResourceAdapter(deployables.resolve("tradehub-artemis-ra.rar"));
            server.deploy(deployables.resolve("tradehub-ear.ear"), "tradehub");
            awaitApplication(server);
        } catch (RuntimeException e) {
            server.stop();
            odoo.stop();
            throw e;
        }
        Duration ready = Duration.ofNanos(System.nanoTime() - begin);
        LOG.info(() -> "TradeHub (" + profile.id() + ") ready in " + ready.toMillis() + " ms; steps " + server.timings());
        return new DeployedTradeHub(odoo, server, ready);
    }

    /** Kills the server process (SIGKILL), starts it again and waits until TradeHub itself answers. */
    void crashAndRestart() {
        server.kill();
        restartAfterCrash();
    }

    /** Starts the killed server again and waits until TradeHub itself answers. */
    void restartAfterCrash() {
        server.start();
        awaitApplication(server);
    }

    /**
     * Waits until TradeHub's own readiness checks answer UP (Payara's health endpoint answers before a restarted
     * server has loaded the application, with no checks registered yet) and its API serves.
     */
    private static void awaitApplication(PayaraServer server) {
        server.awaitReady(server.httpUrl("/health/ready"), Duration.ofMinutes(3), body -> body.contains("\"database\""));
        TradeHubApi api = new TradeHubApi(server.httpUrl("/"), TOKEN);
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (api.get("/api/v1/messages?size=1").status() != 200) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("TradeHub's API did not answer; end of " + server.logFile() + " says why");
            }
            TradeHubApi.sleep(500);
        }
    }

    OdooEmulator odoo() {
        return odoo;
    }

    PayaraServer server() {
        return server;
    }

    TradeHubApi api() {
        return api;
    }

    Duration startToReady() {
        return startToReady;
    }

    URI url(String path) {
        return server.httpUrl(path);
    }

    @Override
    public void close() {
        try {
            server.stop();
        } finally {
            odoo.stop();
        }
    }

    static byte[] sample(String file) {
        try {
            return Files.readAllBytes(Path.of(System.getProperty("tradehub.e2e.samples", "../samples")).resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteRecursively(Path dir) {
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
