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
        List<TransactionSet> sets = new ArrayList<>();
        for (Order order : orders) {
            List<String> body = new ArrayList<>();
            body.add("BEG*00*SA*" + order.poNumber() + "**20261127");
            body.add("DTM*010*20261215");
            if (order.shipTo() != null) {
                body.add("N1*ST*Acme Warehouse Dock*92*" + order.shipTo());
                body.add("N3*7 Dock Rd");
                body.add("N4*Joliet*IL*60431*US");
            }
            int lineNo = 0;
            for (String line : order.lines()) {
                lineNo++;
                String[] f = line.split("\\*");
                body.add("PO1*" + lineNo + "*" + f[0] + "*" + f[1] + "*" + f[2] + "**" + f[3] + "*" + f[4]);
            }
            body.add("CTT*" + order.lines().size());
            sets.add(new TransactionSet("850", body));
        }
        return interchange(senderId, controlNumber, "PO", sets);
    }

    /** One transaction set: its type (ST01) and the segments between ST and SE. */
    record TransactionSet(String type, List<String> body) {
    }

    /** An interchange of one functional group of {@code functionalId} (GS01) holding the sets, 004010. */
    static byte[] interchange(String senderId, String controlNumber, String functionalId, List<TransactionSet> sets) {
        String icn = String.format("%09d", Long.parseLong(controlNumber));
        List<String> segments = new ArrayList<>();
        segments.add("ISA*00*          *00*          *ZZ*" + pad(senderId) + "*ZZ*" + pad("TRADEHUB")
                + "*261127*1200*U*00401*" + icn + "*0*P*>");
        segments.add("GS*" + functionalId + "*" + senderId + "*TRADEHUB*20261127*1200*" + Long.parseLong(controlNumber)
                + "*X*004010");
        int setNumber = 0;
        for (TransactionSet set : sets) {
            setNumber++;
            String st = String.format("%04d", setNumber);
            segments.add("ST*" + set.type() + "*" + st);
            segments.addAll(set.body());
            segments.add("SE*" + (set.body().size() + 2) + "*" + st);
        }
        segments.add("GE*" + sets.size() + "*" + Long.parseLong(controlNumber));
        segments.add("IEA*1*" + icn);
        return (String.join("~\n", segments) + "~\n").getBytes(StandardCharsets.US_ASCII);
    }

    private static String pad(String id) {
        return String.format("%-15s", id);
    }
}
