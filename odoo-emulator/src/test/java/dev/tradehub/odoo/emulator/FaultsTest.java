package dev.tradehub.odoo.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FaultsTest {
    private OdooEmulator odoo;
    private Rpc rpc;

    @BeforeEach
    void start() {
        odoo = OdooEmulator.builder().port(0).start();
        rpc = new Rpc(odoo);
    }

    @AfterEach
    void stop() {
        odoo.stop();
    }

    private Rpc.Reply count() {
        return rpc.json2("res.partner", "search_count", Map.of("domain", List.of()));
    }

    @Test
    void latencyPerMethodIsAdded() {
        odoo.faults().latency("search_count", Duration.ofMillis(150));
        long t0 = System.nanoTime();
        assertThat(count().status()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isGreaterThanOrEqualTo(Duration.ofMillis(140));
        long t1 = System.nanoTime();
        assertThat(rpc.json2("res.partner", "search", Map.of("domain", List.of())).status()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - t1)).isLessThan(Duration.ofMillis(140));
    }

    @Test
    void errorRateIsDeterministicForASeed() {
        List<Integer> first = statuses(0.3, 42, 40);
        List<Integer> second = statuses(0.3, 42, 40);
        assertThat(first).isEqualTo(second).contains(503).contains(200);
        assertThat(first.stream().filter(s -> s == 503).count()).isBetween(4L, 24L);
        odoo.faults().errorRate(0, 0);
        assertThat(count().status()).isEqualTo(200);
    }

    private List<Integer> statuses(double rate, long seed, int n) {
        odoo.faults().errorRate(rate, seed);
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(count().status());
        }
        return out;
    }

    @Test
    void serverErrorModeAnswersLikeOdooInBothProtocols() {
        odoo.faults().errorMode(Faults.ErrorMode.SERVER_ERROR).errorRate(1.0, 1);
        Rpc.Reply json2 = count();
        assertThat(json2.status()).isEqualTo(500);
        assertThat(json2.text()).contains("\"name\": \"psycopg2.OperationalError\"");
        Rpc.Reply rpcReply = rpc.jsonrpc(Map.of("service", "object", "method", "execute_kw",
                "args", List.of("odoo", 2, "admin", "res.partner", "search_count", List.of(List.of()))));
        assertThat(rpcReply.status()).isEqualTo(200);
        assertThat(rpcReply.text()).contains("\"error\"", "\"code\": 0", "Odoo Server Error", "psycopg2.OperationalError");
    }

    @Test
    void downtimeAnswers503ThenRecovers() throws InterruptedException {
        odoo.faults().downFor(Duration.ofMillis(300));
        Rpc.Reply down = count();
        assertThat(down.status()).isEqualTo(503);
        assertThat(down.contentType()).startsWith("text/html");
        assertThat(rpc.control("GET", "/emulator/faults", null).status()).isEqualTo(200);
        Thread.sleep(400);
        assertThat(count().status()).isEqualTo(200);
    }

    @Test
    void refusedConnectionsThenSamePortAgain() {
        int port = odoo.port();
        odoo.faults().refuseConnections();
        assertThatThrownBy(this::count).isInstanceOf(UncheckedIOException.class);
        odoo.faults().acceptConnections();
        assertThat(odoo.port()).isEqualTo(port);
        assertThat(count().status()).isEqualTo(200);
    }

    @Test
    void refusalForADurationOverHttpControl() throws InterruptedException {
        assertThat(rpc.control("POST", "/emulator/downtime", "{\"millis\": 600, \"mode\": \"refuse\"}").status()).isEqualTo(200);
        Thread.sleep(200);
        assertThatThrownBy(this::count).isInstanceOf(UncheckedIOException.class);
        Thread.sleep(1200);
        assertThat(count().status()).isEqualTo(200);
    }

    @Test
    void rejectionRuleAndInspectionOverHttp() {
        Rpc.Reply set = rpc.control("POST", "/emulator/faults",
                "{\"rejectOrders\": [{\"clientOrderRef\": \"PO-BAD-.*\", \"message\": \"Customer on hold\"}], \"methodLatencyMs\": {\"create\": 5}}");
        assertThat(set.text()).contains("PO-BAD-.*", "\"create\": 5");
        Map<String, Object> line = Map.of("product_id", 6, "product_uom_qty", 3);
        Rpc.Reply bad = rpc.json2("sale.order", "create", Map.of("vals_list",
                Map.of("partner_id", 45, "client_order_ref", "PO-BAD-1", "order_line", List.of(List.of(0, 0, line)))));
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.json()).isEqualTo(Map.of("name", "odoo.exceptions.ValidationError", "message", "Customer on hold",
                "arguments", List.of("Customer on hold"), "context", Map.of(), "debug", ((Map<?, ?>) bad.json()).get("debug")));
        Rpc.Reply good = rpc.json2("sale.order", "create", Map.of("vals_list",
                Map.of("partner_id", 45, "client_order_ref", "PO-OK-1", "order_line", List.of(List.of(0, 0, line)))));
        Object id = ((List<?>) good.json()).get(0);
        assertThat(rpc.json2("sale.order", "action_confirm", Map.of("ids", List.of(id))).json()).isEqualTo(true);

        Rpc.Reply inspect = rpc.control("GET", "/emulator/sale-orders", null);
        assertThat(inspect.text()).contains("\"client_order_ref\": \"PO-OK-1\"", "\"state\": \"sale\"", "\"default_code\": \"FURN_8888\"",
                "\"sale.order/create\": 2", "\"sale.order/action_confirm\": 1").doesNotContain("PO-BAD-1");
        assertThat(odoo.callCount("sale.order", "create")).isEqualTo(2);
        SaleOrderView v = odoo.saleOrders().get(0);
        assertThat(v.amountTotal()).isEqualTo(120.0);
        assertThat(v.pickingIds()).hasSize(1);

        assertThat(rpc.control("POST", "/emulator/reset", null).status()).isEqualTo(200);
        assertThat(odoo.saleOrders()).isEmpty();
        assertThat(odoo.callCounts()).isEmpty();
        assertThat(odoo.faults().describe().get("rejectOrders")).isEqualTo(List.of());
    }
}
