package dev.tradehub.lifecycle;

import dev.tradehub.translation.Standard;

/** The documents an order's life sends the partner, with their names in each standard. */
public enum DocumentKind {
    ORDER_RESPONSE("855", "ORDRSP"),
    SHIP_NOTICE("856", "DESADV"),
    INVOICE("810", "INVOIC");

    private final String x12;
    private final String edifact;

    DocumentKind(String x12, String edifact) {
        this.x12 = x12;
        this.edifact = edifact;
    }

    /** The document's name in {@code standard}: {@code 855}, {@code DESADV} ... */
    public String docType(Standard standard) {
        return standard == Standard.EDIFACT ? edifact : x12;
    }
}
