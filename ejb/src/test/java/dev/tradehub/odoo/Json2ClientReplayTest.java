package dev.tradehub.odoo;

import static dev.tradehub.odoo.replay.Odoo.exchange;
import static dev.tradehub.odoo.replay.Odoo.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tradehub.odoo.OdooSettings.Protocol;
import dev.tradehub.odoo.replay.Exchange;
import dev.tradehub.odoo.replay.Odoo;
import dev.tradehub.odoo.replay.ReplayServer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every {@link OdooClient} operation over JSON-2 sends what real Odoo 19 received and reads what it answered. */
class Json2ClientReplayTest {

    @RegisterExtension
    final ReplayServer server = ReplayServer.start();
    private final OdooClient client = OdooClients.create(Odoo.settings(server, Protocol.JSON2, null, Odoo.ADMIN_KEY));

    @Test
    void versionIsAskedOnceWithGetJsonVersion() {
        server.expect(exchange("01-version-json-version-get.json"));

        assertThat(client.version()).isEqualTo(new OdooVersion(19, 0, "19.0"));
        assertThat(client.version().namesSaleLineUnitProductUomId()).isTrue();
        assertThat(server.requests()).isEqualTo(1);
    }

    @Test
    void findPartnerByRefSendsTheTranscriptQuery() {
        server.expect(exchange("02-partner-json2-search-read-by-ref.json"));

        Optional<OdooRecord> partner = client.findPartnerByRef("CUST-0001");

        assertThat(partner).hasValueSatisfying(p -> {
            assertThat(p.id()).isEqualTo(45);
            assertThat(p.name()).isEqualTo("Acme Integration Corp");
            assertThat(p.reference("parent_id")).isNull();
            assertThat(p.reference("country_id")).isEqualTo(233L);
        });
    }

    @Test
    void findPartnerByRefPrefersTheCompanyOverAChildWithTheSameRef() {
        // Derived from 02-partner-json2-search-read-by-ref.json: a child listed first must not win.
        server.expect(exchange("02-partner-json2-search-read-by-ref.json").withResponse(200, "application/json",
                "[{'id':46,'name':'Acme Warehouse Dock','ref':'CUST-0001','parent_id':[45,'Acme Integration Corp']},"
                        .replace('\'', '"')
                        + "{\"id\":45,\"name\":\"Acme Integration Corp\",\"ref\":\"CUST-0001\",\"parent_id\":false}]"));

        assertThat(client.findPartnerByRef("CUST-0001")).map(OdooRecord::id).hasValue(45L);
    }

    @Test
    void findPartnerByRefWithNoMatchIsEmpty() {
        server.expect(exchange("02-partner-json2-search-read-by-ref.json").withResponse(200, "application/json", "[]"));

        assertThat(client.findPartnerByRef("CUST-0001")).isEmpty();
    }

    @Test
    void findChildAddressByRefAddsTheRefToTheChildrenQuery() {
        // 02-partner-json2-search-read-children.json searched parent_id only; we also match the child's ref.
        Exchange children = exchange("02-partner-json2-search-read-children.json");
        server.expect(children.withBody(json("{'domain':[['parent_id','=',45],['ref','=','DC042']],"
                + "'fields':['id','name','ref','type','parent_id','commercial_partner_id','street','city','zip',"
                + "'country_id','state_id']}")));

        Optional<OdooRecord> child = client.findChildAddressByRef(45, "DC042");

        assertThat(child).hasValueSatisfying(c -> {
            assertThat(c.id()).isEqualTo(46);
            assertThat(c.text("type")).isEqualTo("delivery");
            assertThat(c.reference("parent_id")).isEqualTo(45L);
            assertThat(c.text("ref")).isNull();
        });
    }

    @Test
    void findProductsByDefaultCodeIsOneInQuery() {
        server.expect(exchange("03-product-json2-search-read-by-default-code-in.json"));

        Map<String, OdooRecord> products = client.findProductsByDefaultCode(
                List.of("FURN_8888", "FURN_9001", "FURN_7800", "NOPE", "FURN_8888"));

        assertThat(products).containsOnlyKeys("FURN_7800", "FURN_8888", "FURN_9001");
        assertThat(products.get("FURN_8888").id()).isEqualTo(6);
        assertThat(products.get("FURN_7800").reference("uom_id")).isEqualTo(1L);
    }

    @Test
    void findProductsByBarcodeIsOneInQuery() {
        // 03-product-json2-search-read-by-barcode.json used '='; one 'in' query serves a whole order.
        server.expect(exchange("03-product-json2-search-read-by-barcode.json").withBody(json(
                "{'domain':[['barcode','in',['2300001000008','0000000000000']]],'fields':['id','default_code',"
                        + "'barcode','name','uom_id','list_price','qty_available','free_qty'],'order':'barcode'}")));

        Map<String, OdooRecord> products = client.findProductsByBarcode(List.of("2300001000008", "0000000000000"));

        assertThat(products).containsOnlyKeys("2300001000008");
        assertThat(products.get("2300001000008").id()).isEqualTo(49);
        assertThat(products.get("2300001000008").text("default_code")).isEqualTo("FURN_0001");
    }

