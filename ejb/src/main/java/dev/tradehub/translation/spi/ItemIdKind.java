package dev.tradehub.translation.spi;

/** Which canonical line field an item identifier fills. */
public enum ItemIdKind {
    /** GTIN / UPC / EAN: {@code OrderLine.upc}. */
    UPC,
    /** Our part number as the buyer quotes it: {@code OrderLine.vendorSku}. */
    VENDOR_SKU,
    /** The buyer's own part number: {@code OrderLine.buyerSku}. */
    BUYER_SKU
}
