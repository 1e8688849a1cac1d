package dev.tradehub.outbound.x12;

import java.util.List;

/** How an X12 document names an item, the same in every transaction set: qualifier and ID pairs (UP, VN, BP). */
public final class X12Items {

    private X12Items() {
    }

    /** Appends the pairs of the IDs that are there, in the order UP (GTIN), VN (our number), BP (the buyer's). */
    public static void appendIds(List<String> elements, String gtin, String vendorSku, String buyerSku) {
        pair(elements, "UP", gtin);
        pair(elements, "VN", vendorSku);
        pair(elements, "BP", buyerSku);
    }

    private static void pair(List<String> elements, String qualifier, String id) {
        if (id != null && !id.isBlank()) {
            elements.add(qualifier);
            elements.add(id);
        }
    }
}
