package dev.tradehub.e2e;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Builds well-formed X12 850 interchanges (counts and control numbers right) for the tests to vary. */
final class X12Documents {

    private X12Documents() {
    }

    /** One purchase order: PO number, ship-to id, and lines as "qty*uom*price*qualifier*id". */
    record Order(String poNumber, String shipTo, List<String> lines) {
    }

    static byte[] interchange(String senderId, String controlNumber, Order... orders) {
        String icn = String.format("%09d", Long.parseLong(controlNumber));
        List<String> segments = new ArrayList<>();
        segments.add("ISA*00*          *00*          *ZZ*" + pad(senderId) + "*ZZ*" + pad("TRADEHUB")
                + "*261127*1200*U*00401*" + icn + "*0*P*>");
        segments.add("GS*PO*" + senderId + "*TRADEHUB*20261127*1200*" + Long.parseLong(controlNumber) + "*X*004010");
        int setNumber = 0;
        for (Order order : orders) {
            setNumber++;
            String st = String.format("%04d", setNumber);
            List<String> set = new ArrayList<>();
            set.add("ST*850*" + st);
            set.add("BEG*00*SA*" + order.poNumber() + "**20261127");
            set.add("DTM*010*20261215");
            if (order.shipTo() != null) {
                set.add("N1*ST*Acme Warehouse Dock*92*" + order.shipTo());
                set.add("N3*7 Dock Rd");
                set.add("N4*Joliet*IL*60431*US");
            }
            int lineNo = 0;
            for (String line : order.lines()) {
                lineNo++;
                String[] f = line.split("\\*");
                set.add("PO1*" + lineNo + "*" + f[0] + "*" + f[1] + "*" + f[2] + "**" + f[3] + "*" + f[4]);
            }
            set.add("CTT*" + order.lines().size());
            set.add("SE*" + (set.size() + 1) + "*" + st);
            segments.addAll(set);
        }
        segments.add("GE*" + orders.length + "*" + Long.parseLong(controlNumber));
        segments.add("IEA*1*" + icn);
        return (String.join("~\n", segments) + "~\n").getBytes(StandardCharsets.US_ASCII);
    }

    private static String pad(String id) {
        return String.format("%-15s", id);
    }
}
