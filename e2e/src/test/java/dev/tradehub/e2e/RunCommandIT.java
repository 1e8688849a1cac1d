package dev.tradehub.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * The README's run command as a user runs it, in a checkout of its own: the first start, Ctrl-C, a start on the
 * same data, {@code kill -9} of the server during a load and of the launcher itself, each followed by the same
 * command again; the emulator's port taken (it moves), TradeHub's HTTP port taken (a one-line refusal), a start
 * from empty data on purpose, and the production profile refusing to start without an Odoo. The steps build on each other, in order. Times are logged, never asserted.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RunCommandIT {

    private static final Logger LOG = Logger.getLogger(RunCommandIT.class.getName());
    private static final int PORT_BASE = 25000;
    private static final int EMULATOR_PORT = 25069;
    private static final URI TRADEHUB = URI.create("http://localhost:" + (PORT_BASE + 80) + "/");
    private static final Duration FIRST_START = Duration.ofMinutes(12);
    private static final Duration START = Duration.ofMinutes(5);
    private static final Duration STOP = Duration.ofMinutes(2);
    private static final String[] SETTINGS = {"-Dtradehub.port-base=" + PORT_BASE,
            "-Dtradehub.emulator.port=" + EMULATOR_PORT};

    private static final Path WORK = Path.of(System.getProperty("tradehub.e2e.work", "target/e2e")).resolve("run-command");
    private static final Path CHECKOUT = WORK.resolve("tradehub");
    private static int console;
    private static RunCommand run;
    private static final Set<String> completedPurchaseOrders = new HashSet<>();
    private static int controlNumber = 500_000;
    private static boolean evidenceOfThisStartKept;

    /** What a failed step leaves to look at: the server's log and where the server's threads were. */
    @RegisterExtension
    static final TestWatcher EVIDENCE = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            if (run != null) {
                run.keepEvidence(WORK.resolve("failed-" + context.getRequiredTestMethod().getName()));
            }
        }
    };

    @AfterAll
    static void cleanUp() {
        if (run != null) {
            run.cleanUp();
        }
    }

    @Test
    @Order(1)
    void theFirstStartOfAFreshCloneThenCtrlC() {
        RunCommand.freshCheckout(Path.of(System.getProperty("tradehub.e2e.repository", "..")).toAbsolutePath().normalize(),
                CHECKOUT);
        run = RunCommand.start(CHECKOUT, nextConsole(), SETTINGS);
        Duration ready = run.awaitReady(FIRST_START);
        LOG.info(() -> "first start (build included): ready " + ready.toSeconds() + " s after the command; "
                + run.awaitLine("Start to ready:", Duration.ofSeconds(5)).strip());
        assertThat(run.output()).contains("Odoo EMULATOR at http://127.0.0.1:" + EMULATOR_PORT);

        TradeHubApi api = api();
        // The portal at / asks for a login first; even its login page says that orders go to the emulator.
        assertThat(api.getWithoutToken("/").status()).isEqualTo(302);
        assertThat(api.getWithoutToken("/login.xhtml").body()).contains("TradeHub", "Odoo emulator");
        sendOrdersAndAwaitThem(api, "RUN-FIRST", 3);
        // A newcomer signs in with the first password the command printed.
        java.util.regex.Matcher printed = java.util.regex.Pattern.compile("First password:\\s+(\\S+)").matcher(run.output());
        assertThat(printed.find()).as(run.output()).isTrue();
        String dashboard = PortalSession.signIn(TRADEHUB, "admin", printed.group(1)).get("/");
        assertThat(dashboard).contains("embedded", "Odoo EMULATOR", "/emulator/sale-orders")
                .containsPattern("<th>COMPLETED</th>\\s*<td class=\"n\"><a [^>]*>3</a>");

        run.pressCtrlC();
        run.awaitExit(STOP);
        assertThat(run.output()).contains("Stopping TradeHub", "Stopped.");
        assertThat(run.serverPid()).as("no server left running after Ctrl-C").isEmpty();
        assertThat(portIsFree(PORT_BASE + 80)).isTrue();
    }

    @Test
    @Order(2)
    void aStartAfterCtrlCHasTheSameData() {
        run = run.again(nextConsole());
        Duration ready = run.awaitReady(START);
        LOG.info(() -> "start after Ctrl-C: ready " + ready.toSeconds() + " s after the command; "
                + run.awaitLine("Start to ready:", Duration.ofSeconds(5)).strip());
        assertThat(run.output()).contains("unchanged: the domain loads its deployments").doesNotContain("Deploying");
        assertEveryCompletedOrderIsInOdooOnce();
        sendOrdersAndAwaitThem(api(), "RUN-SECOND", 2);
    }

    @Test
    @Order(3)
    void killMinus9OfTheServerDuringALoadThenTheSameCommand() {
        List<byte[]> load = new ArrayList<>();
        List<String> purchaseOrders = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            String po = "RUN-CRASH-" + i;
            purchaseOrders.add(po);
            load.add(order(po));
        }
        TradeHubApi api = api();
        long serverPid = run.serverPid().orElseThrow();
        Thread killer = new Thread(() -> {
            TradeHubApi.sleep(4_000);
            ProcessHandle.of(serverPid).ifPresent(ProcessHandle::destroyForcibly);
        });
        killer.start();
        LoadClients.Result first = LoadClients.send(api, load, 4);
        CrashRecoveryScenario.join(killer);
        int exit = run.awaitExit(STOP);
        assertThat(exit).as("the launcher ends, saying so, when its server is killed").isNotZero();
        assertThat(run.output()).contains("ended without being stopped");
        LOG.info(() -> "kill -9 of the server: " + first.acknowledged().size() + " of " + load.size()
                + " documents acknowledged before it, " + first.unanswered() + " unanswered");

        run = run.again(nextConsole());
        Duration ready = run.awaitReady(START);
        LOG.info(() -> "start after kill -9 of the server: ready " + ready.toSeconds() + " s after the command; "
                + run.awaitLine("Start to ready:", Duration.ofSeconds(5)).strip());
        // What was not acknowledged is sent again, as a partner's client does.
        List<byte[]> unacknowledged = new ArrayList<>();
        for (int i = 0; i < load.size(); i++) {
            if (!first.acknowledged().containsKey(i)) {
                unacknowledged.add(load.get(i));
            }
        }
        LoadClients.Result second = LoadClients.send(api(), unacknowledged, 4);
        assertThat(second.unanswered() + second.serverErrors()).isZero();
        Set<String> ids = new HashSet<>(first.acknowledged().values());
        ids.addAll(second.acknowledged().values());
        TradeHubApi restarted = api();
        for (String id : ids) {
            assertThat(awaitCompleted(restarted, id)).isEqualTo("COMPLETED");
        }
        completedPurchaseOrders.addAll(purchaseOrders);
        assertEveryCompletedOrderIsInOdooOnce();
    }

    @Test
    @Order(4)
    void killMinus9OfTheLauncherThenTheSameCommand() {
        long orphan = run.serverPid().orElseThrow();
        run.killLauncher();
        run.awaitExit(STOP);
        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive)).as("the server outlives its launcher").hasValue(true);

        run = run.again(nextConsole());
        run.awaitReady(START);
        assertThat(run.output()).contains("Stopping the server an earlier launcher left running (pid " + orphan + ")");
        assertEveryCompletedOrderIsInOdooOnce();
        run.terminate();
        run.awaitExit(STOP);
        assertThat(run.output()).contains("Stopped.");
    }

    @Test
    @Order(5)
    void theEmulatorMovesWhenItsPortIsTaken() throws IOException {
        try (ServerSocket odooOnItsPort = new ServerSocket()) {
            odooOnItsPort.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), EMULATOR_PORT));
            run = run.again(nextConsole());
            run.awaitReady(START);
            String note = run.awaitLine("is taken", Duration.ofSeconds(5));
            LOG.info(() -> "with port " + EMULATOR_PORT + " taken: " + note.strip());
            assertThat(note).contains("port " + EMULATOR_PORT + " is taken", "listens on " + (EMULATOR_PORT + 1));
            assertEveryCompletedOrderIsInOdooOnce(EMULATOR_PORT + 1);
            sendOrdersAndAwaitThem(api(), "RUN-MOVED", 1, EMULATOR_PORT + 1);
            run.terminate();
            run.awaitExit(STOP);
        }
    }

    @Test
    @Order(6)
    void aTakenHttpPortIsRefusedInOneLine() throws IOException {
        try (ServerSocket taken = new ServerSocket(PORT_BASE + 80)) {
            run = run.again(nextConsole());
            int exit = run.awaitExit(START);
            String refusal = run.awaitLine("TradeHub did not start:", Duration.ofSeconds(5));
            LOG.info(() -> "with port " + (PORT_BASE + 80) + " taken: " + refusal.strip());
            assertThat(exit).isNotZero();
            assertThat(refusal).contains("Port " + (PORT_BASE + 80) + " (HTTP) is taken", "-Dtradehub.port-base=");
            assertThat(run.serverPid()).isEmpty();
        }
    }

    @Test
    @Order(7)
    void aResetStartsFromEmptyData() {
        run = run.again(nextConsole(), "-Dtradehub.reset=true");
        run.awaitReady(FIRST_START);
        assertThat(run.output()).contains("Starting from empty data as asked");
        JsonObject page = api().get("/api/v1/messages?size=1").json();
        assertThat(page.getJsonNumber("total").longValue()).isZero();
        assertThat(emulatorOrders(EMULATOR_PORT)).isEmpty();
        run.pressCtrlC();
        run.awaitExit(STOP);
    }

    @Test
    @Order(8)
    void theProductionProfileRefusesToStartWithoutAnOdoo() {
        run = run.again(nextConsole(), "-Dtradehub.profile=postgresql");
        assertThat(run.awaitExit(START)).isNotZero();
        String refusal = run.awaitLine("TradeHub did not start:", Duration.ofSeconds(5));
        LOG.info(() -> "production profile without an Odoo: " + refusal.strip());
        assertThat(refusal).contains("postgresql profile", "-Dtradehub.odoo.url=");
        assertThat(run.serverPid()).isEmpty();
    }

    private static void sendOrdersAndAwaitThem(TradeHubApi api, String prefix, int count) {
        sendOrdersAndAwaitThem(api, prefix, count, EMULATOR_PORT);
    }

    private static void sendOrdersAndAwaitThem(TradeHubApi api, String prefix, int count, int emulatorPort) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String po = prefix + "-" + i;
            ids.add(api.send(order(po), "application/edi-x12"));
            completedPurchaseOrders.add(po);
        }
        for (String id : ids) {
            assertThat(awaitCompleted(api, id)).isEqualTo("COMPLETED");
        }
        assertEveryCompletedOrderIsInOdooOnce(emulatorPort);
    }

    /**
     * Waits for a message to end (long enough for the lost-message sweeper's grace time: a delivery lost at a crash
     * is its to find); one that needed the sweeper without a crash is logged with the server's log kept, to look at.
     */
    private static String awaitCompleted(TradeHubApi api, String id) {
        JsonObject message = api.awaitTerminal(id, Duration.ofMinutes(5));
        boolean requeued = message.getJsonArray("timeline").stream()
                .anyMatch(event -> "REQUEUED".equals(event.asJsonObject().getString("event")));
        if (requeued) {
            LOG.warning(() -> "message " + id + " was re-queued by the lost-message sweeper: " + message);
            if (!evidenceOfThisStartKept) {
                evidenceOfThisStartKept = true;
                run.keepEvidence(WORK.resolve("requeued-" + id));
            }
        }
        return message.getString("status");
    }

    private static byte[] order(String po) {
        return X12Documents.interchange("ACMEEDI", Integer.toString(++controlNumber),
                new X12Documents.Order(po, "DC042", List.of("2*EA*450*VN*FURN_7800", "1*CA*90*BP*ACM-LAMP-01")));
    }

    private static void assertEveryCompletedOrderIsInOdooOnce() {
        assertEveryCompletedOrderIsInOdooOnce(EMULATOR_PORT);
    }

    /** Every purchase order TradeHub completed so far is one confirmed order in the emulator, whatever restarted. */
    private static void assertEveryCompletedOrderIsInOdooOnce(int emulatorPort) {
        Map<String, Long> orders = emulatorOrders(emulatorPort).stream()
                .filter(order -> order.get("state") != JsonValue.NULL && "sale".equals(order.getString("state")))
                .collect(Collectors.groupingBy(order -> order.getString("client_order_ref", ""), Collectors.counting()));
        Set<String> missing = new HashSet<>(completedPurchaseOrders);
        missing.removeAll(orders.keySet());
        assertThat(missing).as("completed purchase orders without a confirmed Odoo order").isEmpty();
        assertThat(orders.entrySet()).filteredOn(e -> e.getValue() > 1).as("purchase orders in Odoo twice").isEmpty();
    }

    private static List<JsonObject> emulatorOrders(int port) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/emulator/sale-orders")).build(),
                    HttpResponse.BodyHandlers.ofString());
            try (var reader = Json.createReader(new StringReader(response.body()))) {
                return reader.readObject().getJsonArray("orders").getValuesAs(JsonObject.class);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static TradeHubApi api() {
        return new TradeHubApi(TRADEHUB, run.token());
    }

    private static Path nextConsole() {
        evidenceOfThisStartKept = false;
        return WORK.resolve("console-" + (++console) + ".log");
    }

    private static boolean portIsFree(int port) {
        try (ServerSocket socket = new ServerSocket(port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
