package dev.tradehub.lifecycle;

import dev.tradehub.partner.PartnerProfile.DocumentSettings;
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

    /** Whether the partner's profile asks for this document. */
    public boolean wantedBy(DocumentSettings settings) {
        return switch (this) {
            case ORDER_RESPONSE -> settings.wantsOrderResponse();
            case SHIP_NOTICE -> settings.wantsShipNotice();
            case INVOICE -> settings.wantsInvoice();
        };
    }

    /**
     * The partner's service level: how many hours after its start the document is due (the order's arrival for an
     * order response, the delivery's validation or the invoice's posting for the others).
     */
    public int withinHours(DocumentSettings settings) {
        return switch (this) {
            case ORDER_RESPONSE -> settings.orderResponseHours();
            case SHIP_NOTICE -> settings.shipNoticeHours();
            case INVOICE -> settings.invoiceHours();
        };
    }
}
