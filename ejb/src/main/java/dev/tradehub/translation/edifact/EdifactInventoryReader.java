package dev.tradehub.translation.edifact;

import dev.tradehub.canonical.ErrorCategory;
import dev.tradehub.canonical.InventoryReport;
import dev.tradehub.canonical.Party;
import dev.tradehub.translation.PartyId;
import dev.tradehub.translation.spi.DocumentReaderBase;
import dev.tradehub.translation.spi.InventoryBuilder;
import dev.tradehub.translation.spi.InventoryBuilder.ItemBuilder;
import dev.tradehub.translation.spi.RankedDate;
import dev.tradehub.translation.spi.Segment;
import dev.tradehub.translation.spi.TransactionContext;
import java.math.BigDecimal;
import java.util.Set;

/**
 * Maps one EDIFACT INVRPT message (D96A, D01B) to a canonical {@link InventoryReport} while its segments stream
 * by.
 *
 * <p>BGM 1004 as report id (mandatory); DTM+137, else DTM+366, as report date (mandatory); the first header NAD
 * as reporter (3039 id, C080 name; else the group or interchange sender); LIN items with their C212 id, PIA
 * additional ids, IMD description; QTY quantities: 6063 kind (145 actual stock and 17 quantity on hand ON_HAND,
 * 66 committed quantity COMMITTED, any other code as sent), 6060 quantity (mandatory, decimal comma allowed),
 * 6411 unit; a LOC within the item (C517 3225, whatever its 3227 qualifier, typically 18 warehouse) as location
 * of the quantities that follow; a DTM within the item as their as-of date; CNT+2 checked against the items.
 * INV (inventory movement details) is not mapped. One instance per message.
 */
public final class EdifactInventoryReader extends DocumentReaderBase {

    /** Segments an INVRPT message may carry (D96A and D01B); anything else is an unknown segment. */
    static final Set<String> KNOWN_SEGMENTS = Set.of(
            "BGM", "DTM", "FTX", "RFF", "NAD", "LOC", "CTA", "COM", "CUX", "LIN", "PIA", "IMD", "MEA", "QTY", "ALI",
            "INV", "GIN", "STS", "PRI", "QVR", "GIR", "PAC", "PCI", "SCC", "RCS", "TDT", "DOC", "MOA", "TAX", "PAT",
            "GEI", "HAN", "RNG", "UNS", "CNT");

    private final InventoryBuilder report;
    private final RankedDate reportDate = new RankedDate();
    private boolean reportDateReported;

    public EdifactInventoryReader(TransactionContext context, PartyId fallbackReporter) {
        super(context, "an EDIFACT INVRPT message", "BGM", "UNH", KNOWN_SEGMENTS);
        this.report = new InventoryBuilder(context, fallbackReporter);
    }

    @Override
    protected boolean map(Segment s) {
        ItemBuilder item = section == Section.DETAIL ? report.currentLine() : null;
        switch (s.tag()) {
            case "BGM" -> {
                if (header(s)) {
                    report.reportId(context.required(s, 2, 1, "the report number (BGM 1004)"));
                }
            }
            case "DTM" -> dtm(s, item);
            case "NAD" -> {
                if (item == null && section != Section.SUMMARY) {
                    report.reporter(new Party(s.get(2, 1), EdifactFields.partyName(s)));
                }
            }
            case "LIN" -> lin(s);
            case "PIA" -> {
                if (item != null) {
                    EdifactFields.piaIds(s, item.ids());
                }
            }
            case "IMD" -> {
                if (item != null) {
                    item.description(EdifactFields.description(s));
                }
            }
            case "LOC" -> {
                if (item != null) {
                    item.location(s.get(2, 1));
                }
            }
            case "QTY" -> qty(s, item);
            case "UNS" -> section = "S".equals(s.get(1)) ? Section.SUMMARY : section;
            case "CNT" -> {
                if ("2".equals(s.get(1, 1))) {
                    report.declaredLineCount().readNumber(context, s, 1, 2);
                }
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private void dtm(Segment s, ItemBuilder item) {
        if (item != null) {
            item.asOf(EdifactFields.date(context, s, null));
            return;
        }
        if (section == Section.SUMMARY) {
            return;
        }
        String qualifier = String.valueOf(s.get(1, 1));
        int rank = "137".equals(qualifier) ? 0 : "366".equals(qualifier) ? 1 : -1;
        if (rank >= 0) {
            var date = EdifactFields.date(context, s, "the report date (DTM+" + qualifier + ")");
            reportDateReported |= date == null;
            reportDate.offer(date, rank);
        }
    }

    private void lin(Segment s) {
        if (!detailLine(s, "UNS")) {
            return;
        }
        EdifactFields.linId(s, report.newItem(s).ids());
    }

    private void qty(Segment s, ItemBuilder item) {
        if (item == null) {
            return;
        }
        String kind = context.required(s, 1, 1, "the quantity qualifier (QTY 6063)");
        context.required(s, 1, 2, "the quantity (QTY 6060)");
        BigDecimal quantity = context.number(s, 1, 2, "quantity", true);
        if (kind != null && quantity != null) {
            item.quantity(kind(kind), quantity, s.get(1, 3));
        }
    }

    /** QTY 6063 quantity qualifier: 145 actual stock, 17 quantity on hand, 66 committed quantity; others as sent. */
    private static String kind(String code) {
        return switch (code) {
            case "145", "17" -> "ON_HAND";
            case "66" -> "COMMITTED";
            default -> code;
        };
    }

    @Override
    public InventoryReport finish() {
        requireHeader("the report number is mandatory");
        report.reportDate(reportDate.value());
        if (reportDate.value() == null && !reportDateReported) {
            context.error(ErrorCategory.MISSING_MANDATORY, "DTM", "Transaction set " + context.controlNumber()
                    + " has no report date (DTM+137): it is mandatory");
        }
        return report.build();
    }
}