    @Test
    void emptyLookupsMakeNoCall() {
        assertThat(client.findProductsByBarcode(List.of())).isEmpty();
        assertThat(client.findUnitsByName(List.of())).isEmpty();
        assertThat(client.findSaleOrders(List.of(45L), List.of())).isEmpty();
        assertThat(client.createSaleOrders(List.of())).isEmpty();
        client.confirmSaleOrders(List.of());
        assertThat(server.requests()).isZero();
    }

    @Test
    void findUnitsByNameIncludesArchivedUnits() {
        server.expect(exchange("03-uom-json2-search-read-with-archived.json"));

        Map<String, OdooRecord> units = client.findUnitsByName(List.of("Units", "Dozens", "Pack of 6"));

        assertThat(units).containsOnlyKeys("Units", "Pack of 6", "Dozens");
        assertThat(units.get("Dozens").id()).isEqualTo(3);
        assertThat(units.get("Pack of 6").reference("relative_uom_id")).isEqualTo(1L);
    }

    @Test
    void findSaleOrdersByClientOrderRefsAndPartner() {
        // Domain from 04-sale-json2-search-count-before.json ('in' instead of '='), as a search_read; the answer is
        // the matching fields of 04-sale-json2-read-after-create.json.
        server.expect(exchange("04-sale-json2-search-count-before.json").withPath("/json/2/sale.order/search_read")
                .withBody(json("{'domain':[['client_order_ref','in',['PO-ACME-1001','PO-ACME-1003']],"
                        + "['partner_id','=',45]],'fields':['id','name','state','client_order_ref','partner_id',"
                        + "'partner_shipping_id','commitment_date']}"))
                .withResponse(200, "application/json; charset=utf-8", json("[{'id':25,'name':'S00027','state':'draft',"
                        + "'client_order_ref':'PO-ACME-1001','partner_id':[45,'Acme Integration Corp'],"
                        + "'partner_shipping_id':[46,'Acme Integration Corp, Acme Warehouse Dock'],"
                        + "'commitment_date':'2026-12-15 10:00:00'}]").toString()));
        server.expect(exchange("04-sale-json2-search-count-before.json").withPath("/json/2/sale.order/search_read")
                .withBody(null)
                .withResponse(200, "application/json", "[]"));

        List<OdooRecord> found = client.findSaleOrders(List.of(45L), List.of("PO-ACME-1001", "PO-ACME-1003"));
        assertThat(found).singleElement().satisfies(order -> {
            assertThat(order.id()).isEqualTo(25);
            assertThat(order.text("client_order_ref")).isEqualTo("PO-ACME-1001");
            assertThat(order.reference("partner_shipping_id")).isEqualTo(46L);
        });
        assertThat(client.findSaleOrders(List.of(45L), List.of("PO-NONE"))).isEmpty();
    }

    @Test
    void createSaleOrdersSendsOneVaListWithOdoo19LineFields() {
        // 04-sale-json2-create-two-orders-vals-list.json, except the commitment time: a date becomes noon UTC.
        Exchange create = exchange("04-sale-json2-create-two-orders-vals-list.json");
        String body = create.body().toString()
                .replace("2026-12-15 10:00:00", "2026-12-15 12:00:00")
                .replace("2026-12-16 08:30:00", "2026-12-16 12:00:00");
        server.expect(exchange("01-version-json-version-get.json"), create.withBody(json(body)));

        List<Long> ids = client.createSaleOrders(List.of(
                new SaleOrderDraft(45, 46L, "PO-ACME-1001", LocalDate.of(2026, 12, 15), null, List.of(
                        line(21, "5", 1L, "15.8"), line(26, "3", 1L, "47.0"))),
                new SaleOrderDraft(47, 48L, "PO-BETA-2001", LocalDate.of(2026, 12, 16), null, List.of(
                        line(31, "2", 1L, "120.5"), line(21, "1", 2L, "90.0")))));

        assertThat(ids).containsExactly(25L, 26L);
    }

    @Test
    void createSaleOrdersLeavesOutWhatTheDraftDoesNotSay() {
        server.expect(exchange("01-version-json-version-get.json"),
                exchange("04-sale-json2-create-two-orders-vals-list.json")
                        .withBody(json("{'vals_list':[{'partner_id':45,'client_order_ref':'PO-1','note':'Call first',"
                                + "'order_line':[[0,0,{'product_id':6,'product_uom_qty':2.5,'name':'Lamp, blue'}]]}]}"))
                        .withResponse(200, "application/json", "[31]"));

        List<Long> ids = client.createSaleOrders(List.of(new SaleOrderDraft(45, null, "PO-1", null, "Call first",
                List.of(new SaleOrderDraft.Line(6, new BigDecimal("2.50"), null, null, "Lamp, blue")))));

        assertThat(ids).containsExactly(31L);
    }

