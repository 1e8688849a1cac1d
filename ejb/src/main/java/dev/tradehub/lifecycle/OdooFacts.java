package dev.tradehub.lifecycle;

import dev.tradehub.canonical.Address;
import dev.tradehub.odoo.OdooClient;
import dev.tradehub.odoo.OdooRecord;
import dev.tradehub.odoo.transport.JsonSupport;
import jakarta.json.JsonArray;
import jakarta.json.JsonValue;
import jakarta.json.Json;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the documents of an order's life read from Odoo, with the field names of Odoo 19 (transcripts of section
 * 14): the sale order and its lines, a delivery and its moves, an invoice and its product lines, and the addresses
 * they name. Each method is one or two calls; nothing is cached, since each document must show Odoo as it is now.
 */
final class OdooFacts {

    static final List<String> ORDER_FIELDS = List.of("id", "name", "state", "commitment_date", "currency_id",
            "partner_shipping_id", "company_id");
    static final List<String> LINE_FIELDS = List.of("id", "product_uom_qty", "price_unit", "qty_delivered",
            "product_uom_id");
    static final List<String> PICKING_FIELDS = List.of("id", "name", "state", "date_done", "shipping_weight",
            "partner_id", "company_id", "sale_id", "backorder_id");
    static final List<String> MOVE_FIELDS = List.of("id", "quantity", "product_uom_qty", "sale_line_id", "state",
            "product_uom");
    static final List<String> INVOICE_FIELDS = List.of("id", "name", "state", "move_type", "invoice_date",
            "invoice_date_due", "invoice_origin", "amount_untaxed", "amount_tax", "amount_total", "currency_id",
            "partner_shipping_id", "company_id");
    static final List<String> INVOICE_LINE_FIELDS = List.of("id", "product_id", "quantity", "price_unit",
            "price_subtotal", "tax_ids", "sale_line_ids");
    private static final List<String> ADDRESS_FIELDS = List.of("id", "name", "ref", "street", "street2", "city",
            "zip", "state_id", "country_id");

    private final OdooClient odoo;

    OdooFacts(OdooClient odoo) {
        this.odoo = odoo;
    }

    OdooRecord saleOrder(long id) {
        return one("sale.order", id, ORDER_FIELDS);
    }

    /** The order's product lines in {@code sequence, id} order: the order TradeHub created them in. */
    List<OdooRecord> saleLines(long saleOrderId) {
        return odoo.search("sale.order.line", List.of(term("order_id", JsonSupport.number(saleOrderId)),
                term("display_type", JsonValue.FALSE)), LINE_FIELDS, "sequence, id");
    }

    List<Long> saleLineIds(long saleOrderId) {
        return saleLines(saleOrderId).stream().map(OdooRecord::id).toList();
    }

    OdooRecord picking(long id) {
        return one("stock.picking", id, PICKING_FIELDS);
    }

    /**
     * The delivery's moves, their {@code quantity} in the unit of the sale order line they fulfil: a move counts in
     * the product's unit (12 Units), the buyer ordered in the line's (2 packs of 6).
     */
    List<OdooRecord> moves(long pickingId, List<OdooRecord> saleLines) {
        List<OdooRecord> moves = odoo.search("stock.move", List.of(term("picking_id", JsonSupport.number(pickingId))),
                MOVE_FIELDS, "sequence, id");
        Map<Long, Long> lineUnits = new HashMap<>();
        saleLines.forEach(line -> lineUnits.put(line.id(), line.reference("product_uom_id")));
        Set<Long> units = new HashSet<>(lineUnits.values());
        moves.forEach(move -> units.add(move.reference("product_uom")));
        units.remove(null);
        Map<Long, BigDecimal> factors = new HashMap<>();
        odoo.read("uom.uom", List.copyOf(units), List.of("id", "factor"))
                .forEach(unit -> factors.put(unit.id(), unit.decimal("factor")));
        List<OdooRecord> converted = new ArrayList<>(moves.size());
        for (OdooRecord move : moves) {
            BigDecimal from = factors.get(move.reference("product_uom"));
            BigDecimal to = factors.get(lineUnits.get(move.reference("sale_line_id")));
            BigDecimal quantity = move.decimal("quantity");
            if (quantity == null || from == null || to == null || to.signum() == 0 || from.compareTo(to) == 0) {
                converted.add(move);
            } else {
                BigDecimal inLineUnit = quantity.multiply(from).divide(to, 6, RoundingMode.HALF_UP).stripTrailingZeros();
                converted.add(new OdooRecord(Json.createObjectBuilder(move.values()).add("quantity", inLineUnit).build()));
            }
        }
        return converted;
    }

    OdooRecord invoice(long id) {
        return one("account.move", id, INVOICE_FIELDS);
    }

    /** The invoice's product lines ({@code invoice_line_ids} without the tax and payment-term lines). */
    List<OdooRecord> invoiceLines(long invoiceId) {
        return odoo.search("account.move.line", List.of(term("move_id", JsonSupport.number(invoiceId)),
                term("display_type", JsonSupport.string("product"))), INVOICE_LINE_FIELDS, "sequence, id");
    }

    /** The address of a partner, with its state and country as codes (N4, NAD want codes, not names). */
    Optional<Address> address(Long partnerId) {
        if (partnerId == null) {
            return Optional.empty();
        }
        List<OdooRecord> found = odoo.read("res.partner", List.of(partnerId), ADDRESS_FIELDS);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        OdooRecord partner = found.get(0);
        return Optional.of(new Address(partner.text("ref"), partner.name(), partner.text("street"),
                partner.text("street2"), partner.text("city"), code("res.country.state", partner.reference("state_id")),
                partner.text("zip"), code("res.country", partner.reference("country_id"))));
    }

    /** Our company's address (ship-from, remit-to), through the company's partner. */
    Optional<Address> companyAddress(Long companyId) {
        if (companyId == null) {
            return Optional.empty();
        }
        List<OdooRecord> company = odoo.read("res.company", List.of(companyId), List.of("id", "partner_id"));
        return company.isEmpty() ? Optional.empty() : address(company.get(0).reference("partner_id"));
    }

    private String code(String model, Long id) {
        if (id == null) {
            return null;
        }
        List<OdooRecord> found = odoo.read(model, List.of(id), List.of("id", "code"));
        return found.isEmpty() ? null : found.get(0).text("code");
    }

    private OdooRecord one(String model, long id, List<String> fields) {
        List<OdooRecord> found = odoo.read(model, List.of(id), fields);
        if (found.isEmpty()) {
            throw new IllegalStateException("Odoo has no " + model + " " + id);
        }
        return found.get(0);
    }

    private static JsonArray term(String field, JsonValue value) {
        return JsonSupport.term(field, "=", value);
    }
}
