package dev.tradehub.outbound.edifact;

import dev.tradehub.canonical.Address;
import dev.tradehub.outbound.OutboundSegment;
import java.util.ArrayList;
import java.util.List;

/**
 * How an EDIFACT document names items and parties, the same in every message type: LIN with the GTIN, PIA with the
 * rest; NAD with the party's ID (code list 9, GLN), name and address.
 */
public final class EdifactItems {

    private EdifactItems() {
    }

    /**
     * LIN (line number, action code, GTIN as EN) and, when there is one, PIA 1 with the buyer's (BP) and our (SA)
     * item numbers.
     *
     * @param action the line's action code (1229), or null
     */
    public static List<OutboundSegment> lineItem(String lineNo, String action, String gtin, String buyerSku,
            String vendorSku) {
        List<OutboundSegment> segments = new ArrayList<>(2);
        OutboundSegment.Builder lin = OutboundSegment.builder("LIN").element(lineNo).element(action);
        if (gtin != null) {
            lin.composite(gtin, "EN");
        }
        segments.add(lin.build());
        if (buyerSku != null || vendorSku != null) {
            OutboundSegment.Builder pia = OutboundSegment.builder("PIA").element("1");
            if (buyerSku != null) {
                pia.composite(buyerSku, "BP");
            }
            if (vendorSku != null) {
                pia.composite(vendorSku, "SA");
            }
            segments.add(pia.build());
        }
        return segments;
    }

    /** NAD with the party's role (SF, ST, SU, PE ...), ID, name and street address; null for a null address. */
    public static OutboundSegment party(String role, Address address) {
        if (address == null) {
            return null;
        }
        OutboundSegment.Builder nad = OutboundSegment.builder("NAD").element(role);
        if (address.id() != null) {
            nad.composite(address.id(), null, "9");
        } else {
            nad.element(null);
        }
        nad.element(null).element(address.name());
        if (address.street() != null || address.city() != null) {
            nad.element(address.street()).element(address.city()).element(address.state()).element(address.zip())
                    .element(address.country());
        }
        return nad.build();
    }
}
