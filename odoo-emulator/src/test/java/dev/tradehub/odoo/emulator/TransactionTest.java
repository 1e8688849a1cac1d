package dev.tradehub.odoo.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * One call = one transaction: a failing record of a vals_list rolls back the whole call. An invalid field name fails
 * before anything is inserted, so it uses up no id or order number (failures after the insert do, README section 13).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TransactionTest {
    private OdooEmulator odoo;
    private Rpc rpc;

    @BeforeAll
    void start() {
        odoo = OdooEmulator.builder().port(0).start();
        rpc = new Rpc(odoo);
    }

    @AfterAll
    void stop() {
        odoo.stop();
    }

    @Test
    void failedPartnerBatchCreatesNothing() {
        Rpc.Reply r = rpc.json2("res.partner", "create", Map.of("vals_list",
                List.of(Map.of("name", "Txn One", "ref", "TXN-A"), Map.of("ref", "TXN-B"))));
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.text()).contains("odoo.exceptions.ValidationError", "Contacts require a name");
        assertThat(rpc.json2("res.partner", "search_count", Map.of("domain", List.of(List.of("ref", "in", List.of("TXN-A", "TXN-B")))))
                .json()).isEqualTo(0);
    }

    @Test
    void failedOrderLineRollsBackEarlierOrdersLinesAndNames() {
        Map<String, Object> good = Map.of("partner_id", 45, "client_order_ref", "TXN-GOOD",
                "order_line", List.of(List.of(0, 0, Map.of("product_id", 6, "product_uom_qty", 2))));
        Map<String, Object> bad = Map.of("partner_id", 45, "client_order_ref", "TXN-BAD",
                "order_line", List.of(List.of(0, 0, Map.of("product_id", 6, "product_uom", 1))));
        int before = (Integer) ((List<?>) rpc.json2("sale.order", "create", Map.of("vals_list", good)).json()).get(0);
        Rpc.Reply r = rpc.json2("sale.order", "create", Map.of("vals_list", List.of(good, bad)));
        assertThat(r.status()).isEqualTo(500);
        assertThat(r.text()).contains("Invalid field 'product_uom' on model 'sale.order.line'");
        assertThat(odoo.saleOrders()).filteredOn(o -> "TXN-GOOD".equals(o.clientOrderRef())).hasSize(1);

        int after = (Integer) ((List<?>) rpc.json2("sale.order", "create", Map.of("vals_list", good)).json()).get(0);
        assertThat(after).isEqualTo(before + 1);
        List<SaleOrderView> orders = odoo.saleOrders();
        String first = orders.stream().filter(o -> o.id() == before).findFirst().orElseThrow().name();
        String second = orders.stream().filter(o -> o.id() == after).findFirst().orElseThrow().name();
        // the failed call consumed neither ids nor names
        assertThat(Integer.parseInt(second.substring(1))).isEqualTo(Integer.parseInt(first.substring(1)) + 1);
        Object read = rpc.json2("sale.order", "read", Map.of("ids", List.of(after),
                "fields", List.of("amount_total", "partner_shipping_id"))).json();
        assertThat(read.toString()).contains("amount_total=80.0", "partner_shipping_id=[46, Acme Integration Corp, Acme Warehouse Dock]");
    }

    @Test
    void failedConfirmLeavesOrderInDraftWithoutPicking() {
        odoo.faults().rejectOrders("PO-REJECT-.*", "Odoo says no");
        try {
            Object id = ((List<?>) rpc.json2("sale.order", "create", Map.of("vals_list", Map.of("partner_id", 47,
                    "client_order_ref", "OK-1", "order_line", List.of(List.of(0, 0, Map.of("product_id", 8))))))
                    .json()).get(0);
            rpc.json2("sale.order", "write", Map.of("ids", List.of(id), "vals", Map.of("client_order_ref", "PO-REJECT-1")));
            Rpc.Reply r = rpc.json2("sale.order", "action_confirm", Map.of("ids", List.of(id)));
            assertThat(r.status()).isEqualTo(422);
            assertThat(r.text()).contains("odoo.exceptions.ValidationError", "Odoo says no");
            SaleOrderView v = odoo.saleOrders().stream().filter(o -> o.id() == (Integer) id).findFirst().orElseThrow();
            assertThat(v.state()).isEqualTo("draft");
            assertThat(v.pickingIds()).isEmpty();
        } finally {
            odoo.faults().clear();
        }
    }
}
