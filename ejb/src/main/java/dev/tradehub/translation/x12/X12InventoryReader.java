package dev.tradehub.translation.x12;

import dev.tradehub.canonical.InventoryReport;
import dev.tradehub.canonical.Party;
import dev.tradehub.translation.PartyId;
import dev.tradehub.translation.spi.DocumentReaderBase;
import dev.tradehub.translation.spi.InventoryBuilder;
import dev.tradehub.translation.spi.InventoryBuilder.ItemBuilder;
import dev.tradehub.translation.spi.Segment;
import dev.tradehub.translation.spi.TransactionContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/**
 * Maps one X12 846 inventory inquiry/advice (004010, 005010) to a canonical {@link InventoryReport} while its
 * segments stream by.
 *
 * <p>BIA03 reference as report id (mandatory); BIA04 report date (mandatory); the first header N1 as reporter
 * (N104 id, N102 name; else the GS02 sender); LIN items with their qualifier/ID pairs LIN02/LIN03 .. LIN30/LIN31
 * (UPC, vendor, buyer part numbers as in the 850); PID*F description (PID05); QTY quantities: QTY01 kind (17
 * ON_HAND, 33 AVAILABLE, any other code as sent), QTY02 quantity (mandatory), QTY03 unit; an N1 within the item
 * (N104, else N102) as location of the quantities that follow; a DTM (DTM02) or SCH (SCH06) date within the item
 * as their as-of date; CTT01 checked against the LIN items. BIA01 (purpose) and BIA02 (report type) are not
 * mapped. One instance per transaction set.
 */
public final class X12InventoryReader extends DocumentReaderBase {

    /** Segments an 846 may carry (004010 and 005010); anything else is an unknown segment. */
    static final Set<String> KNOWN_SEGMENTS = Set.of(
            "BIA", "NTE", "CUR", "DTM", "REF", "PER", "MEA", "N1", "N2", "N3", "N4", "LM", "LQ", "LIN", "SI", "PID",
            "PKG", "PO4", "PRS", "CTP", "SAC", "ITD", "SDQ", "MAN", "UIT", "CS", "DD", "G53", "PCT", "LDT", "SLN",
            "QTY", "SCH", "LS", "LE", "TD1", "TD5", "TD3", "TD4", "FOB", "DIS", "IT8", "N9", "MSG", "AMT", "CTT");

    /** First LIN element holding a product/service ID qualifier (LIN02); pairs go on to LIN30/LIN31. */
    private static final int FIRST_ID_QUALIFIER = 2;
    private static final int LAST_ID_QUALIFIER = 30;

    private final InventoryBuilder report;

    public X12InventoryReader(TransactionContext context, PartyId fallbackReporter) {
        super(context, "an X12 846 inventory inquiry/advice", "BIA", "ST", KNOWN_SEGMENTS);
        this.report = new InventoryBuilder(context, fallbackReporter);
    }

    @Override
    protected boolean map(Segment s) {
        if (outOfSummary(s, "CTT", null)) {
            return true;
        }
        ItemBuilder item = section == Section.DETAIL ? report.currentLine() : null;
        switch (s.tag()) {
            case "BIA" -> bia(s);
            case "N1" -> n1(s, item);
            case "LIN" -> lin(s);
            case "PID" -> {
                if (item != null && "F".equals(s.get(1))) {
                    item.description(s.get(5));
                }
            }
            case "QTY" -> qty(s, item);
            case "DTM" -> dated(item, context.ccyymmdd(s, 2, null, "date"));
            case "SCH" -> dated(item, context.ccyymmdd(s, 6, null, "schedule date"));
            case "CTT" -> {
                section = Section.SUMMARY;
                report.declaredLineCount().readWhole(context, s, 1);
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private void bia(Segment s) {
        if (!header(s)) {
            return;
        }
        report.reportId(context.required(s, 3, null, "the report reference (BIA03)"));
        context.required(s, 4, null, "the report date (BIA04)");
        report.reportDate(context.ccyymmdd(s, 4, null, "report date"));
    }

    private void n1(Segment s, ItemBuilder item) {
        if (item != null) {
            item.location(s.get(4) != null ? s.get(4) : s.get(2));
        } else if (s.get(4) != null || s.get(2) != null) {
            report.reporter(new Party(s.get(4), s.get(2)));
        }
    }

    private void lin(Segment s) {
        section = Section.DETAIL;
        X12Fields.itemIdPairs(s, FIRST_ID_QUALIFIER, LAST_ID_QUALIFIER, report.newItem(s).ids());
    }

    private void qty(Segment s, ItemBuilder item) {
        if (item == null) {
            return;
        }
        String kind = context.required(s, 1, null, "the quantity qualifier (QTY01)");
        context.required(s, 2, null, "the quantity (QTY02)");
        BigDecimal quantity = context.number(s, 2, null, "quantity", false);
        if (kind != null && quantity != null) {
            item.quantity(kind(kind), quantity, s.get(3));
        }
    }

    private static void dated(ItemBuilder item, LocalDate date) {
        if (item != null) {
            item.asOf(date);
        }
    }

    /** QTY01 quantity qualifier (673): 17 quantity on hand, 33 quantity available for sale; others as sent. */
    private static String kind(String code) {
        return switch (code) {
            case "17" -> "ON_HAND";
            case "33" -> "AVAILABLE";
            default -> code;
        };
    }

    @Override
    public InventoryReport finish() {
        requireHeader("the report reference is mandatory");
        return report.build();
    }
}
