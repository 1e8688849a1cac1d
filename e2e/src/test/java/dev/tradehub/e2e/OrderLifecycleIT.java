package dev.tradehub.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradehub.odoo.emulator.SaleOrderView;
import dev.tradehub.server.payara.Profile;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The whole life of an order against the emulator: the 850 comes in, Odoo confirms it and TradeHub sends the 855;
 * a partial delivery and its backorder are validated in Odoo and each gets its 856; the invoice is posted and gets
 * its 810; the order's timeline shows it all, and polling again sends nothing twice. The same for an EDIFACT
 * partner (ORDRSP, DESADV, INVOIC). Change capture polls every second here; the documents are fetched from the
 * partner's mailbox as the partner would.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrderLifecycleIT {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String SECRET = "webhook-secret-for-tests";

    private DeployedTradeHub tradeHub;
    private TradeHubApi api;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void start() {
        tradeHub = DeployedTradeHub.start("lifecycle", 25000, Profile.EMBEDDED, Map.of(),
                Map.of("tradehub.changecapture.interval-seconds", "1", "tradehub.odoo.webhook-secret", SECRET,
                        "tradehub.changecapture.claim-interval-seconds", "1",
                        "tradehub.changecapture.claim-settle-seconds", "2"));
        api = tradeHub.api();
    }

    @AfterAll
    void stop() {
        if (tradeHub != null) {
            tradeHub.close();
        }
    }

    @Test
    void anX12OrderGetsIts855EachDeliveryIts856AndTheInvoiceIts810() {
        String po = "PO-LIFE-" + System.nanoTime() % 1_000_000;
        String id = api.send(X12Documents.interchange("ACMEEDI", "7101",
                new X12Documents.Order(po, "DC042", List.of("5*EA*450*VN*FURN_7800", "2*CA*90*BP*ACM-LAMP-01"))),
                "application/edi-x12");
        assertThat(api.awaitTerminal(id, WAIT).getString("status")).isEqualTo("COMPLETED");

        JsonObject confirmed = awaitTimeline("ACME", po, t -> documents(t, "ORDER_RESPONSE") == 1);
        JsonObject response = document(confirmed, "ORDER_RESPONSE", 0);
        assertThat(response.getString("docType")).isEqualTo("855");
        assertThat(response.getString("state")).isEqualTo("ISSUED");
        String orderName = confirmed.getJsonObject("odoo").getString("name");
        String edi855 = fetch("ACME", response.getString("messageId"));
        assertThat(edi855).contains("ST*855*", "BAK*00*AD*" + po + "*20261127****" + orderName, "PO1*1*5*EA*450",
                "ACK*IA*5*EA", "PO1*2*2*CA*90", "ACK*IA*2*CA", "CTT*2");
        assertThat(confirmed.getString("summary")).isEqualTo("confirmed, order response sent, not shipped yet");

        // Odoo ships 3 of the 5 desks; the rest and the lamps follow in the backorder.
        JsonObject first = control("/emulator/deliveries", "{\"clientOrderRef\": \"" + po
                + "\", \"quantities\": {\"FURN_7800\": 3, \"FURN_8888\": 0}}");
        assertThat(first.get("backorder")).isNotNull();
        String firstPicking = first.getJsonObject("picking").getString("name");
        JsonObject shippedOnce = awaitTimeline("ACME", po, t -> documents(t, "SHIP_NOTICE") == 1);
        String edi856 = fetch("ACME", document(shippedOnce, "SHIP_NOTICE", 0).getString("messageId"));
        assertThat(edi856).contains("ST*856*", "BSN*00*" + firstPicking + "*", "HL*1**S", "HL*2*1*O", "PRF*" + po,
                "HL*3*2*I", "LIN**VN*FURN_7800", "SN1*1*3*EA")
                .doesNotContain("SN1*2*");
        assertThat(shippedOnce.getString("summary")).startsWith("shipped (1 ship notice sent)");

        JsonObject second = control("/emulator/deliveries", "{\"clientOrderRef\": \"" + po + "\"}");
        String secondPicking = second.getJsonObject("picking").getString("name");
        JsonObject shippedTwice = awaitTimeline("ACME", po, t -> documents(t, "SHIP_NOTICE") == 2);
        String second856 = fetch("ACME", document(shippedTwice, "SHIP_NOTICE", 1).getString("messageId"));
        assertThat(second856).contains("BSN*00*" + secondPicking + "*", "SN1*1*2*EA", "SN1*2*2*CA");

        JsonObject invoice = control("/emulator/invoices", "{\"clientOrderRef\": \"" + po + "\"}").getJsonObject("invoice");
        JsonObject invoiced = awaitTimeline("ACME", po, t -> documents(t, "INVOICE") == 1);
        String edi810 = fetch("ACME", document(invoiced, "INVOICE", 0).getString("messageId"));
        long cents = Math.round(invoice.getJsonNumber("amount_total").doubleValue() * 100);
        assertThat(edi810).contains("ST*810*", "BIG*", invoice.getString("name"), "*" + po, "IT1*1*5*EA*450",
                "IT1*2*2*CA*90", "TDS*" + cents + "~", "CTT*2");
        assertThat(invoiced.getString("summary")).startsWith("invoiced (1 invoice sent), 2 ship notices sent");
        assertThat(invoiced.getJsonArray("expected")).isEmpty();
        assertThat(invoiced.getJsonArray("events").getValuesAs(JsonObject.class))
                .extracting(event -> event.getString("event"))
                .containsSubsequence("RECEIVED", "ACKNOWLEDGEMENT_ISSUED", "COMPLETED", "DOCUMENT_ISSUED",
                        "DOCUMENT_ISSUED", "DOCUMENT_ISSUED", "DOCUMENT_ISSUED");

        // Polling the same records again (and a hint from Odoo) sends nothing twice.
        for (String model : List.of("sale.order", "stock.picking", "account.move")) {
            assertThat(api.post("/api/v1/change-capture/" + model + "/poll", new byte[0], "application/json").status())
                    .isIn(200, 202);
        }
        assertThat(api.post("/api/v1/odoo/events?secret=" + SECRET, "{\"_model\": \"stock.picking\", \"_id\": 1}"
                .getBytes(StandardCharsets.UTF_8), "application/json").status()).isEqualTo(202);
        TradeHubApi.sleep(2500);
        JsonObject after = api.get("/api/v1/orders/" + invoiced.getJsonNumber("id").longValue()).json();
        assertThat(after.getJsonArray("documents")).hasSize(4);
        String metrics = api.get("/metrics").body();
        assertThat(metrics).containsPattern("tradehub_order_documents\\{[^}]*kind=\"SHIP_NOTICE\"[^}]*state=\"ISSUED\"[^}]*\\} [1-9]")
                .contains("tradehub_changecapture_poll_age_seconds");
    }

    @Test
    void anEdifactOrderGetsOrdrspDesadvAndInvoic() {
        String po = "BETA-LIFE-" + System.nanoTime() % 1_000_000;
        String orders = new String(DeployedTradeHub.sample("beta-orders-d96a.edi"), StandardCharsets.UTF_8).replace("BETA-PO-2001", po)
                .replace("BETA000001", "BL" + System.nanoTime() % 100_000_000);
        String id = api.send(orders.getBytes(StandardCharsets.UTF_8), "application/edifact");
        assertThat(api.awaitTerminal(id, WAIT).getString("status")).isEqualTo("COMPLETED");

        JsonObject confirmed = awaitTimeline("BETA", po, t -> documents(t, "ORDER_RESPONSE") == 1);
        String ordrsp = fetch("BETA", document(confirmed, "ORDER_RESPONSE", 0).getString("messageId"));
        assertThat(ordrsp).contains("+ORDRSP:D:96A:UN'", "BGM+231+", "RFF+ON:" + po, "LIN+1+5", "QTY+21:4",
                "QTY+113:4");

        control("/emulator/deliveries", "{\"clientOrderRef\": \"" + po + "\"}");
        JsonObject shipped = awaitTimeline("BETA", po, t -> documents(t, "SHIP_NOTICE") == 1);
        String desadv = fetch("BETA", document(shipped, "SHIP_NOTICE", 0).getString("messageId"));
        assertThat(desadv).contains("+DESADV:D:96A:UN'", "BGM+351+", "RFF+ON:" + po, "QTY+12:4", "QTY+12:12");

        control("/emulator/invoices", "{\"clientOrderRef\": \"" + po + "\"}");
        JsonObject invoiced = awaitTimeline("BETA", po, t -> documents(t, "INVOICE") == 1);
        String invoic = fetch("BETA", document(invoiced, "INVOICE", 0).getString("messageId"));
        assertThat(invoic).contains("+INVOIC:D:96A:UN'", "BGM+380+", "RFF+ON:" + po, "QTY+47:4", "QTY+47:12",
                "MOA+79:");
    }

    @Test
    void changesGoIntoOdooOnceAndWhatOdooRefusesIsShownWithItsReason() {
        String po = "PO-CHG-" + System.nanoTime() % 1_000_000;
        String id = api.send(X12Documents.interchange("ACMEEDI", "7201",
                new X12Documents.Order(po, "DC042", List.of("5*EA*450*VN*FURN_7800", "2*CA*90*BP*ACM-LAMP-01"))),
                "application/edi-x12");
        assertThat(api.awaitTerminal(id, WAIT).getString("status")).isEqualTo("COMPLETED");
        awaitTimeline("ACME", po, t -> documents(t, "ORDER_RESPONSE") == 1);

        // Raise the desks from 5 to 8, add a line of 4 organizers.
        byte[] raise = change("7202", po, "1", "POC*1*QI*8**EA*450**VN*FURN_7800", "POC*3*AI*4**EA*5.10**VN*FURN_0001");
        JsonObject applied = api.awaitTerminal(api.send(raise, "application/edi-x12"), WAIT);
        assertThat(applied.getString("status")).as(applied.toString()).isEqualTo("COMPLETED");
        assertThat(applied.getJsonArray("transactions").getJsonObject(0).getString("state")).isEqualTo("APPLIED");
        assertThat(emulatorOrder(po).lines()).extracting(SaleOrderView.Line::quantity).containsExactly(8.0, 2.0, 4.0);

        // The same change again changes nothing.
        JsonObject again = api.awaitTerminal(api.send(change("7203", po, "1", "POC*1*QI*8**EA*450**VN*FURN_7800",
                "POC*3*AI*4**EA*5.10**VN*FURN_0001"), "application/edi-x12"), WAIT);
        assertThat(again.getJsonArray("transactions").getJsonObject(0).getString("state")).isEqualTo("DUPLICATE");
        assertThat(emulatorOrder(po).lines()).hasSize(3);

        // 6 desks ship; a change down to 4 is below what was delivered: Odoo refuses it, with its reason.
        control("/emulator/deliveries", "{\"clientOrderRef\": \"" + po + "\", \"quantities\": {\"FURN_7800\": 6,"
                + " \"FURN_8888\": 0, \"FURN_0001\": 0}}");
        JsonObject refused = api.awaitTerminal(api.send(change("7204", po, "2", "POC*1*QD*4**EA*450**VN*FURN_7800"),
                "application/edi-x12"), WAIT);
        assertThat(refused.getString("status")).isEqualTo("FAILED");
        assertThat(refused.getString("errorCategory")).isEqualTo("ODOO_REJECTED");
        assertThat(refused.getJsonArray("errors").getJsonObject(0).getString("message"))
                .contains("cannot be decreased below the amount already delivered");
        assertThat(emulatorOrder(po).lines().get(0).quantity()).isEqualTo(8.0);

        JsonObject timeline = awaitTimeline("ACME", po, t -> t.getJsonArray("changes").size() == 2
                && documents(t, "SHIP_NOTICE") == 1);
        assertThat(timeline.getJsonArray("changes").getValuesAs(JsonObject.class))
                .extracting(c -> c.getString("state")).containsExactly("APPLIED", "REFUSED");
        assertThat(timeline.getJsonArray("events").getValuesAs(JsonObject.class))
                .extracting(event -> event.getString("event")).contains("CHANGE_APPLIED", "CHANGE_REFUSED");
        // The ship notice names the added line by the buyer's line number.
        String edi856 = fetch("ACME", document(timeline, "SHIP_NOTICE", 0).getString("messageId"));
        assertThat(edi856).contains("SN1*1*6*EA**8*EA").doesNotContain("SN1*3*");
    }

    @Test
    void inventoryAdviceIsStoredAndSearchable() {
        String report = "INV-" + System.nanoTime() % 1_000_000;
        byte[] advice = X12Documents.interchange("ACMEEDI", "7301", "IB", List.of(new X12Documents.TransactionSet("846",
                List.of("BIA*00*MM*" + report + "*20261201", "N1*WH*Acme DC 42*92*DC042",
                        "LIN**VN*FURN_7800", "PID*F****Office desk", "QTY*33*120*EA",
                        "LIN**UP*036000291452", "QTY*33*7*EA", "CTT*2"))));
        JsonObject stored = api.awaitTerminal(api.send(advice, "application/edi-x12"), WAIT);
        assertThat(stored.getString("status")).as(stored.toString()).isEqualTo("COMPLETED");
        assertThat(stored.getJsonArray("transactions").getJsonObject(0).getString("state")).isEqualTo("STORED");

        JsonObject found = api.get("/api/v1/inventory?partner=ACME&item=FURN_7800").json();
        assertThat(found.getJsonArray("items").getValuesAs(JsonObject.class)).anySatisfy(quantity -> {
            assertThat(quantity.getString("reportId")).isEqualTo(report);
            assertThat(quantity.getJsonNumber("quantity").doubleValue()).isEqualTo(120.0);
            assertThat(quantity.getString("uom")).isEqualTo("EA");
        });
        JsonObject resent = api.awaitTerminal(api.send(X12Documents.interchange("ACMEEDI", "7302", "IB",
                List.of(new X12Documents.TransactionSet("846", List.of("BIA*00*MM*" + report + "*20261201",
                        "LIN**VN*FURN_7800", "QTY*33*120*EA", "CTT*1")))), "application/edi-x12"), WAIT);
        assertThat(resent.getJsonArray("transactions").getJsonObject(0).getString("state")).isEqualTo("DUPLICATE");
    }

    @Test
    void anOrderEnteredInOdooForACustomerAProfileClaimsGetsItsDocumentsToo() {
        long n = System.nanoTime() % 1_000_000;
        String ref = "CUST-CLM-" + n;
        String code = "CLM" + n;
        String po = "PHONE-" + n;
        long customer = ((JsonNumber) odoo("res.partner", "create", "{\"vals_list\": [{\"name\": \"Claimed Stores " + n
                + "\", \"ref\": \"" + ref + "\", \"is_company\": true}]}").asJsonArray().get(0)).longValue();
        TradeHubApi.Answer profile = api.put("/api/v1/partners/" + code, """
                {"name": "Claimed Stores", "standard": "X12", "versions": ["004010"], "odooCustomerRef": "%s",
                 "interchangeIds": [{"qualifier": "ZZ", "id": "%sEDI"}], "ourIds": [{"qualifier": "ZZ", "id": "TRADEHUB"}],
                 "itemCrossReferences": [{"buyerSku": "CLM-DESK", "vendorSku": "FURN_7800"}],
                 "outbound": {"transport": "MAILBOX", "lineEnding": "LF"},
                 "documents": {"claimCustomerOrders": true}}""".formatted(ref, code));
        assertThat(profile.status()).as(profile.body()).isEqualTo(201);
        long desk = odoo("product.product", "search_read", "{\"domain\": [[\"default_code\", \"=\", \"FURN_7800\"]],"
                + " \"fields\": [\"id\"]}").asJsonArray().getJsonObject(0).getJsonNumber("id").longValue();

        // A salesperson enters the customer's phone order in Odoo and confirms it: TradeHub never saw it.
        long order = ((JsonNumber) odoo("sale.order", "create", "{\"vals_list\": [{\"partner_id\": " + customer
                + ", \"client_order_ref\": \"" + po + "\", \"order_line\": [[0, 0, {\"product_id\": " + desk
                + ", \"product_uom_qty\": 3}]]}]}").asJsonArray().get(0)).longValue();
        odoo("sale.order", "action_confirm", "{\"ids\": [" + order + "]}");

        JsonObject claimed = awaitTimeline(code, po, t -> documents(t, "ORDER_RESPONSE") == 1);
        String edi855 = fetch(code, document(claimed, "ORDER_RESPONSE", 0).getString("messageId"));
        assertThat(edi855).contains("ST*855*", "BAK*00*AD*" + po + "*", "PO1*1*3*EA*", "FURN_7800", "CLM-DESK",
                "ACK*IA*3*EA");
        String claimId = claimed.getString("messageId");
        JsonObject message = api.get("/api/v1/messages/" + claimId).json();
        assertThat(message.getString("channel")).isEqualTo("odoo");
        assertThat(message.getString("status")).isEqualTo("COMPLETED");
        TradeHubApi.Answer replay = api.post("/api/v1/messages/" + claimId + "/replay", new byte[0], "application/json");
        assertThat(replay.status()).as(replay.body()).isEqualTo(409);

        control("/emulator/deliveries", "{\"clientOrderRef\": \"" + po + "\"}");
        JsonObject shipped = awaitTimeline(code, po, t -> documents(t, "SHIP_NOTICE") == 1);
        assertThat(fetch(code, document(shipped, "SHIP_NOTICE", 0).getString("messageId")))
                .contains("ST*856*", "PRF*" + po, "SN1*1*3*EA");
        // TradeHub's own orders of other partners are never claimed.
        assertThat(api.get("/api/v1/orders?partner=" + code).json().getJsonArray("items")).hasSize(1);
    }

    /** A JSON-2 call to the emulated Odoo, as a user of Odoo's own screens would cause it. */
    private JsonValue odoo(String model, String method, String body) {
        return post(HttpRequest.newBuilder(URI.create(tradeHub.odoo().url() + "/json/2/" + model + "/" + method))
                .header("Authorization", "bearer " + tradeHub.odoo().apiKey())
                .header("X-Odoo-Database", tradeHub.odoo().database()), body);
    }

    private static byte[] change(String controlNumber, String po, String changeNumber, String... lines) {
        List<String> body = new java.util.ArrayList<>();
        body.add("BCH*04*SA*" + po + "**" + changeNumber + "*20261127");
        body.addAll(List.of(lines));
        body.add("CTT*" + lines.length);
        return X12Documents.interchange("ACMEEDI", controlNumber, "PC", List.of(new X12Documents.TransactionSet("860",
                body)));
    }

    private SaleOrderView emulatorOrder(String po) {
        return tradeHub.odoo().saleOrders().stream().filter(order -> po.equals(order.clientOrderRef())).findFirst()
                .orElseThrow();
    }

    @Test
    void webhooksNeedTheSecret() {
        byte[] event = "{\"_model\": \"sale.order\", \"_id\": 1}".getBytes(StandardCharsets.UTF_8);
        assertThat(api.post("/api/v1/odoo/events?secret=wrong", event, "application/json").status()).isEqualTo(401);
        assertThat(api.post("/api/v1/odoo/events", event, "application/json").status()).isEqualTo(401);
        assertThat(api.post("/api/v1/odoo/events?secret=" + SECRET, "{\"_model\": \"res.partner\"}"
                .getBytes(StandardCharsets.UTF_8), "application/json").status()).isEqualTo(400);
        JsonObject statuses = Json.createObjectBuilder().add("items", Json.createReader(new StringReader(
                api.get("/api/v1/change-capture").body())).readArray()).build();
        assertThat(statuses.getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(status -> status.getString("model")).containsExactly("SALE_ORDERS", "DELIVERIES", "INVOICES");
    }

    private JsonObject awaitTimeline(String partner, String po, Predicate<JsonObject> done) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        JsonObject last = null;
        while (System.nanoTime() < deadline) {
            TradeHubApi.Answer answer = api.get("/api/v1/orders?partner=" + partner + "&poNumber=" + po);
            if (answer.status() == 200 && !answer.json().getJsonArray("items").isEmpty()) {
                last = answer.json().getJsonArray("items").getJsonObject(0);
                if (done.test(last)) {
                    return last;
                }
            }
            TradeHubApi.sleep(300);
        }
        throw new AssertionError("The timeline of " + partner + " " + po + " did not get there: " + last
                + "; change capture: " + api.get("/api/v1/change-capture").body());
    }

    private static long documents(JsonObject timeline, String kind) {
        return timeline.getJsonArray("documents").getValuesAs(JsonObject.class).stream()
                .filter(d -> d.getString("kind").equals(kind) && d.getString("state").equals("ISSUED")).count();
    }

    private static JsonObject document(JsonObject timeline, String kind, int index) {
        return timeline.getJsonArray("documents").getValuesAs(JsonObject.class).stream()
                .filter(d -> d.getString("kind").equals(kind)).skip(index).findFirst().orElseThrow();
    }

    /** The document from the partner's mailbox, once its delivery put it there. */
    private String fetch(String partner, String messageId) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        TradeHubApi.Answer answer = api.get("/api/v1/partners/" + partner + "/mailbox/" + messageId);
        while (answer.status() == 404 && System.nanoTime() < deadline) {
            TradeHubApi.sleep(200);
            answer = api.get("/api/v1/partners/" + partner + "/mailbox/" + messageId);
        }
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.body();
    }

    private JsonObject control(String path, String body) {
        return post(HttpRequest.newBuilder(URI.create(tradeHub.odoo().url() + path)), body).asJsonObject();
    }

    private JsonValue post(HttpRequest.Builder request, String body) {
        try {
            HttpResponse<String> answer = http.send(request.header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            try (JsonReader reader = Json.createReader(new StringReader(answer.body()))) {
                return reader.readValue();
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
