package dev.tradehub.odoo.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

class ConcurrencyTest {
    @Test
    void parallelCreatesAndConfirmsGetUniqueIdsNamesAndPickings() throws Exception {
        try (OdooEmulator odoo = OdooEmulator.builder().port(0).threads(8).start()) {
            Rpc rpc = new Rpc(odoo);
            ExecutorService pool = Executors.newFixedThreadPool(12);
            List<Future<Integer>> futures = new ArrayList<>();
            for (int i = 0; i < 120; i++) {
                String ref = "PO-PAR-" + i;
                futures.add(pool.submit(() -> {
                    List<Object> lines = List.of(List.of(0, 0, Map.of("product_id", 26, "product_uom_qty", 1)),
                            List.of(0, 0, Map.of("product_id", 49, "product_uom_qty", 2, "product_uom_id", 2)));
                    Rpc.Reply r = rpc.json2("sale.order", "create", Map.of("vals_list",
                            Map.of("partner_id", 47, "client_order_ref", ref, "order_line", lines)));
                    assertThat(r.status()).isEqualTo(200);
                    Integer id = (Integer) ((List<?>) r.json()).get(0);
                    assertThat(rpc.json2("sale.order", "action_confirm", Map.of("ids", List.of(id))).status()).isEqualTo(200);
                    return id;
                }));
            }
            Set<Integer> ids = new HashSet<>();
            for (Future<Integer> f : futures) {
                ids.add(f.get());
            }
            pool.shutdown();
            assertThat(ids).hasSize(120);
            List<SaleOrderView> orders = odoo.saleOrders();
            assertThat(orders).hasSize(120).allMatch(o -> o.state().equals("sale") && o.lines().size() == 2 && o.pickingIds().size() == 1);
            assertThat(orders.stream().map(SaleOrderView::name).distinct().count()).isEqualTo(120);
            assertThat(orders.stream().flatMap(o -> o.pickingIds().stream()).distinct().count()).isEqualTo(120);
            // 1 Pack of 6 x 2 = 12 units on the delivery move
            Object moves = rpc.json2("stock.move", "search_read", Map.of("domain", List.of(List.of("product_id", "=", 49)),
                    "fields", List.of("product_uom_qty"), "limit", 1)).json();
            assertThat(moves.toString()).contains("product_uom_qty=12.0");
        }
    }
}
