package dev.tradehub.odoo;

import static dev.tradehub.odoo.Json2ClientReplayTest.line;
import static dev.tradehub.odoo.replay.Odoo.ADMIN_KEY;
import static dev.tradehub.odoo.replay.Odoo.ADMIN_LOGIN;
import static dev.tradehub.odoo.replay.Odoo.exchange;
import static dev.tradehub.odoo.replay.Odoo.executeKw;
import static dev.tradehub.odoo.replay.Odoo.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tradehub.odoo.OdooSettings.Protocol;
import dev.tradehub.odoo.replay.Exchange;
import dev.tradehub.odoo.replay.Odoo;
import dev.tradehub.odoo.replay.ReplayServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every {@link OdooClient} operation over JSON-RPC sends what real Odoo 19 received and reads what it answered. */
class JsonRpcClientReplayTest {

    private static final String PARTNER_FIELDS = "['id','name','ref','type','parent_id','commercial_partner_id',"
            + "'street','city','zip','country_id','state_id']";
    private static final String PRODUCT_FIELDS = "['id','default_code','barcode','name','uom_id','list_price',"
            + "'qty_available','free_qty']";

    @RegisterExtension
    final ReplayServer server = ReplayServer.start();
    private final OdooClient client = OdooClients.create(Odoo.settings(server, Protocol.JSONRPC, ADMIN_LOGIN, ADMIN_KEY));

    @Test
    void versionIsCommonVersionAskedOnce() {
        server.expect(exchange("01-version-jsonrpc-common-version.json"));

        assertThat(client.version()).isEqualTo(new OdooVersion(19, 0, "19.0"));
        assertThat(client.version()).isEqualTo(new OdooVersion(19, 0, "19.0"));
        assertThat(server.requests()).isEqualTo(1);
    }

    @Test
    void logsInOnceWithTheApiKeyThenSearchesPartnerByRef() {
        server.expect(exchange("01-login-jsonrpc-common-login-apikey.json"),
                executeKw("02-partner-jsonrpc-search-read-by-ref.json", ADMIN_KEY),
                executeKw("02-partner-jsonrpc-search-read-by-ref.json", ADMIN_KEY));

        assertThat(client.findPartnerByRef("CUST-0002")).map(OdooRecord::id).hasValue(47L);
        assertThat(client.findPartnerByRef("CUST-0002")).map(OdooRecord::name).hasValue("Beta Retail LLC");
    }

    @Test
    void findChildAddressByRef() {
        Exchange search = executeKw("02-partner-jsonrpc-search-read-by-ref.json", ADMIN_KEY);
        server.expect(Odoo.login(ADMIN_LOGIN, ADMIN_KEY, 2), search.withBody(rpc(
                "'res.partner','search_read',[[['parent_id','=',47],['ref','=','4012345000009']]],{'fields':"
                        + PARTNER_FIELDS + "}"))
                .withResponse(200, "application/json", json("{'jsonrpc':'2.0','id':1,'result':[{'id':48,"
                        + "'name':'Beta DC','ref':'4012345000009','type':'delivery','parent_id':[47,'Beta Retail LLC']}]}")
                        .toString()));

        assertThat(client.findChildAddressByRef(47, "4012345000009")).map(OdooRecord::id).hasValue(48L);
    }

    @Test
    void findProductsByBarcodeAndDefaultCode() {
        Exchange byBarcode = executeKw("03-product-jsonrpc-search-read-by-barcode.json", ADMIN_KEY);
        // 03-product-jsonrpc-search-read-by-barcode.json used '='; we send one 'in' query with an order.
        server.expect(Odoo.login(ADMIN_LOGIN, ADMIN_KEY, 2),
                byBarcode.withBody(rpc("'product.product','search_read',[[['barcode','in',['40164785534112']]]],"
                        + "{'fields':" + PRODUCT_FIELDS + ",'order':'barcode'}")),
                byBarcode.withBody(rpc("'product.product','search_read',[[['default_code','in',['FURN_8888']]]],"
                        + "{'fields':" + PRODUCT_FIELDS + ",'order':'default_code'}")));

        Map<String, OdooRecord> byCode = client.findProductsByBarcode(List.of("40164785534112"));
        assertThat(byCode.get("40164785534112").id()).isEqualTo(6);
        assertThat(client.findProductsByDefaultCode(List.of("FURN_8888"))).containsOnlyKeys("FURN_8888");
    }

    @Test
    void findUnitsByNamePutsActiveTestInKwargsContext() {
        // 03-uom-jsonrpc-search-read-units-dozens.json had no context, so archived Dozens was missing; with
        // {"active_test": false} inside kwargs it comes back (answer as in 03-uom-json2-search-read-with-archived).
        server.expect(Odoo.login(ADMIN_LOGIN, ADMIN_KEY, 2),
                executeKw("03-uom-jsonrpc-search-read-units-dozens.json", ADMIN_KEY)
                        .withBody(rpc("'uom.uom','search_read',[[['name','in',['Units','Dozens']]]],{'fields':['id',"
                                + "'name','relative_factor','relative_uom_id','factor','rounding','active'],"
                                + "'context':{'active_test':false}}"))
                        .withResponse(200, "application/json", json("{'jsonrpc':'2.0','id':3,'result':[{'id':1,"
                                + "'name':'Units','active':true},{'id':3,'name':'Dozens','active':false}]}").toString()));

        assertThat(client.findUnitsByName(List.of("Units", "Dozens"))).containsOnlyKeys("Units", "Dozens");
    }

