package dev.tradehub.canonical;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A customer invoice or credit note for a purchase order, as the partner is sent it (X12 810, EDIFACT INVOIC).
 *
 * @param number         the invoice's number (Odoo's {@code name}, e.g. INV/2026/00010)
 * @param date           the invoice date
 * @param creditNote     whether it is a credit note (a refund) rather than an invoice
 * @param poNumber       the buyer's purchase order number
 * @param poDate         its date, or null
 * @param orderReference our order reference (the sale order's name), or null
 * @param currency       ISO 4217 code
 * @param remitTo        where to pay, or null
 * @param shipTo         where the goods went, as the buyer named it, or null
 * @param dueDate        the net due date, or null
 * @param termsDays      the net days of the payment terms, or null
 * @param lines          the invoiced lines
 * @param taxes          the taxes by kind and rate
 * @param untaxedAmount  the total before taxes
 * @param taxAmount      the total of taxes
 * @param totalAmount    the amount due
 */
public record Invoice(
        String number,
        LocalDate date,
        boolean creditNote,
        String poNumber,
        LocalDate poDate,
        String orderReference,
        String currency,
        Address remitTo,
        Address shipTo,
        LocalDate dueDate,
        Integer termsDays,
        List<Line> lines,
        List<Tax> taxes,
        BigDecimal untaxedAmount,
        BigDecimal taxAmount,
        BigDecimal totalAmount) {

    public Invoice {
        lines = List.copyOf(lines);
        taxes = List.copyOf(taxes);
    }

    /**
     * One invoiced line, with the buyer's identifiers echoed as sent.
     *
     * @param lineNo      the buyer's line number, or null
     * @param quantity    the quantity invoiced
     * @param uom         the buyer's unit code as sent
     * @param unitPrice   the unit price
     * @param amount      the line's amount before taxes
     * @param upc         the GTIN / UPC as sent, or null
     * @param vendorSku   our part number, or null
     * @param buyerSku    the buyer's part number as sent, or null
     * @param description the line's description, or null
     */
    public record Line(String lineNo, BigDecimal quantity, String uom, BigDecimal unitPrice, BigDecimal amount,
            String upc, String vendorSku, String buyerSku, String description) {
    }

    /**
     * A tax of the invoice.
     *
     * @param name    the tax's name as Odoo has it (e.g. "15%")
     * @param percent its rate in percent, or null
     * @param base    the amount it applies to
     * @param amount  the tax amount
     */
    public record Tax(String name, BigDecimal percent, BigDecimal base, BigDecimal amount) {
    }
}
