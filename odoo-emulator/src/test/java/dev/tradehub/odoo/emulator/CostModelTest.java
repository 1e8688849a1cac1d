package dev.tradehub.odoo.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The cost model against the figures measured on a real Odoo 19 (workers = 0, 2 cores, 4-line sale orders): over
 * HTTP (JSON-2), each way of sending orders must reach Odoo's orders/s within 12 %.
 */
class CostModelTest {
    /** Barcodes of 4 products of the default seed. */
    private static final List<String> BARCODES = List.of("40164785534112", "036000291452", "4006381333931", "2300001000008");

    private OdooEmulator odoo;
    private Rpc rpc;
    private final AtomicInteger refs = new AtomicInteger();

    @BeforeEach
    void start() {
        odoo = OdooEmulator.builder().port(0).start();
        rpc = new Rpc(odoo);
        // warm up the HTTP client and the server (JIT, connections) before anything is timed
        for (int i = 0; i < 3; i++) {
            createAndConfirm(1, false);
        }
    }

    @AfterEach
    void stop() {
        odoo.stop();
    }

    // ------------------------------------------------------------------ arithmetic, no HTTP

    @Test
    void costArithmetic() {
        CostModel m = odoo.costModel();
        assertThat(m.isOn()).isFalse();
        assertThat(m.costOf("sale.order", "create", 10)).isZero();

        m.odoo19();
        assertThat(m.costOf("sale.order", "create", 1)).isEqualTo(Duration.ofMillis(135));
        assertThat(m.costOf("sale.order", "create", 10)).isEqualTo(Duration.ofMillis(540));
        assertThat(m.costOf("sale.order", "action_confirm", 50)).isEqualTo(Duration.ofMillis(140 + 105 * 50));
        assertThat(m.costOf("res.partner", "search_read", 0)).isEqualTo(Duration.ofMillis(39));
        assertThat(m.costOf("product.product", "search_count", 0)).isEqualTo(Duration.ofMillis(20));
        assertThat(m.costOf("res.partner", "read", 3)).isEqualTo(Duration.ofMillis(18));
        assertThat(m.costOf("sale.order", "write", 2)).isEqualTo(Duration.ofMillis(140));
        assertThat(m.costOf("sale.order", "action_cancel", 1)).isEqualTo(Duration.ofMillis(150));
        assertThat(m.costOf("res.partner", "create", 2)).isEqualTo(Duration.ofMillis(60));
        assertThat(m.costOf("stock.picking", "button_validate", 1)).isEqualTo(Duration.ofMillis(20));
        assertThat(m.costOf("common", "login", 0)).isEqualTo(Duration.ofMillis(5));

        // the table's rows: a direct script (6 look-ups + a pair per order), a pair per order, pairs of 10 and 50
        assertThat(1000.0 / (6 * ms(m, "res.partner", "search_read", 0) + pair(m, 1))).isCloseTo(1.63, within(1.63 * 0.05));
        assertThat(1000.0 / pair(m, 1)).isCloseTo(2.64, within(2.64 * 0.05));
        assertThat(10_000.0 / pair(m, 10)).isCloseTo(5.50, within(5.50 * 0.10));
        assertThat(50_000.0 / pair(m, 50)).isCloseTo(6.63, within(6.63 * 0.05));

        m.scale(0.5).cost("sale.order/create", 10, 1).cost("search_read", 4, 0).cost(CostModel.DEFAULT_KEY, 2, 2);
        assertThat(m.costOf("sale.order", "create", 10)).isEqualTo(Duration.ofMillis(10));
        assertThat(m.costOf("res.partner", "create", 10)).isEqualTo(Duration.ofMillis(70));
        assertThat(m.costOf("x.y", "search_read", 0)).isEqualTo(Duration.ofMillis(2));
        assertThat(m.costOf("x.y", "anything", 1)).isEqualTo(Duration.ofMillis(2));
        assertThat(m.describe()).containsEntry("profile", "odoo19+custom").containsEntry("scale", 0.5);

        m.off();
        assertThat(m.costOf("sale.order", "create", 10)).isZero();
        m.cost("search_read", 7, 0);
        assertThat(m.isOn()).isTrue();
        assertThat(m.costOf("res.partner", "search_read", 0)).isEqualTo(Duration.ofNanos(3_500_000));
        assertThat(m.costOf("res.partner", "search", 0)).isZero();

        assertThatThrownBy(() -> m.workers(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> m.scale(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> m.cost("create", -1, 0)).isInstanceOf(IllegalArgumentException.class);

        assertThat(CostModel.recordsOf("create", List.of(), List.of(Map.of(), Map.of(), Map.of()))).isEqualTo(3);
        assertThat(CostModel.recordsOf("create", List.of(), Map.of("name", "x"))).isEqualTo(1);
        assertThat(CostModel.recordsOf("action_confirm", List.of(1, 2, 3, 4), null)).isEqualTo(4);
        assertThat(CostModel.recordsOf("write", List.of(7), null)).isEqualTo(1);
        assertThat(CostModel.recordsOf("search_read", List.of(), null)).isZero();
    }

    private static double ms(CostModel m, String model, String method, int records) {
        return m.costOf(model, method, records).toNanos() / 1e6;
    }

    private static double pair(CostModel m, int orders) {
        return ms(m, "sale.order", "create", orders) + ms(m, "sale.order", "action_confirm", orders);
    }

    // ------------------------------------------------------------------ the table over HTTP

    @Test
    void directScriptWithLookUps() {
        odoo.costModel().odoo19();
        assertRate(4, 1.63, () -> {
            for (int i = 0; i < 4; i++) {
                createAndConfirm(1, true);
            }
        });
    }

    @Test
    void onePairPerOrder() {
        odoo.costModel().odoo19();
        assertRate(4, 2.64, () -> {
            for (int i = 0; i < 4; i++) {
                createAndConfirm(1, false);
            }
        });
    }

    @Test
    void pairOfTenOrders() {
        odoo.costModel().odoo19();
        assertRate(10, 5.50, () -> createAndConfirm(10, false));
    }

    @Test
    void pairOfFiftyOrders() {
        odoo.costModel().odoo19();
        assertRate(50, 6.63, () -> createAndConfirm(50, false));
    }

    private void assertRate(int orders, double odooRate, Runnable run) {
        long t0 = System.nanoTime();
        run.run();
        double seconds = (System.nanoTime() - t0) / 1e9;
        double rate = orders / seconds;
        System.out.printf("cost model: %d orders in %.3f s = %.2f orders/s (Odoo 19: %.2f, %+.1f %%)%n", orders, seconds,
                rate, odooRate, (rate / odooRate - 1) * 100);
        assertThat(rate).isBetween(odooRate * 0.88, odooRate * 1.12);
    }

    // ------------------------------------------------------------------ workers

    @Test
    void oneWorkerSerialisesTwoClientsTwoWorkersDoNot() throws Exception {
        // half the time: the clients' own HTTP time (a few ms a call, no worker held) stays small beside the cost
        odoo.costModel().odoo19().scale(0.5);
        Callable<Void> client = () -> {
            for (int i = 0; i < 4; i++) {
                createAndConfirm(1, false);
            }
            return null;
        };
        double alone = timed(1, client);
        double serialised = timed(2, client);
        odoo.costModel().workers(2);
        double parallel = timed(2, client);
        System.out.printf("cost model: 1 client %.3f s, 2 clients on 1 worker %.3f s, on 2 workers %.3f s%n", alone,
                serialised, parallel);
        // 4 pairs at half of 380 ms each
        double cost = 4 * 0.19;
        assertThat(alone).isBetween(cost, cost * 1.25);
        // one worker: the two clients' costs one after the other, never overlapping
        assertThat(serialised).isGreaterThanOrEqualTo(2 * cost);
        assertThat(serialised / alone).isBetween(1.8, 2.2);
        assertThat(parallel / alone).isBetween(0.85, 1.25);
    }

    private static double timed(int clients, Callable<Void> client) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            long t0 = System.nanoTime();
            List<Future<Void>> futures = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                futures.add(pool.submit(client));
            }
            for (Future<Void> f : futures) {
                f.get();
            }
            return (System.nanoTime() - t0) / 1e9;
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void anOdooErrorCostsTheCallToo() {
        odoo.costModel().cost("sale.order/action_confirm", 200, 0);
        odoo.faults().rejectConfirmations("PO-COST-BAD", "Customer on hold");
        Integer id = (Integer) ((List<?>) rpc.json2("sale.order", "create", Map.of("vals_list", List.of(order("PO-COST-BAD", 45, List.of(6)))))
                .json()).get(0);
        long t0 = System.nanoTime();
        Rpc.Reply r = rpc.json2("sale.order", "action_confirm", Map.of("ids", List.of(id)));
        assertThat(r.status()).isEqualTo(422);
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isGreaterThanOrEqualTo(Duration.ofMillis(200));
        // JSON-RPC execute_kw: charged the same way
        long t1 = System.nanoTime();
        Rpc.Reply rpcReply = rpc.jsonrpc(Map.of("service", "object", "method", "execute_kw",
                "args", List.of("odoo", 2, "admin", "sale.order", "action_confirm", List.of(List.of(id)))));
        assertThat(rpcReply.text()).contains("Customer on hold");
        assertThat(Duration.ofNanos(System.nanoTime() - t1)).isGreaterThanOrEqualTo(Duration.ofMillis(200));
    }

    // ------------------------------------------------------------------ control route

    @Test
    void controlRoute() {
        Rpc.Reply get = rpc.control("GET", "/emulator/cost-model", null);
        assertThat(get.status()).isEqualTo(200);
        assertThat(get.json()).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsEntry("on", false).containsEntry("profile", "off");

        Rpc.Reply set = rpc.control("POST", "/emulator/cost-model", "{\"profile\": \"odoo19\", \"scale\": 0.5, \"workers\": 2,"
                + " \"costs\": {\"sale.order/create\": {\"perCallMs\": 100, \"perRecordMs\": 50}, \"*\": {\"perCallMs\": 4}}}");
        assertThat(set.status()).isEqualTo(200);
        assertThat(set.text()).contains("\"profile\": \"odoo19+custom\"", "\"workers\": 2", "\"scale\": 0.5");
        CostModel m = odoo.costModel();
        assertThat(m.costOf("sale.order", "create", 2)).isEqualTo(Duration.ofMillis(100));
        assertThat(m.costOf("sale.order", "action_confirm", 1)).isEqualTo(Duration.ofNanos(122_500_000));
        assertThat(m.costOf("x.y", "anything", 0)).isEqualTo(Duration.ofMillis(2));
        assertThat(m.workers()).isEqualTo(2);

        for (String bad : List.of("{\"profile\": \"odoo18\"}", "{\"workers\": 0}", "{\"workers\": 1.5}", "{\"scale\": \"fast\"}",
                "{\"scale\": -1}", "{\"costs\": {\"create\": {\"perCallMs\": \"a\"}}}", "{\"costs\": {\"create\": 5}}",
                "{\"costs\": {\"create\": {\"perCall\": 5}}}", "{\"speed\": 2}", "{\"workers\": 3, \"profile\": \"x\"}")) {
            Rpc.Reply r = rpc.control("POST", "/emulator/cost-model", bad);
            assertThat(r.status()).as(bad).isEqualTo(400);
            assertThat(r.text()).as(bad).contains("\"error\"");
        }
        assertThat(rpc.control("POST", "/emulator/cost-model", "{\"speed\": 2}").text()).contains("unknown cost-model setting 'speed'");
        assertThat(m.workers()).as("bad input changes nothing").isEqualTo(2);

        // reset leaves the model; "off" turns it off
        assertThat(rpc.control("POST", "/emulator/reset", null).status()).isEqualTo(200);
        assertThat(m.isOn()).isTrue();
        assertThat(rpc.control("POST", "/emulator/cost-model", "{\"profile\": \"off\"}").text()).contains("\"on\": false");
        assertThat(m.costOf("sale.order", "create", 2)).isZero();
    }

    // ------------------------------------------------------------------ helpers

    /** Sends {@code orders} orders in one create and one action_confirm; with look-ups as a direct script makes them. */
    private void createAndConfirm(int orders, boolean lookUps) {
        int customer = 45;
        int shipTo = 46;
        List<Integer> products = List.of(6, 21, 26, 49);
        if (lookUps) {
            customer = firstId("res.partner", List.of(List.of("ref", "=", "CUST-0001")));
            shipTo = firstId("res.partner", List.of(List.of("ref", "=", "DC042"), List.of("parent_id", "=", customer)));
            List<Integer> found = new ArrayList<>();
            for (String barcode : BARCODES) {
                found.add(firstId("product.product", List.of(List.of("barcode", "=", barcode))));
            }
            products = found;
        }
        List<Object> valsList = new ArrayList<>();
        for (int i = 0; i < orders; i++) {
            Map<String, Object> vals = new java.util.LinkedHashMap<>(order("PO-COST-" + refs.incrementAndGet(), customer, products));
            vals.put("partner_shipping_id", shipTo);
            valsList.add(vals);
        }
        Rpc.Reply created = rpc.json2("sale.order", "create", Map.of("vals_list", valsList));
        assertThat(created.status()).as(created.text()).isEqualTo(200);
        List<?> ids = (List<?>) created.json();
        assertThat(ids).hasSize(orders);
        Rpc.Reply confirmed = rpc.json2("sale.order", "action_confirm", Map.of("ids", ids));
        assertThat(confirmed.status()).as(confirmed.text()).isEqualTo(200);
    }

    private static Map<String, Object> order(String ref, int customer, List<Integer> products) {
        List<Object> lines = new ArrayList<>();
        for (Integer p : products) {
            lines.add(List.of(0, 0, Map.of("product_id", p, "product_uom_qty", 2)));
        }
        return Map.of("partner_id", customer, "client_order_ref", ref, "order_line", lines);
    }

    private int firstId(String model, List<Object> domain) {
        Rpc.Reply r = rpc.json2(model, "search_read", Map.of("domain", domain, "fields", List.of("id"), "limit", 1));
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        List<?> rows = (List<?>) r.json();
        assertThat(rows).as(model + " " + domain).hasSize(1);
        return ((Number) ((Map<?, ?>) rows.get(0)).get("id")).intValue();
    }
}
