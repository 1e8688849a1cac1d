package dev.tradehub.bench.endtoend;

import dev.tradehub.bench.documents.PurchaseOrders;
import dev.tradehub.odoo.emulator.OdooEmulator;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/**
 * The integration one writes first (the direct script): for each order, one after another over JSON-2, look up the
 * customer and the ship-to by {@code ref}, each product by its code or barcode, then {@code create} the order and
 * {@code action_confirm} it. It gets the same orders as TradeHub, already parsed (no EDI, no log, no queue). Also
 * Odoo's batch limit for the same orders ({@link #batchLimit}).
 */
public final class NaiveIntegration {

    private final OdooEmulator odoo;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    public NaiveIntegration(OdooEmulator odoo) {
        this.odoo = odoo;
    }

    /** The direct script: every order looked up, created and confirmed on its own. */
    public Throughput run(String tag, int orders) throws IOException, InterruptedException {
        Map<String, Long> callsBefore = odoo.callCounts();
        long start = System.nanoTime();
        int confirmed = 0;
        for (int i = 0; i < orders; i++) {
            JsonObject order = lookUp().order(tag + "-" + i);
            JsonArray created = (JsonArray) call("sale.order", "create", Json.createObjectBuilder()
                    .add("vals_list", Json.createArrayBuilder().add(order)).build());
            call("sale.order", "action_confirm", Json.createObjectBuilder()
                    .add("ids", Json.createArrayBuilder().add(created.getInt(0))).build());
            confirmed++;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Throughput("Direct script (sequential JSON-2, look-ups per order)", orders, confirmed, seconds,
                OdooLatency.callsSince(odoo, callsBefore));
    }

    /**
     * Odoo's own limit for these orders: look-ups done once, then {@code create} with a {@code vals_list} of
     * {@code batchSize} orders and one {@code action_confirm} of their ids, batch after batch. Nothing that places
     * orders one call pair per batch can beat it on the same Odoo.
     */
    public Throughput batchLimit(String tag, int orders, int batchSize) throws IOException, InterruptedException {
        Resolved resolved = lookUp();
        Map<String, Long> callsBefore = odoo.callCounts();
        long start = System.nanoTime();
        int confirmed = 0;
        for (int first = 0; first < orders; first += batchSize) {
            JsonArrayBuilder valsList = Json.createArrayBuilder();
            int size = Math.min(batchSize, orders - first);
            for (int i = first; i < first + size; i++) {
                valsList.add(resolved.order(tag + "-" + i));
            }
            JsonArray created = (JsonArray) call("sale.order", "create", Json.createObjectBuilder()
                    .add("vals_list", valsList).build());
            call("sale.order", "action_confirm", Json.createObjectBuilder().add("ids", created).build());
            confirmed += size;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Throughput("Odoo's batch limit (" + batchSize + " orders per create + confirm, no look-ups)",
                orders, confirmed, seconds, OdooLatency.callsSince(odoo, callsBefore));
    }

    /** The customer, ship-to and products of an order, looked up in Odoo (6 {@code search_read} for 4 lines). */
    private Resolved lookUp() throws IOException, InterruptedException {
        int customer = id(call("res.partner", "search_read", Json.createObjectBuilder()
                .add("domain", domain("ref", "CUST-0001")).add("fields", Json.createArrayBuilder().add("id"))
                .build()));
        int shipTo = id(call("res.partner", "search_read", Json.createObjectBuilder()
                .add("domain", domain("ref", "DC042")).add("fields", Json.createArrayBuilder().add("id"))
                .build()));
        JsonArrayBuilder lines = Json.createArrayBuilder();
        for (int line = 1; line <= TradeHubFlow.LINES; line++) {
            PurchaseOrders.Item item = PurchaseOrders.X12_ITEMS.get((line - 1) % PurchaseOrders.X12_ITEMS.size());
            JsonObject product = first(call("product.product", "search_read", Json.createObjectBuilder()
                    .add("domain", domain(item.odooField(), item.odooValue()))
                    .add("fields", Json.createArrayBuilder().add("id").add("uom_id")).build()));
            lines.add(Json.createArrayBuilder().add(0).add(0).add(Json.createObjectBuilder()
                    .add("product_id", product.getInt("id"))
                    .add("product_uom_qty", 1 + line % 9)
                    .add("product_uom_id", product.getJsonArray("uom_id").getInt(0))
                    .add("price_unit", Double.parseDouble(item.price()))));
        }
        return new Resolved(customer, shipTo, lines.build());
    }

    private record Resolved(int customer, int shipTo, JsonArray lines) {
        JsonObject order(String clientOrderRef) {
            return Json.createObjectBuilder().add("partner_id", customer).add("partner_shipping_id", shipTo)
                    .add("client_order_ref", clientOrderRef).add("order_line", lines).build();
        }
    }

    private static JsonArray domain(String field, String value) {
        return Json.createArrayBuilder().add(Json.createArrayBuilder().add(field).add("=").add(value)).build();
    }

    private static JsonObject first(JsonStructure records) {
        JsonArray array = (JsonArray) records;
        if (array.isEmpty()) {
            throw new IllegalStateException("Not found in Odoo");
        }
        return array.getJsonObject(0);
    }

    private static int id(JsonStructure records) {
        return first(records).getInt("id");
    }

    private JsonStructure call(String model, String method, JsonObject body) throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(odoo.url() + "/json/2/" + model
                + "/" + method))
                .header("Authorization", "bearer " + odoo.apiKey())
                .header("X-Odoo-Database", odoo.database())
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(model + "." + method + " answered " + answer.statusCode() + ": "
                    + answer.body());
        }
        String text = answer.body().strip();
        if (!text.startsWith("[") && !text.startsWith("{")) {
            return Json.createArrayBuilder().add(Json.createValue(text)).build(); // e.g. true
        }
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            JsonValue value = reader.readValue();
            return (JsonStructure) value;
        }
    }
}