    @Test
    void confirmSaleOrdersSendsTheIds() {
        server.expect(exchange("04-sale-json2-action-confirm.json"));

        client.confirmSaleOrders(List.of(25L, 26L));
    }

    @Test
    void readSaleOrdersReadsTheFields() {
        server.expect(exchange("04-sale-json2-read-after-create.json"));

        List<OdooRecord> orders = client.read("sale.order", List.of(25L, 26L), List.of("name", "state", "amount_untaxed",
                "amount_tax", "amount_total", "order_line", "partner_id", "partner_shipping_id", "client_order_ref",
                "commitment_date", "date_order", "currency_id", "invoice_status"));

        assertThat(orders).extracting(OdooRecord::name).containsExactly("S00027", "S00028");
        assertThat(orders.get(0).values().getJsonNumber("amount_total").bigDecimalValue()).isEqualByComparingTo("220");
        assertThat(orders.get(1).text("commitment_date")).isEqualTo("2026-12-16 08:30:00");
    }

    @Test
    void changedSinceAsksForTheWholeSecondsInOdoosWriteOrder() {
        // 15-cursor-json2-17 with the page size change capture always sends.
        server.expect(exchange("15-cursor-json2-17-poll-ge-sees-both.json").withBody(json(
                "{'domain':[['write_date','>=','2026-12-01 19:15:37']],'fields':['id','name','state','write_date'],"
                        + "'order':'write_date asc, id asc','limit':50}")));

        List<OdooRecord> changed = client.changedSince("sale.order", List.of(),
                java.time.LocalDateTime.of(2026, 12, 1, 19, 15, 37), List.of("id", "name", "state", "write_date"), 50, 0);

        assertThat(changed).extracting(OdooRecord::id).containsExactly(32L, 33L);
        assertThat(changed).extracting(r -> r.text("write_date")).containsOnly("2026-12-01 19:15:37");
    }

    @Test
    void changedSincePutsTheFilterInFrontAndPagesByOffset() {
        // 15-cursor-json2-19 (done pickings) asked with >= and the next page's offset.
        server.expect(exchange("15-cursor-json2-19-stock-picking-done-page1.json").withBody(json(
                "{'domain':[['state','=','done'],['write_date','>=','2026-12-01 18:41:17']],"
                        + "'fields':['id','name','state','origin','date_done','write_date'],"
                        + "'order':'write_date asc, id asc','limit':1,'offset':3}")));

        List<OdooRecord> done = client.changedSince("stock.picking",
                List.of(json("['state','=','done']").asJsonArray()), java.time.LocalDateTime.of(2026, 12, 1, 18, 41, 17),
                List.of("id", "name", "state", "origin", "date_done", "write_date"), 1, 3);

        assertThat(done).singleElement().satisfies(picking -> {
            assertThat(picking.text("origin")).isEqualTo("S00025");
            assertThat(picking.text("write_date")).isEqualTo("2026-12-01 19:15:22");
        });
    }

    static SaleOrderDraft.Line line(long product, String qty, Long unit, String price) {
        return new SaleOrderDraft.Line(product, new BigDecimal(qty), unit, new BigDecimal(price), null);
    }

    @Test
    void writeSendsTheOrderLineCommandsAsInTheTranscript() {
        server.expect(exchange("01-version-json-version-get.json"));
        server.expect(exchange("12-change-json2-05-write-line-qty-increase.json"));

        client.changeSaleOrder(25L, new SaleOrderChange(null,
                List.of(new SaleOrderChange.LineUpdate(51, new BigDecimal("12"), null)), List.of()));

        assertThat(server.requests()).isEqualTo(2);
    }

    @Test
    void aChangeOdooRefusesIsARejectionWithOdoosReason() {
        server.expect(exchange("01-version-json-version-get.json"));
        server.expect(exchange("12-change-json2-27-write-qty-below-delivered-refused.json"));

        OdooException refused = org.assertj.core.api.Assertions.catchThrowableOfType(() -> client.changeSaleOrder(25L,
                new SaleOrderChange(null, List.of(new SaleOrderChange.LineUpdate(51, new BigDecimal("5"), null)),
                        List.of())), OdooException.class);

        assertThat(refused.kind()).isEqualTo(OdooException.Kind.REJECTED);
        assertThat(refused.errorName()).isEqualTo("odoo.exceptions.UserError");
        assertThat(refused.getMessage()).startsWith("The ordered quantity of a sale order line cannot be decreased");
    }

    @Test
    void cancelSaleOrdersCallsActionCancel() {
        server.expect(exchange("12-change-json2-31-action-cancel.json"));

        client.cancelSaleOrders(List.of(25L));

        assertThat(server.requests()).isEqualTo(1);
    }
}
