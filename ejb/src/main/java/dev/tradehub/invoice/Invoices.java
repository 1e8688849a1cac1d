package dev.tradehub.invoice;

import dev.tradehub.canonical.Address;
import dev.tradehub.canonical.CanonicalOrder;
import dev.tradehub.canonical.Invoice;
import dev.tradehub.canonical.OrderLine;
import dev.tradehub.odoo.OdooRecord;
import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Translator from a posted Odoo customer invoice or credit note to the invoice the partner is sent: each product line
 * is matched to the buyer's line through its sale order line ({@code sale_line_ids}), so the buyer's line numbers,
 * units and item IDs are echoed; the net days are those between the invoice date and its due date. Stateless.
 */
public final class Invoices {

    private Invoices() {
    }

    /**
     * The invoice.
     *
     * @param ordered      the order as the buyer sent it
     * @param saleLineIds  the sale order's line ids in {@code sequence, id} order
     * @param move         {@code account.move} with {@code name, move_type, invoice_date, invoice_date_due,
     *                     invoice_origin, amount_untaxed, amount_tax, amount_total, currency_id}
     * @param productLines its {@code account.move.line}s of {@code display_type} product, with {@code quantity,
     *                     price_unit, price_subtotal, tax_ids, sale_line_ids}
     * @param remitTo      our company's address, or null
     * @param shipTo       where the goods went, or null
     */
    public static Invoice from(CanonicalOrder ordered, List<Long> saleLineIds, OdooRecord move,
            List<OdooRecord> productLines, Address remitTo, Address shipTo) {
        List<Invoice.Line> lines = new ArrayList<>();
        BigDecimal taxedBase = BigDecimal.ZERO;
        int position = 0;
        for (OdooRecord invoiced : productLines) {
            position++;
            OrderLine line = orderLine(ordered, saleLineIds, invoiced);
            BigDecimal subtotal = invoiced.decimal("price_subtotal");
            if (!invoiced.values().getJsonArray("tax_ids").isEmpty() && subtotal != null) {
                taxedBase = taxedBase.add(subtotal);
            }
            lines.add(new Invoice.Line(line != null && line.lineNo() != null ? line.lineNo() : Integer.toString(position),
                    invoiced.decimal("quantity"), line != null ? line.uom() : null, invoiced.decimal("price_unit"), subtotal,
                    line != null ? line.upc() : null, line != null ? line.vendorSku() : null,
                    line != null ? line.buyerSku() : null, invoiced.displayName("product_id")));
        }
        BigDecimal tax = move.decimal("amount_tax");
        List<Invoice.Tax> taxes = tax == null || tax.signum() == 0 ? List.of()
                : List.of(new Invoice.Tax(null, null, taxedBase, tax));
        Integer termsDays = move.date("invoice_date") == null || move.date("invoice_date_due") == null ? null
                : (int) ChronoUnit.DAYS.between(move.date("invoice_date"), move.date("invoice_date_due"));
        return new Invoice(move.name(), move.date("invoice_date"), "out_refund".equals(move.text("move_type")),
                ordered.poNumber(), ordered.poDate(), move.text("invoice_origin"), move.displayName("currency_id"),
                remitTo, shipTo, move.date("invoice_date_due"), termsDays, lines, taxes, move.decimal("amount_untaxed"),
                tax == null ? BigDecimal.ZERO : tax, move.decimal("amount_total"));
    }

    private static OrderLine orderLine(CanonicalOrder ordered, List<Long> saleLineIds, OdooRecord invoiced) {
        var links = invoiced.values().getJsonArray("sale_line_ids");
        if (links == null || links.isEmpty()) {
            return null;
        }
        int index = saleLineIds.indexOf(links.getJsonNumber(0).longValue());
        return index < 0 || index >= ordered.lines().size() ? null : ordered.lines().get(index);
    }
}
