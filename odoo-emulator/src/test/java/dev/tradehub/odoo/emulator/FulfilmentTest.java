package dev.tradehub.odoo.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradehub.odoo.emulator.orm.Json;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The control API ships and invoices an order as Odoo's users do, through the models' own methods. */
class FulfilmentTest {

    @Test
    void aPartialDeliveryItsBackorderAndTheInvoice() {
        try (OdooEmulator odoo = OdooEmulator.builder().port(0).start()) {
            Rpc rpc = new Rpc(odoo);
            String created = rpc.json2("sale.order", "create", Map.of("vals_list", List.of(Map.of("partner_id", 45,
                    "client_order_ref", "PO-SHIP-1", "order_line", List.of(
                            List.of(0, 0, Map.of("product_id", 8, "product_uom_qty", 5, "price_unit", 450)),
                            List.of(0, 0, Map.of("product_id", 6, "product_uom_qty", 2, "product_uom_id", 2,
                                    "price_unit", 90))))))).text();
            int orderId = ((Number) ((List<?>) Json.parse(created)).get(0)).intValue();
            rpc.json2("sale.order", "action_confirm", Map.of("ids", List.of(orderId)));

            Map<?, ?> first = control(odoo, "/emulator/deliveries",
                    "{\"clientOrderRef\": \"PO-SHIP-1\", \"quantities\": {\"FURN_7800\": 3}}");
            assertThat(((Map<?, ?>) first.get("picking")).get("state")).isEqualTo("done");
            assertThat(first.get("backorder")).isNotNull();
            String lines = rpc.json2("sale.order.line", "search_read", Map.of("domain", List.of(List.of("order_id", "=",
                    orderId)), "fields", List.of("qty_delivered"), "order", "id")).text();
            assertThat(lines).contains("\"qty_delivered\": 3.0", "\"qty_delivered\": 0.0");

            Map<?, ?> second = control(odoo, "/emulator/deliveries", "{\"clientOrderRef\": \"PO-SHIP-1\"}");
            assertThat(second.get("backorder")).isNull();
            assertThat(rpc.json2("sale.order.line", "search_read", Map.of("domain", List.of(List.of("order_id", "=",
                    orderId)), "fields", List.of("qty_delivered"), "order", "id")).text())
                    .contains("\"qty_delivered\": 5.0", "\"qty_delivered\": 2.0");

            Map<?, ?> invoice = (Map<?, ?>) control(odoo, "/emulator/invoices", "{\"clientOrderRef\": \"PO-SHIP-1\"}")
                    .get("invoice");
            assertThat(invoice.get("state")).isEqualTo("posted");
            assertThat(invoice.get("name").toString()).startsWith("INV/");
            assertThat(((Number) invoice.get("amount_total")).doubleValue()).isGreaterThanOrEqualTo(2430.0);

            Rpc.Reply nothing = Rpc.send(HttpRequest.newBuilder(URI.create(odoo.url() + "/emulator/deliveries"))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"clientOrderRef\": \"PO-SHIP-1\"}")).build());
            assertThat(nothing.status()).isEqualTo(400);
            assertThat(nothing.text()).contains("no open delivery");
        }
    }

    private static Map<?, ?> control(OdooEmulator odoo, String path, String body) {
        Rpc.Reply reply = Rpc.send(HttpRequest.newBuilder(URI.create(odoo.url() + path))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        return (Map<?, ?>) Json.parse(reply.text());
    }
}
