package dev.tradehub.invoice.x12;

import dev.tradehub.canonical.Invoice;
import dev.tradehub.outbound.EdiNumbers;
import dev.tradehub.outbound.OutboundContent;
import dev.tradehub.outbound.OutboundSegment;
import dev.tradehub.outbound.x12.X12Items;
import dev.tradehub.outbound.x12.X12Parties;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * An invoice as an X12 810 in an IN group: BIG (invoice date and number, PO date and number; BIG07 CR for a credit
 * note), CUR, REF VN (our order), N1 RI (remit to) and ST, ITD (net due date and days), per line IT1 (the buyer's
 * line number, quantity, unit, price, UP/VN/BP as sent) and PID F (description); TDS (the amount due in cents), TXI per
 * tax (type ST, amount, percent), CTT with the line count.
 */
public final class X12Invoices {

    private static final DateTimeFormatter CCYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;

    private X12Invoices() {
    }

    /** The content of the interchange: one 810 in one IN group of {@code version} (e.g. 004010, 005010). */
    public static OutboundContent content(Invoice invoice, String version) {
        return OutboundContent.single("IN", version, "810", null, body(invoice));
    }

    static List<OutboundSegment> body(Invoice invoice) {
        List<OutboundSegment> body = new ArrayList<>();
        body.add(OutboundSegment.of("BIG", date(invoice.date()), invoice.number(), date(invoice.poDate()),
                invoice.poNumber(), null, null, invoice.creditNote() ? "CR" : null));
        body.add(OutboundSegment.of("CUR", "SE", invoice.currency()));
        if (invoice.orderReference() != null) {
            body.add(OutboundSegment.of("REF", "VN", invoice.orderReference()));
        }
        X12Parties.append(body, "RI", invoice.remitTo());
        X12Parties.append(body, "ST", invoice.shipTo());
        if (invoice.dueDate() != null || invoice.termsDays() != null) {
            body.add(OutboundSegment.of("ITD", "05", "3", null, null, null, date(invoice.dueDate()),
                    invoice.termsDays() == null ? null : Integer.toString(invoice.termsDays())));
        }
        int position = 0;
        for (Invoice.Line line : invoice.lines()) {
            position++;
            List<String> it1 = new ArrayList<>(List.of(line.lineNo() != null ? line.lineNo() : Integer.toString(position),
                    EdiNumbers.of(line.quantity()), line.uom() == null ? "EA" : line.uom(), EdiNumbers.of(line.unitPrice()),
                    ""));
            X12Items.appendIds(it1, line.upc(), line.vendorSku(), line.buyerSku());
            body.add(OutboundSegment.of("IT1", it1.toArray(String[]::new)));
            if (line.description() != null) {
                body.add(OutboundSegment.of("PID", "F", null, null, null, truncate(line.description(), 80)));
            }
        }
        body.add(OutboundSegment.of("TDS", cents(invoice.totalAmount())));
        for (Invoice.Tax tax : invoice.taxes()) {
            body.add(OutboundSegment.of("TXI", "ST", EdiNumbers.of(tax.amount()), EdiNumbers.of(tax.percent())));
        }
        body.add(OutboundSegment.of("CTT", Integer.toString(invoice.lines().size())));
        return body;
    }

    /** TDS01 is N2: the amount in cents, without a decimal point. */
    static String cents(BigDecimal amount) {
        return amount.abs().movePointRight(2).setScale(0, RoundingMode.HALF_UP).toPlainString();
    }


    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.format(CCYYMMDD);
    }
}
