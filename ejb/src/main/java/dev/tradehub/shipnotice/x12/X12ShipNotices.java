package dev.tradehub.shipnotice.x12;

import dev.tradehub.canonical.ShipNotice;
import dev.tradehub.outbound.EdiNumbers;
import dev.tradehub.outbound.OutboundContent;
import dev.tradehub.outbound.OutboundSegment;
import dev.tradehub.outbound.x12.X12Items;
import dev.tradehub.outbound.x12.X12Parties;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * A ship notice as an X12 856 in an SH group, hierarchical structure 0004 (shipment, order, item): BSN (purpose 00,
 * our shipment ID, date and time); HL S with TD1 (gross weight), TD5 (carrier), REF CN (tracking), DTM 011 (shipped),
 * N1 SF and ST (with N3, N4); HL O with PRF (the PO, its date) and REF VN (our order reference); HL I per line with
 * LIN (UP, VN, BP as sent) and SN1 (the buyer's line number, shipped quantity and unit, ordered quantity); CTT with
 * the HL count.
 */
public final class X12ShipNotices {

    private static final DateTimeFormatter CCYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("HHmm");

    private X12ShipNotices() {
    }

    /** The content of the interchange: one 856 in one SH group of {@code version} (e.g. 004010, 005010). */
    public static OutboundContent content(ShipNotice notice, String version) {
        return OutboundContent.single("SH", version, "856", null, body(notice));
    }

    static List<OutboundSegment> body(ShipNotice notice) {
        List<OutboundSegment> body = new ArrayList<>();
        body.add(OutboundSegment.of("BSN", "00", notice.shipmentId(), notice.shippedAt().format(CCYYMMDD),
                notice.shippedAt().format(HHMM), "0004"));
        body.add(OutboundSegment.of("HL", "1", null, "S"));
        if (notice.grossWeightKg() != null) {
            body.add(OutboundSegment.of("TD1", null, null, null, null, null, "G", EdiNumbers.of(notice.grossWeightKg()),
                    "KG"));
        }
        if (notice.carrier() != null) {
            body.add(OutboundSegment.of("TD5", null, "ZZ", notice.carrier()));
        }
        if (notice.trackingNumber() != null) {
            body.add(OutboundSegment.of("REF", "CN", notice.trackingNumber()));
        }
        body.add(OutboundSegment.of("DTM", "011", notice.shippedAt().format(CCYYMMDD), notice.shippedAt().format(HHMM)));
        X12Parties.append(body, "SF", notice.shipFrom());
        X12Parties.append(body, "ST", notice.shipTo());
        body.add(OutboundSegment.of("HL", "2", "1", "O"));
        body.add(OutboundSegment.of("PRF", notice.poNumber(), null, null,
                notice.poDate() == null ? null : notice.poDate().format(CCYYMMDD)));
        if (notice.orderReference() != null) {
            body.add(OutboundSegment.of("REF", "VN", notice.orderReference()));
        }
        int hl = 2;
        int position = 0;
        for (ShipNotice.Line line : notice.lines()) {
            position++;
            body.add(OutboundSegment.of("HL", Integer.toString(++hl), "2", "I"));
            List<String> lin = new ArrayList<>();
            lin.add(null);
            X12Items.appendIds(lin, line.upc(), line.vendorSku(), line.buyerSku());
            if (lin.size() > 1) {
                body.add(OutboundSegment.of("LIN", lin.toArray(String[]::new)));
            }
            String uom = line.uom() == null ? "EA" : line.uom();
            body.add(OutboundSegment.of("SN1", line.lineNo() != null ? line.lineNo() : Integer.toString(position),
                    EdiNumbers.of(line.shippedQty()), uom, null, EdiNumbers.of(line.orderedQty()), uom));
        }
        body.add(OutboundSegment.of("CTT", Integer.toString(hl)));
        return body;
    }


}
