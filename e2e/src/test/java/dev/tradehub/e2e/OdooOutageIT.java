package dev.tradehub.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradehub.odoo.emulator.SaleOrderView;
import dev.tradehub.server.payara.Profile;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Odoo down, then slow: intake goes on, nothing is lost or duplicated, health says degraded, not dead. And an Odoo as
 * slow as a real one: the orders of concurrent interchanges reach it in batches.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OdooOutageIT {

    private static final Logger LOG = Logger.getLogger(OdooOutageIT.class.getName());
    private static final int MAX_ODOO_CONCURRENCY = 4;

    private DeployedTradeHub tradeHub;
    private TradeHubApi api;
    private int icn = 500_000;

    @BeforeAll
    void start() {
        tradeHub = DeployedTradeHub.start("outage", 26000, Profile.EMBEDDED, Map.of(),
                Map.of("tradehub.retry.initial-delay-ms", "500", "tradehub.retry.max-delay-ms", "4000",
                        "tradehub.retry.max-attempts", "40", "tradehub.odoo.max-concurrency",
                        Integer.toString(MAX_ODOO_CONCURRENCY)));
        api = tradeHub.api();
    }

    @AfterEach
    void heal() {
        tradeHub.odoo().faults().clear().up().acceptConnections();
        tradeHub.odoo().costModel().off();
    }

    @AfterAll
    void stop() {
        if (tradeHub != null) {
            tradeHub.close();
        }
    }

    @Test
    void everythingSentDuringAnOutageIsDeliveredOnceAfterIt() {
        List<byte[]> healthy = orders("OUT-HEALTHY", 150);
        LoadClients.Result before = LoadClients.send(api, healthy, 8);
        assertThat(before.acknowledged()).hasSize(healthy.size());
        tradeHub.odoo().faults().refuseConnections();
        List<byte[]> documents = orders("OUT-REFUSED", 150);
        long begin = System.nanoTime();
        LoadClients.Result during = LoadClients.send(api, documents, 8);
        Duration intake = Duration.ofNanos(System.nanoTime() - begin);
        assertThat(during.acknowledged()).hasSize(documents.size());
        TradeHubApi.sleep(3_000);
        tradeHub.odoo().faults().acceptConnections().down(); // back, but answering 503 for a while
        TradeHubApi.sleep(3_000);
        assertThat(api.getWithoutToken("/health/ready").status()).isEqualTo(200);
        tradeHub.odoo().faults().up();

        long recovered = System.nanoTime();
        List<JsonObject> messages = new ArrayList<>();
        during.acknowledged().values().forEach(id -> messages.add(api.awaitTerminal(id, Duration.ofMinutes(4))));
        Duration drain = Duration.ofNanos(System.nanoTime() - recovered);
        assertThat(messages).allSatisfy(message -> assertThat(message.getString("status")).isEqualTo("COMPLETED"));
        assertThat(messages).anySatisfy(message -> assertThat(message.getInt("attempts")).isGreaterThan(1));
        assertOneConfirmedOrderEach("OUT-REFUSED", documents.size());
        // Intake never calls Odoo: its latency during the outage is reported beside the healthy one (benchmarks
        // measure speed; a test asserts no timing).
        LOG.info(() -> "outage: " + documents.size() + " documents accepted in " + intake.toMillis()
                + " ms while Odoo refused connections (intake p50/p99 " + during.latencyPercentile(50) + "/"
                + during.latencyPercentile(99) + " ms; healthy Odoo before: " + before.latencyPercentile(50) + "/"
                + before.latencyPercentile(99) + " ms, 8 clients each); drained " + drain.toMillis()
                + " ms after recovery");
    }

    @Test
    void aSlowOdooDegradesButNothingIsExhausted() {
        tradeHub.odoo().faults().latency(Duration.ofSeconds(2));
        tradeHub.odoo().takePeakConcurrentCalls();
        List<byte[]> documents = orders("SLOW", 40);
        LoadClients.Result sent = LoadClients.send(api, documents, 8);
        assertThat(sent.acknowledged()).hasSize(documents.size());

        TradeHubApi.sleep(8_000);
        TradeHubApi.Answer health = api.getWithoutToken("/health/ready");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body()).contains("\"state\":\"DEGRADED\"");
        long begin = System.nanoTime();
        TradeHubApi.Answer list = api.get("/api/v1/messages?size=5");
        assertThat(list.status()).isEqualTo(200);
        LOG.info(() -> "API answered in " + (System.nanoTime() - begin) / 1_000_000 + " ms while Odoo was slow");
        List<byte[]> more = orders("LATE", 20);
        assertThat(LoadClients.send(api, more, 8).acknowledged()).hasSize(more.size());

        assertThat(tradeHub.odoo().takePeakConcurrentCalls()).as("Odoo calls at once while it was slow")
                .isBetween(1, MAX_ODOO_CONCURRENCY);
        tradeHub.odoo().faults().clear();
        sent.acknowledged().values().forEach(id ->
                assertThat(api.awaitTerminal(id, Duration.ofMinutes(4)).getString("status")).isEqualTo("COMPLETED"));
        assertOneConfirmedOrderEach("SLOW", documents.size());
    }

    @Test
    void ordersOfConcurrentInterchangesReachAnOdooAsSlowAsARealOneTogetherAndARejectedOneFailsAlone() {
        // Odoo's cost model at a quarter: one worker, a cost per call and per order, like a real Odoo.
        tradeHub.odoo().costModel().odoo19().scale(0.25);
        tradeHub.odoo().faults().rejectOrders("BATCH-17", "The customer's credit limit is exceeded");
        long createsBefore = tradeHub.odoo().callCount("sale.order", "create");
        List<byte[]> documents = orders("BATCH", 40);
        LoadClients.Result sent = LoadClients.send(api, documents, 8);
        assertThat(sent.acknowledged()).hasSize(documents.size());

        List<JsonObject> messages = sent.acknowledged().values().stream()
                .map(id -> api.awaitTerminal(id, Duration.ofMinutes(2))).toList();
        assertThat(messages).filteredOn(message -> !message.getString("status").equals("COMPLETED"))
                .singleElement().satisfies(rejected -> {
                    assertThat(rejected.getString("status")).isEqualTo("FAILED");
                    assertThat(rejected.getString("errorCategory")).isEqualTo("ODOO_REJECTED");
                    assertThat(rejected.getJsonArray("errors").getJsonObject(0).getString("message"))
                            .contains("BATCH-17", "The customer's credit limit is exceeded");
                });
        assertThat(messages).anySatisfy(message -> assertThat(message.getJsonArray("timeline")
                .getValuesAs(JsonObject.class)).extracting(entry -> entry.getString("event"))
                .contains("PLACED_IN_BATCH"));
        Map<String, List<SaleOrderView>> orders = tradeHub.odoo().saleOrders().stream()
                .filter(order -> order.clientOrderRef() != null && order.clientOrderRef().startsWith("BATCH-"))
                .collect(Collectors.groupingBy(SaleOrderView::clientOrderRef));
        assertThat(orders).hasSize(39).doesNotContainKey("BATCH-17").allSatisfy((po, copies) ->
                assertThat(copies).singleElement().satisfies(order -> assertThat(order.state()).isEqualTo("sale")));
        // Batched: far fewer creates than orders, the halving of the rejected batch included.
        assertThat(tradeHub.odoo().callCount("sale.order", "create") - createsBefore)
                .isLessThan(documents.size() / 2);
    }

    private void assertOneConfirmedOrderEach(String prefix, int count) {
        Map<String, List<SaleOrderView>> orders = tradeHub.odoo().saleOrders().stream()
                .filter(order -> order.clientOrderRef() != null && order.clientOrderRef().startsWith(prefix + "-"))
                .collect(Collectors.groupingBy(SaleOrderView::clientOrderRef));
        assertThat(orders).hasSize(count);
        assertThat(orders.values()).allSatisfy(list -> {
            assertThat(list).hasSize(1);
            assertThat(list.get(0).state()).isEqualTo("sale");
        });
    }

    private List<byte[]> orders(String prefix, int count) {
        List<byte[]> documents = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            documents.add(X12Documents.interchange("ACMEEDI", Integer.toString(++icn),
                    new X12Documents.Order(prefix + "-" + i, "DC042", List.of("1*EA*450*VN*FURN_7800"))));
        }
        return documents;
    }
}
