package dev.tradehub.outbound.x12;

import dev.tradehub.canonical.Address;
import dev.tradehub.outbound.OutboundSegment;
import java.util.List;

/** How an X12 document names a party, the same in every transaction set: N1 (with its ID, qualifier 92), N3, N4. */
public final class X12Parties {

    private X12Parties() {
    }

    /** Appends N1 and, where the address has them, N3 and N4; nothing for a null address. */
    public static void append(List<OutboundSegment> body, String role, Address address) {
        if (address == null) {
            return;
        }
        body.add(address.id() == null ? OutboundSegment.of("N1", role, address.name())
                : OutboundSegment.of("N1", role, address.name(), "92", address.id()));
        if (address.street() != null) {
            body.add(OutboundSegment.of("N3", address.street(), address.street2()));
        }
        if (address.city() != null) {
            body.add(OutboundSegment.of("N4", address.city(), address.state(), address.zip(), address.country()));
        }
    }
}
