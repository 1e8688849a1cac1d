package dev.tradehub.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradehub.odoo.emulator.SaleOrderView;
import dev.tradehub.server.payara.Profile;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A partner's purchase orders from EDI into Odoo on the embedded default (H2, embedded broker), over HTTP:
 * the orders the emulator ends up holding are the assertion.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrderFlowIT {

    private static final Duration PROCESSING = Duration.ofSeconds(60);
    private static final String X12 = "application/edi-x12";

    private DeployedTradeHub tradeHub;
    private TradeHubApi api;

    @BeforeAll
    void start() {
        tradeHub = DeployedTradeHub.start("embedded", 28000, Profile.EMBEDDED, Map.of(),
                Map.of("tradehub.intake.max-bytes", "200000"));
        api = tradeHub.api();
    }

    @AfterAll
    void stop() {
        if (tradeHub != null) {
            tradeHub.close();
        }
    }

    @Test
    void x12PurchaseOrdersBecomeConfirmedSaleOrdersWithTheirLinesAndShipTo() {
        String id = api.send(DeployedTradeHub.sample("acme-850-004010.x12"), X12);
        JsonObject message = api.awaitTerminal(id, PROCESSING);

        assertThat(message.getString("status")).as(message.toString()).isEqualTo("COMPLETED");
        assertThat(message.getString("standard")).isEqualTo("X12");
        assertThat(message.getString("docType")).isEqualTo("850");
        assertThat(message.getString("sender")).isEqualTo("ZZ:ACMEEDI");
        assertThat(message.getString("receiver")).isEqualTo("ZZ:TRADEHUB");
        assertThat(message.getString("interchangeControl")).isEqualTo("000000101");
        assertThat(message.getString("partner")).isEqualTo("ACME");
        assertThat(message.getJsonArray("errors")).isEmpty();
        List<JsonObject> transactions = message.getJsonArray("transactions").getValuesAs(JsonObject.class);
        assertThat(transactions).hasSize(2).allSatisfy(transaction -> {
            assertThat(transaction.getString("state")).isEqualTo("CONFIRMED");
            assertThat(transaction.getJsonObject("odoo").getString("model")).isEqualTo("sale.order");
            assertThat(transaction.getJsonObject("odoo").getString("name")).startsWith("S");
        });
        JsonObject canonical = transactions.get(0).getJsonObject("canonical");
        assertThat(canonical.getString("poNumber")).isEqualTo("ACME-PO-1001");
        assertThat(canonical.getString("poDate")).isEqualTo("2026-01-15");
        assertThat(canonical.getString("currency")).isEqualTo("USD");
        assertThat(canonical.getJsonObject("shipTo").getString("id")).isEqualTo("DC042");
        assertThat(canonical.getJsonArray("lines")).hasSize(3);
        assertThat(message.getJsonArray("timeline").getValuesAs(JsonObject.class))
                .extracting(entry -> entry.getString("event")).contains("RECEIVED", "TRANSLATED", "COMPLETED");

        SaleOrderView first = order("ACME-PO-1001");
        assertThat(first.state()).isEqualTo("sale");
        assertThat(first.partnerId()).isEqualTo(45);
        assertThat(first.partnerShippingId()).isEqualTo(46);
        assertThat(first.id()).isEqualTo(transactions.get(0).getJsonObject("odoo").getInt("id"));
        assertThat(first.lines()).extracting(SaleOrderView.Line::productId).containsExactly(21, 8, 6);
        assertThat(first.lines()).extracting(SaleOrderView.Line::quantity).containsExactly(10.0, 2.0, 4.0);
        assertThat(first.lines()).extracting(SaleOrderView.Line::priceUnit).containsExactly(295.0, 450.0, 40.0);
        assertThat(first.pickingIds()).isNotEmpty();
        SaleOrderView second = order("ACME-PO-1002");
        assertThat(second.lines()).extracting(SaleOrderView.Line::productId).containsExactly(26, 6);
        assertThat(second.lines()).extracting(SaleOrderView.Line::uomId).containsExactly(2, 1);
        assertThat(second.lines()).extracting(SaleOrderView.Line::quantity).containsExactly(3.0, 12.0);

        // Its 997 waits in ACME's mailbox: listed, fetched, receipt confirmed.
        String ackId = awaitAnswer(id);
        JsonObject mailbox = api.get("/api/v1/partners/ACME/mailbox").json();
        assertThat(mailbox.getJsonArray("items").getValuesAs(JsonObject.class))
                .anySatisfy(item -> {
                    assertThat(item.getString("id")).isEqualTo(ackId);
                    assertThat(item.getString("docType")).isEqualTo("997");
                    assertThat(item.getString("answers")).isEqualTo(id);
                });
        String ack = api.get("/api/v1/partners/ACME/mailbox/" + ackId).body();
        assertThat(ack).startsWith("ISA*00*          *00*          *ZZ*TRADEHUB       *ZZ*ACMEEDI        *")
                .contains("GS*FA*TRADEHUB*ACMEEDI*", "AK1*PO*101~", "AK2*850*0001~", "AK2*850*0002~", "AK9*A*2*2*2~");
        assertThat(api.post("/api/v1/partners/ACME/mailbox/" + ackId + "/receipt", new byte[0], "application/json")
                .status()).isEqualTo(200);
        JsonObject delivered = api.get("/api/v1/messages/" + ackId).json();
        assertThat(delivered.getString("direction")).isEqualTo("OUTBOUND");
        assertThat(delivered.getString("answers")).isEqualTo(id);
        assertThat(delivered.getJsonObject("outbound").getString("delivery")).isEqualTo("DELIVERED");
        assertThat(api.get("/api/v1/partners/BETA/mailbox/" + ackId).status()).as("another partner's").isEqualTo(404);
    }

    /** The id of the first outbound message that answers {@code inboundId}. */
    private String awaitAnswer(String inboundId) {
        long deadline = System.nanoTime() + PROCESSING.toNanos();
        while (System.nanoTime() < deadline) {
            JsonObject message = api.get("/api/v1/messages/" + inboundId).json();
            if (!message.getJsonArray("answeredBy").isEmpty()) {
                String ackId = message.getJsonArray("answeredBy").getString(0);
                JsonObject ack = api.get("/api/v1/messages/" + ackId).json();
                if (!"QUEUED".equals(ack.getJsonObject("outbound").getString("delivery"))) {
                    return ackId;
                }
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("No acknowledgement of " + inboundId + " was delivered");
    }

    @Test
    void edifactOrdersWithDecimalCommaReachOdoo() {
        JsonObject message = api.awaitTerminal(api.send(DeployedTradeHub.sample("beta-orders-d96a.edi"),
                "application/edifact"), PROCESSING);

        assertThat(message.getString("status")).as(message.toString()).isEqualTo("COMPLETED");
        assertThat(message.getString("standard")).isEqualTo("EDIFACT");
        assertThat(message.getString("docType")).isEqualTo("ORDERS");
        assertThat(message.getString("partner")).isEqualTo("BETA");
        SaleOrderView order = order("BETA-PO-2001");
        assertThat(order.partnerId()).isEqualTo(47);
        assertThat(order.partnerShippingId()).isEqualTo(48);
        assertThat(order.lines()).extracting(SaleOrderView.Line::productId).containsExactly(26, 49);
        assertThat(order.lines()).extracting(SaleOrderView.Line::priceUnit).containsExactly(99.5, 5.1);
        assertThat(order.lines()).extracting(SaleOrderView.Line::quantity).containsExactly(4.0, 12.0);

        String contrl = api.get("/api/v1/messages/" + awaitAnswer(message.getString("id")) + "/payload").body();
        assertThat(contrl).startsWith("UNA:+.? '").contains("UNB+UNOC:3+4098765000008:14+4012345000016:14+",
                "+CONTRL:D:3:UN'", "UCI+BETA000001+4012345000016:14+4098765000008:14+7'");
    }

    @Test
    void aCanonicalJsonOrderFromANamedPartnerReachesOdoo() {
        byte[] order = """
                {"poNumber": "WEB-5001", "poDate": "2026-11-27", "currency": "EUR",
                 "shipTo": {"id": "4012345000009", "name": "Beta Lager Hamburg"},
                 "lines": [{"lineNo": "1", "qty": 3, "uom": "PCE", "unitPrice": 12.5, "vendorSku": "FURN_0001"}]}"""
                .getBytes(StandardCharsets.UTF_8);
        TradeHubApi.Answer accepted = api.post("/api/v1/documents", order, "application/json",
                "X-TradeHub-Partner", "BETA");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        JsonObject message = api.awaitTerminal(accepted.json().getString("id"), PROCESSING);

        assertThat(message.getString("status")).as(message.toString()).isEqualTo("COMPLETED");
        assertThat(message.getString("standard")).isEqualTo("JSON");
        assertThat(message.getString("partner")).isEqualTo("BETA");
        assertThat(order("WEB-5001").partnerShippingId()).isEqualTo(48);

        byte[] anonymous = new String(order, StandardCharsets.UTF_8).replace("WEB-5001", "WEB-5002")
                .getBytes(StandardCharsets.UTF_8);
        JsonObject unnamed = api.awaitTerminal(api.send(anonymous, "application/json"), PROCESSING);
        assertThat(unnamed.getString("errorCategory")).isEqualTo("UNKNOWN_PARTNER");
    }

    @Test
    void aCsvBatchInThePartnersLayoutPlacesItsGoodOrdersAndNamesTheBadRows() {
        TradeHubApi.Answer layout = api.put("/api/v1/partners/ACME/csv-layout", """
                {"delimiter": ";", "decimalComma": true, "datePattern": "dd.MM.yyyy",
                 "columns": {"poNumber": "Bestellung", "poDate": "Datum", "shipToId": "Lager", "vendorSku": "Artikel",
                             "qty": "Menge", "uom": "Einheit", "unitPrice": "Preis"}}""");
        assertThat(layout.status()).as(layout.body()).isEqualTo(200);
        assertThat(api.put("/api/v1/partners/ACME/csv-layout", "{\"delimiter\": \";;\", \"columns\": {\"colour\": \"x\"}}")
                .body()).contains("delimiter must be one character").contains("no field 'colour'");
        byte[] batch = """
                Bestellung;Datum;Lager;Artikel;Menge;Einheit;Preis
                CSV-1;27.11.2026;DC042;FURN_7800;2;EA;450,00
                CSV-2;27.11.2026;DC042;FURN_7800;zwei;EA;450,00
                CSV-1;27.11.2026;DC042;FURN_8888;1;EA;40,00
                """.getBytes(StandardCharsets.UTF_8);
        TradeHubApi.Answer accepted = api.post("/api/v1/documents", batch, "text/csv; charset=utf-8",
                "X-TradeHub-Partner", "ACME");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        JsonObject message = api.awaitTerminal(accepted.json().getString("id"), PROCESSING);

        assertThat(message.getString("status")).as(message.toString()).isEqualTo("PARTIALLY_COMPLETED");
        assertThat(message.getString("standard")).isEqualTo("CSV");
        assertThat(message.getString("partner")).isEqualTo("ACME");
        assertThat(message.getJsonArray("transactions").getValuesAs(JsonObject.class))
                .extracting(transaction -> transaction.getString("state")).containsExactly("CONFIRMED", "FAILED");
        assertThat(message.getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(error -> error.getString("message"))
                .containsExactly("row 3, column Menge: 'zwei' is not a number");
        SaleOrderView placed = order("CSV-1");
        assertThat(placed.state()).isEqualTo("sale");
        assertThat(placed.lines()).extracting(SaleOrderView.Line::productCode).containsExactly("FURN_7800", "FURN_8888");
        assertThat(placed.lines().get(0).priceUnit()).isEqualTo(450.0);
        assertThat(tradeHub.odoo().saleOrders()).noneMatch(order -> "CSV-2".equals(order.clientOrderRef()));
    }

    @Test
    void theSameInterchangeTwiceMakesOneOrder() {
        byte[] document = X12Documents.interchange("ACMEEDI", "7001",
                new X12Documents.Order("PO-DUP-1", "DC042", List.of("5*EA*10.00*VN*FURN_7800")));
        String first = api.send(document, X12);
        assertThat(api.awaitTerminal(first, PROCESSING).getString("status")).isEqualTo("COMPLETED");

        TradeHubApi.Answer resend = api.post("/api/v1/documents", document, X12);
        assertThat(resend.status()).isEqualTo(200);
        assertThat(resend.json().getString("id")).isEqualTo(first);
        assertThat(resend.json().getString("status")).isEqualTo("DUPLICATE");

        // Same interchange control number, different bytes (re-enveloped by the partner's translator).
        byte[] reformatted = new String(document, StandardCharsets.US_ASCII).replace("~\n", "~\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        JsonObject second = api.awaitTerminal(api.send(reformatted, X12), PROCESSING);
        assertThat(second.getString("status")).isEqualTo("DUPLICATE");
        assertThat(second.getString("errorCategory")).isEqualTo("DUPLICATE");
        assertThat(second.getString("duplicateOf")).isEqualTo(first);

        // A new interchange carrying the same purchase order again.
        JsonObject third = api.awaitTerminal(api.send(X12Documents.interchange("ACMEEDI", "7002",
                new X12Documents.Order("PO-DUP-1", "DC042", List.of("5*EA*10.00*VN*FURN_7800"))), X12), PROCESSING);
        assertThat(third.getString("status")).isEqualTo("DUPLICATE");
        assertThat(third.getJsonArray("errors").getJsonObject(0).getString("message")).contains("PO-DUP-1");

        assertThat(tradeHub.odoo().saleOrders()).filteredOn(order -> "PO-DUP-1".equals(order.clientOrderRef()))
                .hasSize(1);
    }

    @Test
    void anUnknownSenderIsKeptButNotProcessed() {
        JsonObject message = api.awaitTerminal(api.send(X12Documents.interchange("STRANGER", "9001",
                new X12Documents.Order("PO-STRANGE", "DC042", List.of("1*EA*1*VN*FURN_7800"))), X12), PROCESSING);

        assertThat(message.getString("status")).isEqualTo("FAILED");
        assertThat(message.getString("errorCategory")).isEqualTo("UNKNOWN_PARTNER");
        assertThat(message.getJsonArray("errors").getJsonObject(0).getString("message")).contains("ZZ:STRANGER");
        assertThat(api.get("/api/v1/messages/" + message.getString("id") + "/payload").body()).contains("PO-STRANGE");
        assertThat(tradeHub.odoo().saleOrders()).noneMatch(order -> "PO-STRANGE".equals(order.clientOrderRef()));
    }

    @Test
    void aMissingCrossReferenceFailsOnlyItsOrderAndNamesWhatIsMissing() {
        JsonObject message = api.awaitTerminal(api.send(X12Documents.interchange("ACMEEDI", "7101",
                new X12Documents.Order("PO-MAP-OK", "DC042", List.of("1*EA*450*VN*FURN_7800")),
                new X12Documents.Order("PO-MAP-BAD", "DC042", List.of("1*EA*1*BP*NO-SUCH-SKU", "2*XX*1*VN*FURN_7800"))),
                X12), PROCESSING);

        assertThat(message.getString("status")).isEqualTo("PARTIALLY_COMPLETED");
        assertThat(message.getString("errorCategory")).isEqualTo("MAPPING");
        assertThat(message.getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(error -> error.getString("message"))
                .anySatisfy(text -> assertThat(text).contains("buyer SKU 'NO-SUCH-SKU'"))
                .anySatisfy(text -> assertThat(text).contains("unit of measure 'XX'"));
        assertThat(message.getJsonArray("transactions").getValuesAs(JsonObject.class))
                .extracting(transaction -> transaction.getString("state")).containsExactly("CONFIRMED", "FAILED");
        assertThat(tradeHub.odoo().saleOrders()).extracting(SaleOrderView::clientOrderRef)
                .contains("PO-MAP-OK").doesNotContain("PO-MAP-BAD");

        // The fix: the missing cross-reference and unit code, then a replay of that message.
        assertThat(api.put("/api/v1/partners/ACME", """
                {"name": "Acme Integration Corp", "standard": "X12", "versions": ["004010", "005010"],
                 "odooCustomerRef": "CUST-0001",
                 "interchangeIds": [{"qualifier": "ZZ", "id": "ACMEEDI"}], "groupIds": [{"id": "ACMEEDI"}],
                 "ourIds": [{"qualifier": "ZZ", "id": "TRADEHUB"}],
                 "itemCrossReferences": [{"buyerSku": "ACM-LAMP-01", "vendorSku": "FURN_8888"},
                                         {"buyerSku": "NO-SUCH-SKU", "vendorSku": "FURN_7800"}],
                 "unitsOfMeasure": {"CA": "Pack of 6", "PK": "Pack of 6", "XX": "Units"}}""").status())
                .isEqualTo(200);
        String id = message.getString("id");
        TradeHubApi.Answer replay = api.post("/api/v1/messages/" + id + "/replay", new byte[0], "application/json");
        assertThat(replay.status()).as(replay.body()).isEqualTo(202);
        JsonObject replayed = api.awaitTerminal(id, PROCESSING);
        assertThat(replayed.getString("status")).as(replayed.toString()).isEqualTo("COMPLETED");
        assertThat(replayed.getJsonArray("timeline").getValuesAs(JsonObject.class))
                .extracting(entry -> entry.getString("event")).contains("PARTIALLY_COMPLETED", "REPLAY_REQUESTED");
        assertThat(tradeHub.odoo().saleOrders()).filteredOn(order -> "PO-MAP-OK".equals(order.clientOrderRef()))
                .hasSize(1);
        assertThat(order("PO-MAP-BAD").lines()).extracting(SaleOrderView.Line::quantity).containsExactly(1.0, 2.0);

        assertThat(api.post("/api/v1/messages/no-such-id/replay", new byte[0], "application/json").status())
                .isEqualTo(404);
        JsonObject bulk = api.post("/api/v1/messages/replay?partner=NOBODY&category=MAPPING", new byte[0],
                "application/json").json();
        assertThat(bulk.getInt("queued")).isZero();
        assertThat(api.post("/api/v1/messages/replay?category=NOPE", new byte[0], "application/json").status())
                .isEqualTo(400);
    }

    @Test
    void aBrokenEnvelopeRejectsTheInterchangeWithItsLocation() {
        String broken = new String(X12Documents.interchange("ACMEEDI", "7201",
                new X12Documents.Order("PO-ENV", "DC042", List.of("1*EA*1*VN*FURN_7800"))), StandardCharsets.US_ASCII)
                .replace("IEA*1*000007201", "IEA*1*000007299");
        JsonObject message = api.awaitTerminal(api.send(broken.getBytes(StandardCharsets.US_ASCII), X12), PROCESSING);

        assertThat(message.getString("status")).isEqualTo("FAILED");
        assertThat(message.getString("errorCategory")).isEqualTo("ENVELOPE");
        JsonObject error = message.getJsonArray("errors").getJsonObject(0);
        assertThat(error.getJsonObject("location").getString("segment")).isEqualTo("IEA");
        assertThat(tradeHub.odoo().saleOrders()).noneMatch(order -> "PO-ENV".equals(order.clientOrderRef()));
    }

    @Test
    void otherDocumentTypesAreIdentifiedAndWait() {
        String invoice = String.join("~\n", "ISA*00*          *00*          *ZZ*ACMEEDI        *ZZ*TRADEHUB       *260115"
                + "*1030*U*00401*000007401*0*P*>", "GS*IN*ACMEEDI*TRADEHUB*20260115*1030*7401*X*004010",
                "ST*810*0001", "BIG*20260115*INV-1*20260110*ACME-PO-1001", "TDS*10000", "SE*4*0001", "GE*1*7401",
                "IEA*1*000007401") + "~\n";
        JsonObject message = api.awaitTerminal(api.send(invoice.getBytes(StandardCharsets.US_ASCII), X12), PROCESSING);

        assertThat(message.getString("status")).isEqualTo("UNSUPPORTED");
        assertThat(message.getString("docType")).isEqualTo("810");
        assertThat(message.getJsonArray("transactions").getJsonObject(0).getString("state")).isEqualTo("UNSUPPORTED");
    }

    @Test
    void anAcknowledgementOfNothingWeSentIsKeptAndFlagged() {
        JsonObject message = api.awaitTerminal(api.send(DeployedTradeHub.sample("acme-997.x12"), X12), PROCESSING);

        assertThat(message.getString("status")).isEqualTo("FAILED");
        assertThat(message.getString("docType")).isEqualTo("997");
        assertThat(message.getString("errorCategory")).isEqualTo("UNMATCHED_ACKNOWLEDGEMENT");
        assertThat(message.getJsonArray("errors").getJsonObject(0).getString("message")).contains("group PO 101");
        assertThat(api.get("/api/v1/messages?category=UNMATCHED_ACKNOWLEDGEMENT").json().getInt("total")).isPositive();
    }

    @Test
    void badRequestsGetClearAnswersAndAreKept() {
        assertThat(api.getWithoutToken("/api/v1/messages").status()).isEqualTo(401);

        TradeHubApi.Answer tooLarge = api.post("/api/v1/documents", new byte[200_001], X12);
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(api.get("/api/v1/messages/" + tooLarge.json().getString("id")).json().getString("status"))
                .isEqualTo("FAILED");

        TradeHubApi.Answer wrongType = api.post("/api/v1/documents", "hello".getBytes(StandardCharsets.UTF_8),
                "image/png");
        assertThat(wrongType.status()).isEqualTo(415);
        assertThat(wrongType.json().getString("id")).isNotBlank();

        JsonObject garbage = api.awaitTerminal(api.send("not an interchange at all".getBytes(StandardCharsets.UTF_8),
                "text/plain"), PROCESSING);
        assertThat(garbage.getString("status")).isEqualTo("FAILED");
        assertThat(garbage.getString("errorCategory")).isEqualTo("SYNTAX");

        assertThat(api.get("/api/v1/messages/no-such-id").status()).isEqualTo(404);
        assertThat(api.get("/api/v1/messages?status=NOPE").status()).isEqualTo(400);
    }

    @Test
    void operationsEndpointsAnswer() {
        assertThat(api.getWithoutToken("/health/ready").body()).contains("\"UP\"").contains("odoo");
        assertThat(api.getWithoutToken("/openapi").body()).contains("/api/v1/documents")
                .contains("/api/v1/acknowledgements");
        assertThat(api.get("/api/v1/acknowledgements?state=OVERDUE").json().getJsonArray("items")).isNotNull();
        assertThat(api.get("/api/v1/acknowledgements?state=LATE").status()).isEqualTo(400);
        assertThat(api.getWithoutToken("/metrics").body()).contains("tradehub_outbound_acknowledgements")
                .contains("state=\"OVERDUE\"");
        String id = api.send(X12Documents.interchange("ACMEEDI", "7301",
                new X12Documents.Order("PO-SEARCH-1", "DC042", List.of("1*EA*450*VN*FURN_7800"))), X12);
        api.awaitTerminal(id, PROCESSING);

        JsonObject byPo = api.get("/api/v1/messages?poNumber=PO-SEARCH-1").json();
        assertThat(byPo.getInt("total")).isEqualTo(1);
        assertThat(byPo.getJsonArray("items").getJsonObject(0).getString("id")).isEqualTo(id);
        JsonObject byPartner = api.get("/api/v1/messages?partner=ACME&status=COMPLETED&docType=850&size=1").json();
        assertThat(byPartner.getInt("total")).isPositive();
        assertThat(byPartner.getJsonArray("items")).hasSize(1);
        assertThat(api.get("/api/v1/messages?partner=NOBODY").json().getInt("total")).isZero();
    }

    @Test
    void partnersAreManagedOverTheApi() {
        assertThat(api.get("/api/v1/partners/ACME").json().getString("odooCustomerRef")).isEqualTo("CUST-0001");
        TradeHubApi.Answer created = api.put("/api/v1/partners/GAMMA", """
                {"name": "Gamma Stores", "standard": "X12", "versions": ["005010"], "odooCustomerRef": "CUST-0001",
                 "interchangeIds": [{"qualifier": "01", "id": "123456789"}],
                 "unitsOfMeasure": {"BX": "Units"}}""");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(api.get("/api/v1/partners/GAMMA").json().getJsonObject("unitsOfMeasure").getString("BX"))
                .isEqualTo("Units");
        assertThat(api.put("/api/v1/partners/BAD", "{\"name\": \"\"}").status()).isEqualTo(400);
    }

    @Test
    void badInputNeverHurts() {
        int cases = Integer.getInteger("tradehub.fuzz.cases", 150);
        DocumentFuzzer fuzzer = new DocumentFuzzer(Long.getLong("tradehub.fuzz.seed", 20261127L),
                List.of(renumbered("acme-850-004010.x12", "7"), renumbered("beta-orders-d96a.edi", "8"),
                        renumbered("acme-850-005010.x12", "9")), 200_000);
        List<DocumentFuzzer.Case> all = new java.util.ArrayList<>(fuzzer.fixedCases());
        for (int i = 0; i < cases; i++) {
            all.add(fuzzer.next());
        }
        java.util.Map<String, String> accepted = new java.util.LinkedHashMap<>();
        for (DocumentFuzzer.Case fuzz : all) {
            TradeHubApi.Answer answer = api.post("/api/v1/documents", fuzz.bytes(), fuzz.contentType());
            assertThat(answer.status()).as(fuzz.kind() + ": " + answer.body()).isIn(200, 202, 413, 415);
            JsonObject receipt = answer.json();
            assertThat(receipt.getString("id")).isNotBlank();
            accepted.putIfAbsent(receipt.getString("id"), fuzz.kind());
        }
        accepted.forEach((id, kind) -> {
            JsonObject message = api.awaitTerminal(id, PROCESSING);
            if (!List.of("COMPLETED", "DUPLICATE", "UNSUPPORTED").contains(message.getString("status"))) {
                assertThat(message.get("errorCategory")).as(kind + " " + message).isInstanceOf(jakarta.json.JsonString.class);
                assertThat(message.getJsonArray("errors")).as(kind + " " + message).isNotEmpty();
            }
            assertThat(api.get("/api/v1/messages/" + id + "/payload").status()).isEqualTo(200);
        });
    }

    /** A sample with its own control and PO numbers, so that what the fuzzer leaves valid claims nothing of others. */
    private static byte[] renumbered(String sample, String digit) {
        return new String(DeployedTradeHub.sample(sample), StandardCharsets.ISO_8859_1)
                .replace("000000101", "00000" + digit + "101").replace("BETA000001", "FUZZ00000" + digit)
                .replace("-PO-", "-FUZZ" + digit + "-").getBytes(StandardCharsets.ISO_8859_1);
    }

    private SaleOrderView order(String clientOrderRef) {
        return tradeHub.odoo().saleOrders().stream().filter(order -> clientOrderRef.equals(order.clientOrderRef()))
                .findFirst().orElseThrow(() -> new AssertionError("No sale order " + clientOrderRef + " in Odoo: "
                        + tradeHub.odoo().saleOrders()));
    }
}
