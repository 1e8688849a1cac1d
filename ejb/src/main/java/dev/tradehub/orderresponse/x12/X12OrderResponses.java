package dev.tradehub.orderresponse.x12;

import dev.tradehub.canonical.OrderResponse;
import dev.tradehub.outbound.EdiNumbers;
import dev.tradehub.outbound.OutboundContent;
import dev.tradehub.outbound.OutboundSegment;
import dev.tradehub.outbound.x12.X12Items;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * An order response as an X12 855 in a PR group: BAK (purpose 00, type AC/AD/RJ, the PO number and date, our order
 * reference, the response date), CUR, DTM*068 (promised ship date), and per line PO1 echoing the buyer's line number,
 * quantity, unit, price and item IDs (UP, VN, BP as sent), PID for a description, ACK with the line's status (IA, IQ,
 * IP, IR, IB), the confirmed quantity and its date; CTT with the line count.
 */
public final class X12OrderResponses {

    private static final DateTimeFormatter CCYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;

    private X12OrderResponses() {
    }

    /** The content of the interchange: one 855 in one PR group of {@code version} (e.g. 004010, 005010). */
    public static OutboundContent content(OrderResponse response, String version) {
        return OutboundContent.single("PR", version, "855", null, body(response));
    }

    static List<OutboundSegment> body(OrderResponse response) {
        List<OutboundSegment> body = new ArrayList<>();
        body.add(OutboundSegment.of("BAK", "00", acknowledgementType(response.status()), response.poNumber(),
                date(response.poDate()), null, null, null, response.orderReference(), date(response.responseDate())));
        if (response.currency() != null) {
            body.add(OutboundSegment.of("CUR", "SE", response.currency()));
        }
        if (response.promisedShipDate() != null) {
            body.add(OutboundSegment.of("DTM", "068", date(response.promisedShipDate())));
        }
        int position = 0;
        for (OrderResponse.Line line : response.lines()) {
            position++;
            List<String> po1 = new ArrayList<>(List.of(line.lineNo() != null ? line.lineNo() : Integer.toString(position),
                    number(line.orderedQty()), line.uom() == null ? "EA" : line.uom(), number(line.orderedPrice()), ""));
            X12Items.appendIds(po1, line.upc(), line.vendorSku(), line.buyerSku());
            body.add(OutboundSegment.of("PO1", po1.toArray(String[]::new)));
            LocalDate shipDate = line.promisedShipDate() != null ? line.promisedShipDate() : response.promisedShipDate();
            body.add(OutboundSegment.of("ACK", lineStatus(line.status()), number(line.confirmedQty()),
                    line.uom() == null ? "EA" : line.uom(), shipDate == null ? null : "068", date(shipDate)));
        }
        body.add(OutboundSegment.of("CTT", Integer.toString(response.lines().size())));
        return body;
    }

    /** BAK02: AD accepted without change, AC accepted with changes, RJ rejected. */
    static String acknowledgementType(OrderResponse.Status status) {
        return switch (status) {
            case ACCEPTED -> "AD";
            case ACCEPTED_WITH_CHANGES -> "AC";
            case REJECTED -> "RJ";
        };
    }

    /** ACK01: IA accepted, IQ quantity changed, IP price changed, IR rejected, IB backordered. */
    static String lineStatus(OrderResponse.LineStatus status) {
        return switch (status) {
            case ACCEPTED -> "IA";
            case QUANTITY_CHANGED -> "IQ";
            case PRICE_CHANGED -> "IP";
            case REJECTED -> "IR";
            case BACKORDERED -> "IB";
        };
    }


    private static String date(LocalDate date) {
        return date == null ? null : date.format(CCYYMMDD);
    }

    private static String number(BigDecimal value) {
        return EdiNumbers.of(value);
    }
}
