package dev.tradehub.translation.spi;

import dev.tradehub.canonical.ErrorCategory;

/**
 * The identifiers of one item as a document sends them (a GTIN/UPC, our part number, the partner's part
 * number); the first identifier of each kind wins. Not thread-safe.
 */
public final class ItemIds {

    private String upc;
    private String vendorSku;
    private String buyerSku;

    /** Fills the field for {@code kind} unless an earlier identifier already did; null kinds or values are ignored. */
    public void add(ItemIdKind kind, String value) {
        if (value == null || kind == null) {
            return;
        }
        switch (kind) {
            case UPC -> upc = upc == null ? value : upc;
            case VENDOR_SKU -> vendorSku = vendorSku == null ? value : vendorSku;
            case BUYER_SKU -> buyerSku = buyerSku == null ? value : buyerSku;
            default -> throw new IllegalArgumentException(kind.name());
        }
    }

    public String upc() {
        return upc;
    }

    public String vendorSku() {
        return vendorSku;
    }

    public String buyerSku() {
        return buyerSku;
    }

    /**
     * Reports MISSING_MANDATORY at the item's segment when no identifier was sent.
     *
     * @param label the item as operators know it ("line 3")
     */
    public void require(TransactionContext context, String tag, int position, String label) {
        if (upc == null && vendorSku == null && buyerSku == null) {
            context.error(ErrorCategory.MISSING_MANDATORY, tag, position, null, null,
                    label + " has no item identifier: a GTIN/UPC, vendor part number or buyer part number is"
                            + " mandatory");
        }
    }
}
