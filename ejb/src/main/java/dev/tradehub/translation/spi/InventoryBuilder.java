package dev.tradehub.translation.spi;

import dev.tradehub.canonical.InventoryReport;
import dev.tradehub.canonical.InventoryReport.Item;
import dev.tradehub.canonical.InventoryReport.Quantity;
import dev.tradehub.canonical.Party;
import dev.tradehub.translation.PartyId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects an inventory report (X12 846, EDIFACT INVRPT) while its segments stream by and, at the end, checks
 * what every report needs (at least one item, an identifier per item, the stated line count) before building
 * the {@link InventoryReport}. Not thread-safe.
 */
public final class InventoryBuilder extends LinesBuilder<InventoryBuilder.ItemBuilder> {

    /**
     * One item being collected. A location or date sent within the item's group applies to the quantities that
     * follow it; a date also applies to the item's quantities sent before it without a date of their own.
     */
    public static final class ItemBuilder {
        private final String tag;
        private final int position;
        private final int ordinal;
        private final ItemIds ids = new ItemIds();
        private final List<Quantity> quantities = new ArrayList<>(2);
        private String description;
        private String location;
        private LocalDate asOf;

        ItemBuilder(Segment segment, int ordinal) {
            this.tag = segment.tag();
            this.position = segment.position();
            this.ordinal = ordinal;
        }

        /** The item's identifiers (the first of each kind wins). */
        public ItemIds ids() {
            return ids;
        }

        /** Sets the description unless an earlier segment already gave one. */
        public void description(String value) {
            if (description == null) {
                description = value;
            }
        }

        /** The location of the quantities that follow (null values are ignored). */
        public void location(String value) {
            if (value != null) {
                location = value;
            }
        }

        /** The date of the quantities that follow, and of the earlier ones without a date (nulls are ignored). */
        public void asOf(LocalDate value) {
            if (value == null) {
                return;
            }
            asOf = value;
            for (int i = 0; i < quantities.size(); i++) {
                Quantity q = quantities.get(i);
                if (q.asOf() == null) {
                    quantities.set(i, new Quantity(q.kind(), q.quantity(), q.uom(), q.location(), value));
                }
            }
        }

        /** Adds a quantity at the current location and date. */
        public void quantity(String kind, BigDecimal value, String uom) {
            quantities.add(new Quantity(kind, value, uom, location, asOf));
        }

        Item build() {
            return new Item(ids.upc(), ids.vendorSku(), ids.buyerSku(), description, quantities);
        }
    }

    private final PartyId fallbackReporter;
    private String reportId;
    private LocalDate reportDate;
    private Party reporter;

    /** @param fallbackReporter the envelope sender, the reporter (without a name) when the document names none */
    public InventoryBuilder(TransactionContext context, PartyId fallbackReporter) {
        super(context, "LIN");
        this.fallbackReporter = fallbackReporter;
    }

    public void reportId(String value) {
        reportId = value;
    }

    public void reportDate(LocalDate value) {
        reportDate = value;
    }

    public LocalDate reportDate() {
        return reportDate;
    }

    /** Keeps the first reporter offered. */
    public void reporter(Party value) {
        if (reporter == null) {
            reporter = value;
        }
    }

    /** Starts an item at its line segment (LIN). */
    public ItemBuilder newItem(Segment segment) {
        return add(new ItemBuilder(segment, nextOrdinal()));
    }

    /**
     * Runs the checks every inventory report needs and builds it.
     *
     * @return the report, or null when this or an earlier step recorded an error in the context
     */
    public InventoryReport build() {
        if (!checked("reports no item (no LIN segment): at least one item is mandatory")) {
            return null;
        }
        Party who = reporter != null || fallbackReporter == null ? reporter : new Party(fallbackReporter.id(), null);
        return new InventoryReport(reportId, reportDate, who, built(ItemBuilder::build));
    }

    @Override
    protected void checkLine(ItemBuilder item) {
        item.ids.require(context, item.tag, item.position, "item #" + item.ordinal);
    }
}
