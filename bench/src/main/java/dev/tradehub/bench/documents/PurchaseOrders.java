package dev.tradehub.bench.documents;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Builds X12 850 and EDIFACT ORDERS interchanges; every product named is one of the demo Odoo's. */
public final class PurchaseOrders {

    /** The two standards benchmarked. */
    public enum Standard {
        X12, EDIFACT
    }

    /** A line item as the partner sends it and as the naive integration looks it up in Odoo. */
    public record Item(String x12Qualifier, String id, String odooField, String odooValue, String price,
            String description) {
    }

    /**
     * The X12 items cycled through: a 12-digit UPC, our code, an EAN-13 (lookup by barcode or default_code,
     * as both TradeHub and the naive integration do).
     */
    public static final List<Item> X12_ITEMS = List.of(
            new Item("UP", "036000291452", "barcode", "036000291452", "295.00", "Acoustic Bloc Screens"),
            new Item("VN", "FURN_7800", "default_code", "FURN_7800", "450", "Desk Combination"),
            new Item("EN", "4006381333931", "barcode", "4006381333931", "100.00", "Cable Management Box"),
            new Item("VN", "FURN_8888", "default_code", "FURN_8888", "40.00", "Office Lamp"));

    private PurchaseOrders() {
    }

    /** One interchange of the given standard with one order of {@code lines} lines. */
    public static byte[] interchange(Standard standard, long controlNumber, String poNumber, int lines) {
        return standard == Standard.X12 ? x12(controlNumber, List.of(poNumber), lines)
                : edifact(controlNumber, poNumber, lines);
    }

    /**
     * An X12 850 interchange from ACME (ISA05/06 ZZ/ACMEEDI to ZZ/TRADEHUB), one transaction set per PO number,
     * each with {@code lines} PO1/PID lines, ship-to DC042.
     */
    public static byte[] x12(long controlNumber, List<String> poNumbers, int lines) {
        String icn = String.format("%09d", controlNumber % 1_000_000_000L);
        long group = controlNumber % 1_000_000_000L;
        StringBuilder out = new StringBuilder(256 + poNumbers.size() * (300 + lines * 60));
        segment(out, "ISA*00*          *00*          *ZZ*ACMEEDI        *ZZ*TRADEHUB       *260115*1030*U*00401*"
                + icn + "*0*P*>");
        segment(out, "GS*PO*ACMEEDI*TRADEHUB*20260115*1030*" + group + "*X*004010");
        int set = 0;
        for (String po : poNumbers) {
            set++;
            String st = String.format("%04d", set);
            List<String> segments = new ArrayList<>(lines * 2 + 12);
            segments.add("ST*850*" + st);
            segments.add("BEG*00*SA*" + po + "**20260115");
            segments.add("CUR*BY*USD");
            segments.add("DTM*010*20260120");
            segments.add("N1*BY*Acme Integration Corp*92*CUST-0001");
            segments.add("N1*ST*Acme Warehouse Dock*92*DC042");
            segments.add("N3*7 Dock Rd*Gate 4");
            segments.add("N4*Joliet*IL*60431*US");
            for (int line = 1; line <= lines; line++) {
                Item item = X12_ITEMS.get((line - 1) % X12_ITEMS.size());
                segments.add("PO1*" + line + "*" + (1 + line % 9) + "*EA*" + item.price() + "**" + item.x12Qualifier()
                        + "*" + item.id());
                segments.add("PID*F****" + item.description());
            }
            segments.add("CTT*" + lines);
            segments.add("SE*" + (segments.size() + 1) + "*" + st);
            segments.forEach(s -> segment(out, s));
        }
        segment(out, "GE*" + poNumbers.size() + "*" + group);
        segment(out, "IEA*1*" + icn);
        return out.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * An EDIFACT ORDERS D96A interchange from BETA (UNB 4012345000016:14 to 4098765000008:14) with one message of
     * {@code lines} LIN/IMD/QTY/PRI groups (EAN-13 items, one with the supplier's article number), decimal comma.
     */
    public static byte[] edifact(long controlNumber, String poNumber, int lines) {
        String reference = "B" + String.format("%09d", controlNumber % 1_000_000_000L);
        StringBuilder out = new StringBuilder(512 + lines * 90);
        out.append("UNA:+,? '\n");
        edifact(out, "UNB+UNOC:3+4012345000016:14+4098765000008:14+260115:1030+" + reference);
        List<String> segments = new ArrayList<>(lines * 5 + 12);
        segments.add("UNH+1+ORDERS:D:96A:UN");
        segments.add("BGM+220+" + poNumber + "+9");
        segments.add("DTM+137:20260115:102");
        segments.add("DTM+2:20260122:102");
        segments.add("CUX+2:EUR:9");
        segments.add("NAD+BY+4012345000016::9++Beta Handels GmbH");
        segments.add("NAD+DP+4012345000009::9++Beta Lager Hamburg+Lagerstrasse 5+Hamburg++20095+DE");
        for (int line = 1; line <= lines; line++) {
            if (line % 2 == 1) {
                segments.add("LIN+" + line + "++4006381333931:EN");
                segments.add("IMD+F++:::Cable Management Box");
                segments.add("QTY+21:" + (1 + line % 9) + ":PCE");
                segments.add("PRI+AAA:99,50");
            } else {
                segments.add("LIN+" + line + "++2300001000008:EN");
                segments.add("PIA+5+FURN_0001:SA");
                segments.add("IMD+F++:::Desk Organizer");
                segments.add("QTY+21:" + (1 + line % 9) + ":PCE");
                segments.add("PRI+AAA:5,10");
            }
        }
        segments.add("UNS+S");
        segments.add("CNT+2:" + lines);
        segments.add("UNT+" + (segments.size() + 1) + "+1");
        segments.forEach(s -> edifact(out, s));
        edifact(out, "UNZ+1+" + reference);
        return out.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static void segment(StringBuilder out, String segment) {
        out.append(segment).append("~\n");
    }

    private static void edifact(StringBuilder out, String segment) {
        out.append(segment).append("'\n");
    }
}
