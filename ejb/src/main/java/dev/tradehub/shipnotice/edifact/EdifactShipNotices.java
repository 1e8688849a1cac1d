package dev.tradehub.shipnotice.edifact;

import dev.tradehub.canonical.ShipNotice;
import dev.tradehub.outbound.EdiNumbers;
import dev.tradehub.outbound.OutboundContent;
import dev.tradehub.outbound.OutboundSegment;
import dev.tradehub.outbound.edifact.EdifactItems;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * A ship notice as an EDIFACT DESADV: BGM 351 with our shipment ID, DTM 137 and 11 (despatched), MEA gross weight,
 * RFF ON (the PO) with its DTM 171 and RFF VN (our order), NAD SF and ST, TDT 20 with the carrier and RFF CN
 * (tracking); CPS 1 and per line LIN (the buyer's line number, the GTIN as EN), PIA 1 (BP, SA), QTY 12 (despatched)
 * and 21 (ordered); CNT 2 with the line count.
 */
public final class EdifactShipNotices {

    private static final DateTimeFormatter CCYYMMDDHHMM = DateTimeFormatter.ofPattern("yyyyMMddHHmm");

    private EdifactShipNotices() {
    }

    /** The content of the interchange: one DESADV of {@code version} (e.g. {@code D:96A:UN}, {@code D:01B:UN}). */
    public static OutboundContent content(ShipNotice notice, String version) {
        return OutboundContent.single(null, null, "DESADV", version, body(notice));
    }

    static List<OutboundSegment> body(ShipNotice notice) {
        List<OutboundSegment> body = new ArrayList<>();
        body.add(OutboundSegment.builder("BGM").composite("351").element(notice.shipmentId()).element("9").build());
        body.add(dtm("137", notice.shippedAt()));
        body.add(dtm("11", notice.shippedAt()));
        if (notice.grossWeightKg() != null) {
            body.add(OutboundSegment.builder("MEA").element("AAX").composite("AAB")
                    .composite("KGM", EdiNumbers.of(notice.grossWeightKg())).build());
        }
        body.add(OutboundSegment.builder("RFF").composite("ON", notice.poNumber()).build());
        if (notice.poDate() != null) {
            body.add(OutboundSegment.builder("DTM").composite("171",
                    notice.poDate().format(DateTimeFormatter.BASIC_ISO_DATE), "102").build());
        }
        if (notice.orderReference() != null) {
            body.add(OutboundSegment.builder("RFF").composite("VN", notice.orderReference()).build());
        }
        for (OutboundSegment nad : new OutboundSegment[] {EdifactItems.party("SF", notice.shipFrom()),
                EdifactItems.party("ST", notice.shipTo())}) {
            if (nad != null) {
                body.add(nad);
            }
        }
        if (notice.carrier() != null || notice.trackingNumber() != null) {
            OutboundSegment.Builder tdt = OutboundSegment.builder("TDT").element("20").element(null).element(null)
                    .element(null);
            if (notice.carrier() != null) {
                tdt.composite(null, null, null, notice.carrier());
            }
            body.add(tdt.build());
            if (notice.trackingNumber() != null) {
                body.add(OutboundSegment.builder("RFF").composite("CN", notice.trackingNumber()).build());
            }
        }
        body.add(OutboundSegment.of("CPS", "1"));
        int position = 0;
        for (ShipNotice.Line line : notice.lines()) {
            position++;
            body.addAll(EdifactItems.lineItem(line.lineNo() != null ? line.lineNo() : Integer.toString(position),
                    null, line.upc(), line.buyerSku(), line.vendorSku()));
            body.add(OutboundSegment.builder("QTY").composite("12", EdiNumbers.of(line.shippedQty()), line.uom()).build());
            body.add(OutboundSegment.builder("QTY").composite("21", EdiNumbers.of(line.orderedQty()), line.uom()).build());
        }
        body.add(OutboundSegment.builder("CNT").composite("2", Integer.toString(notice.lines().size())).build());
        return body;
    }


    private static OutboundSegment dtm(String qualifier, LocalDateTime at) {
        return OutboundSegment.builder("DTM").composite(qualifier, at.format(CCYYMMDDHHMM), "203").build();
    }
}
