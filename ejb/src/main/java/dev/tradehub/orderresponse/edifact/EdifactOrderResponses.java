package dev.tradehub.orderresponse.edifact;

import dev.tradehub.canonical.OrderResponse;
import dev.tradehub.outbound.EdiNumbers;
import dev.tradehub.outbound.OutboundContent;
import dev.tradehub.outbound.OutboundSegment;
import dev.tradehub.outbound.edifact.EdifactItems;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * An order response as an EDIFACT ORDRSP: BGM 231 with the message function (29 accepted, 4 changed, 27 not
 * accepted), DTM 137, RFF ON with the PO number and its DTM 171, CUX, DTM 69 (promised delivery); per line LIN with
 * the line action (5 accepted, 3 changed, 7 not accepted) and the GTIN (EN), PIA with the buyer's (BP) and our (SA)
 * item numbers, QTY 21 (ordered) and 113 (to be delivered), PRI AAA; UNS and CNT 2.
 */
public final class EdifactOrderResponses {

    private static final DateTimeFormatter CCYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;

    private EdifactOrderResponses() {
    }

    /** The content of the interchange: one ORDRSP of {@code version} (e.g. {@code D:96A:UN}, {@code D:01B:UN}). */
    public static OutboundContent content(OrderResponse response, String version) {
        return OutboundContent.single(null, null, "ORDRSP", version, body(response));
    }

    static List<OutboundSegment> body(OrderResponse response) {
        List<OutboundSegment> body = new ArrayList<>();
        body.add(OutboundSegment.builder("BGM").composite("231")
                .element(response.orderReference() != null ? response.orderReference() : response.poNumber())
                .element(messageFunction(response.status())).build());
        body.add(dtm("137", response.responseDate()));
        if (response.promisedShipDate() != null) {
            body.add(dtm("69", response.promisedShipDate()));
        }
        body.add(OutboundSegment.builder("RFF").composite("ON", response.poNumber()).build());
        if (response.poDate() != null) {
            body.add(dtm("171", response.poDate()));
        }
        if (response.currency() != null) {
            body.add(OutboundSegment.builder("CUX").composite("2", response.currency(), "9").build());
        }
        int position = 0;
        for (OrderResponse.Line line : response.lines()) {
            position++;
            body.addAll(EdifactItems.lineItem(line.lineNo() != null ? line.lineNo() : Integer.toString(position),
                    lineAction(line.status()), line.upc(), line.buyerSku(), line.vendorSku()));
            body.add(OutboundSegment.builder("QTY").composite("21", EdiNumbers.of(line.orderedQty()),
                    line.uom()).build());
            body.add(OutboundSegment.builder("QTY").composite("113", EdiNumbers.of(line.confirmedQty()),
                    line.uom()).build());
            if (line.promisedShipDate() != null) {
                body.add(dtm("69", line.promisedShipDate()));
            }
            if (line.confirmedPrice() != null) {
                body.add(OutboundSegment.builder("PRI").composite("AAA", EdiNumbers.of(line.confirmedPrice()))
                        .build());
            }
        }
        body.add(OutboundSegment.of("UNS", "S"));
        body.add(OutboundSegment.builder("CNT").composite("2", Integer.toString(response.lines().size())).build());
        return body;
    }

    /** BGM 1225: 29 accepted without amendment, 4 change, 27 not accepted. */
    static String messageFunction(OrderResponse.Status status) {
        return switch (status) {
            case ACCEPTED -> "29";
            case ACCEPTED_WITH_CHANGES -> "4";
            case REJECTED -> "27";
        };
    }

    /** LIN 1229: 5 accepted without amendment, 3 changed, 7 not accepted. */
    static String lineAction(OrderResponse.LineStatus status) {
        return switch (status) {
            case ACCEPTED -> "5";
            case QUANTITY_CHANGED, PRICE_CHANGED, BACKORDERED -> "3";
            case REJECTED -> "7";
        };
    }

    private static OutboundSegment dtm(String qualifier, LocalDate date) {
        return OutboundSegment.builder("DTM").composite(qualifier, date.format(CCYYMMDD), "102").build();
    }
}