    @Test
    void findSaleOrdersByClientOrderRefsAndPartner() {
        // Domain of 04-sale-jsonrpc-search-count.json, as a search_read with 'in'.
        server.expect(Odoo.login(ADMIN_LOGIN, ADMIN_KEY, 2),
                executeKw("04-sale-jsonrpc-search-count.json", ADMIN_KEY)
                        .withBody(rpc("'sale.order','search_read',[[['client_order_ref','in',['PO-ACME-1002']],"
                                + "['partner_id','=',45]]],{'fields':['id','name','state','client_order_ref',"
                                + "'partner_id','partner_shipping_id','commitment_date']}"))
                        .withResponse(200, "application/json", "{\"jsonrpc\":\"2.0\",\"id\":2,\"result\":[]}"));

        assertThat(client.findSaleOrders(List.of(45L), List.of("PO-ACME-1002"))).isEmpty();
    }

    @Test
    void createSaleOrdersPassesTheListPositionallyAndReadsTheIdList() {
        Exchange create = executeKw("04-sale-jsonrpc-create-two-orders-vals-list.json", ADMIN_KEY);
        server.expect(exchange("01-version-jsonrpc-common-version.json"), Odoo.login(ADMIN_LOGIN, ADMIN_KEY, 2),
                create.withBody(json(create.body().toString().replace("2026-12-20 09:00:00", "2026-12-20 12:00:00"))));

        List<Long> ids = client.createSaleOrders(List.of(
                new SaleOrderDraft(45, 46L, "PO-ACME-1002", LocalDate.of(2026, 12, 20), null,
                        List.of(line(26, "4", 1L, "47.0"))),
                new SaleOrderDraft(47, 48L, "PO-BETA-2002", null, null, List.of(line(29, "2", 1L, "33.0")))));

        assertThat(ids).containsExactly(27L, 28L);
    }

    @Test
    void createAcceptsABareIdAnswer() {
        // JSON-RPC answers an int when given a single dict (02-partner-jsonrpc-create-single-dict.json).
        Exchange create = executeKw("04-sale-jsonrpc-create-two-orders-vals-list.json", ADMIN_KEY);
        server.expect(exchange("01-version-jsonrpc-common-version.json"), Odoo.login(ADMIN_LOGIN, ADMIN_KEY, 2),
                create.withBody(null).withResponse(200, "application/json", "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":27}"));

        assertThat(client.createSaleOrders(List.of(new SaleOrderDraft(45, null, "PO-X", null, null,
                List.of(line(26, "1", null, "47.0")))))).containsExactly(27L);
    }

    @Test
    void beforeOdoo19TheLineUnitIsProductUom() {
        // The request of 04-sale-jsonrpc-create-wrong-uom-field-product_uom.json is what a client for Odoo 16-18
        // must send; sent to 19 it fails as recorded.
        Exchange version = exchange("01-version-jsonrpc-common-version.json").withResponse(200, "application/json",
                json("{'jsonrpc':'2.0','id':1,'result':{'server_version':'17.0','server_version_info':[17,0,0,'final',0,''],"
                        + "'server_serie':'17.0','protocol_version':1}}").toString());
        server.expect(version, Odoo.login(ADMIN_LOGIN, ADMIN_KEY, 2),
                executeKw("04-sale-jsonrpc-create-wrong-uom-field-product_uom.json", ADMIN_KEY));

        assertThatThrownBy(() -> client.createSaleOrders(List.of(new SaleOrderDraft(45, 46L, "PO-ACME-BAD", null, null,
                List.of(line(21, "5", 1L, "15.8"))))))
                .isInstanceOfSatisfying(OdooException.class, e -> {
                    assertThat(e.kind()).isEqualTo(OdooException.Kind.REJECTED);
                    assertThat(e.errorName()).isEqualTo("builtins.ValueError");
                    assertThat(e.getMessage()).isEqualTo("Invalid field 'product_uom' on model 'sale.order.line'");
                });
        assertThat(client.version().major()).isEqualTo(17);
    }

    @Test
    void confirmAndReadPassIdsPositionally() {
        server.expect(Odoo.login(ADMIN_LOGIN, ADMIN_KEY, 2),
                executeKw("04-sale-jsonrpc-action-confirm.json", ADMIN_KEY),
                executeKw("04-sale-jsonrpc-read.json", ADMIN_KEY));

        client.confirmSaleOrders(List.of(27L));
        List<OdooRecord> orders = client.read("sale.order", List.of(27L, 28L), List.of("name", "state", "amount_total",
                "order_line"));

        assertThat(orders).extracting(OdooRecord::name).containsExactly("S00029", "S00030");
    }

    @Test
    void refusedLoginIsAuthentication() {
        OdooClient wrongKey = OdooClients.create(Odoo.settings(server, Protocol.JSONRPC, ADMIN_LOGIN, "wrong-password"));
        server.expect(exchange("01-login-jsonrpc-common-login-wrong-password.json"));

        assertThatThrownBy(() -> wrongKey.findPartnerByRef("CUST-0001"))
                .isInstanceOfSatisfying(OdooException.class, e -> {
                    assertThat(e.kind()).isEqualTo(OdooException.Kind.AUTHENTICATION);
                    assertThat(e.getMessage()).contains("admin").doesNotContain("wrong-password");
                });
    }

    /** An execute_kw body for the admin session: {@code model, method, args[, kwargs]} in single-quoted JSON. */
    private static JsonObject rpc(String modelMethodArgs) {
        String args = "['" + Odoo.DATABASE + "',2,'" + ADMIN_KEY + "'," + modelMethodArgs + "]";
        return Json.createObjectBuilder().add("jsonrpc", "2.0").add("method", "call")
                .add("params", Json.createObjectBuilder().add("service", "object").add("method", "execute_kw")
                        .add("args", json(args)))
                .add("id", 1).build();
    }
}
