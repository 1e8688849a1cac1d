package dev.tradehub.invoice.edifact;

import dev.tradehub.canonical.Invoice;
import dev.tradehub.outbound.EdiNumbers;
import dev.tradehub.outbound.OutboundContent;
import dev.tradehub.outbound.OutboundSegment;
import dev.tradehub.outbound.edifact.EdifactItems;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * An invoice as an EDIFACT INVOIC: BGM 380 (invoice) or 381 (credit note), DTM 137, RFF ON with DTM 171, RFF VN (our
 * order), NAD PE (payee: remit to) and ST, CUX, PAT 1 with the net days and DTM 13 (due date); per line LIN/PIA, IMD
 * (description), QTY 47 (invoiced), MOA 203 (line amount), PRI AAA; UNS, CNT 2, MOA 79 (lines), 176 (taxes), 86
 * (amount due), and per tax TAX 7 VAT with its rate and MOA 124.
 */
public final class EdifactInvoices {

    private static final DateTimeFormatter CCYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;

    private EdifactInvoices() {
    }

    /** The content of the interchange: one INVOIC of {@code version} (e.g. {@code D:96A:UN}, {@code D:01B:UN}). */
    public static OutboundContent content(Invoice invoice, String version) {
        return OutboundContent.single(null, null, "INVOIC", version, body(invoice));
    }

    static List<OutboundSegment> body(Invoice invoice) {
        List<OutboundSegment> body = new ArrayList<>();
        body.add(OutboundSegment.builder("BGM").composite(invoice.creditNote() ? "381" : "380").element(invoice.number())
                .element("9").build());
        body.add(dtm("137", invoice.date()));
        body.add(OutboundSegment.builder("RFF").composite("ON", invoice.poNumber()).build());
        if (invoice.poDate() != null) {
            body.add(dtm("171", invoice.poDate()));
        }
        if (invoice.orderReference() != null) {
            body.add(OutboundSegment.builder("RFF").composite("VN", invoice.orderReference()).build());
        }
        for (OutboundSegment nad : new OutboundSegment[] {EdifactItems.party("PE", invoice.remitTo()),
                EdifactItems.party("ST", invoice.shipTo())}) {
            if (nad != null) {
                body.add(nad);
            }
        }
        body.add(OutboundSegment.builder("CUX").composite("2", invoice.currency(), "4").build());
        if (invoice.termsDays() != null || invoice.dueDate() != null) {
            OutboundSegment.Builder pat = OutboundSegment.builder("PAT").element("1").element(null);
            if (invoice.termsDays() != null) {
                pat.composite("5", "3", "D", Integer.toString(invoice.termsDays()));
            }
            body.add(pat.build());
            if (invoice.dueDate() != null) {
                body.add(dtm("13", invoice.dueDate()));
            }
        }
        int position = 0;
        for (Invoice.Line line : invoice.lines()) {
            position++;
            body.addAll(EdifactItems.lineItem(line.lineNo() != null ? line.lineNo() : Integer.toString(position), null,
                    line.upc(), line.buyerSku(), line.vendorSku()));
            if (line.description() != null) {
                body.add(OutboundSegment.builder("IMD").element("F").element(null)
                        .composite(null, null, null, truncate(line.description(), 35)).build());
            }
            body.add(OutboundSegment.builder("QTY").composite("47", EdiNumbers.of(line.quantity()), line.uom()).build());
            body.add(moa("203", line.amount()));
            body.add(OutboundSegment.builder("PRI").composite("AAA", EdiNumbers.of(line.unitPrice())).build());
        }
        body.add(OutboundSegment.of("UNS", "S"));
        body.add(OutboundSegment.builder("CNT").composite("2", Integer.toString(invoice.lines().size())).build());
        body.add(moa("79", invoice.untaxedAmount()));
        body.add(moa("176", invoice.taxAmount()));
        body.add(moa("86", invoice.totalAmount()));
        for (Invoice.Tax tax : invoice.taxes()) {
            body.add(OutboundSegment.builder("TAX").element("7").composite("VAT").element(null).element(null)
                    .composite(null, null, null, EdiNumbers.of(tax.percent())).build());
            body.add(moa("124", tax.amount()));
        }
        return body;
    }

    private static OutboundSegment moa(String qualifier, BigDecimal amount) {
        return OutboundSegment.builder("MOA").composite(qualifier, EdiNumbers.of(amount.abs())).build();
    }

    private static OutboundSegment dtm(String qualifier, LocalDate date) {
        return OutboundSegment.builder("DTM").composite(qualifier, date.format(CCYYMMDD), "102").build();
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
