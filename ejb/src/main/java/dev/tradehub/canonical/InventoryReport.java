package dev.tradehub.canonical;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A partner's inventory advice (X12 846, EDIFACT INVRPT): what it holds of which items, where, as of when.
 *
 * @param reportId  the report's reference (X12 BIA03, EDIFACT BGM 1004)
 * @param reportDate the date of the report (BIA04, DTM+137)
 * @param reporter  who reports (the partner, or the party the document names)
 * @param items     the items reported, in document order
 */
public record InventoryReport(
        String reportId,
        LocalDate reportDate,
        Party reporter,
        List<Item> items) implements CanonicalDocument {

    public InventoryReport {
        items = List.copyOf(items);
    }

    /**
     * One item and its quantities.
     *
     * @param upc         GTIN/UPC, or null
     * @param vendorSku   our part number, or null
     * @param buyerSku    the partner's part number, or null
     * @param description the item's description, or null
     * @param quantities  its quantities, per kind and location
     */
    public record Item(String upc, String vendorSku, String buyerSku, String description, List<Quantity> quantities) {

        public Item {
            quantities = List.copyOf(quantities);
        }
    }

    /**
     * One quantity of an item.
     *
     * @param kind     ON_HAND, AVAILABLE, ON_ORDER, COMMITTED or the standard's own code when it is none of those
     * @param quantity the quantity
     * @param uom      its unit
     * @param location where (X12 N1/LOC, EDIFACT LOC), or null for the reporter as a whole
     * @param asOf     the date the quantity holds for, or null for the report's date
     */
    public record Quantity(String kind, BigDecimal quantity, String uom, String location, LocalDate asOf) {
    }
}
