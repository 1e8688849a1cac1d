package dev.tradehub.translation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.tradehub.canonical.DocumentError;
import dev.tradehub.canonical.ErrorCategory;
import dev.tradehub.canonical.ErrorReason;
import dev.tradehub.canonical.InventoryReport;
import dev.tradehub.canonical.InventoryReport.Item;
import dev.tradehub.canonical.InventoryReport.Quantity;
import dev.tradehub.canonical.Location;
import dev.tradehub.canonical.Party;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** EDIFACT INVRPT messages through the real translator and walker. */
class EdifactInventoryTranslationTest {

    private static Interchange translate(String version, String... bodies) {
        return Corpus.TRANSLATOR.translate(Envelopes.edifact("INVRPT", version, bodies));
    }

    private static List<DocumentError> rejected(String body) {
        return Envelopes.rejected(Envelopes.edifact("INVRPT", "D96A", body));
    }

    private static Location at(String tag, Integer position, Integer element, Integer component) {
        return Envelopes.edifactAt(tag, position, element, component);
    }

    @Test
    void d96aReportWithWarehousesDatesAndDecimalComma() {
        Interchange interchange = translate("D96A", """
                BGM+35+INV-77+9'
                DTM+137:20260115:102'
                NAD+SU+4012345000016::9++Beta Handels:GmbH'
                NAD+WH+4012345000023::9++Second party ignored'
                LIN+1++4006381333931:EN'
                PIA+1+FURN_0001:SA+BETA-778:IN'
                IMD+F++:::Desk:Organizer'
                QTY+145:120:PCE'
                LOC+18+WH-NORTH'
                QTY+145:80,5:PCE'
                QTY+66:10:PCE'
                DTM+179:20260114:102'
                LIN+2++FURN_0002:SA'
                INV+1'
                QTY+198:4'
                UNS+S'
                CNT+2:2'
                """);

        assertThat(interchange.errors()).isEmpty();
        TransactionSet set = interchange.transactionSets().get(0);
        assertThat(set.errors()).isEmpty();
        assertThat(set.disposition()).isEqualTo(Disposition.ACCEPTED);
        assertThat(set.docType()).isEqualTo("INVRPT");
        LocalDate asOf = LocalDate.of(2026, 1, 14);
        assertThat(set.document()).isEqualTo(new InventoryReport("INV-77", LocalDate.of(2026, 1, 15),
                new Party("4012345000016", "Beta Handels GmbH"), List.of(
                        new Item("4006381333931", "FURN_0001", "BETA-778", "Desk Organizer", List.of(
                                new Quantity("ON_HAND", new BigDecimal("120"), "PCE", null, asOf),
                                new Quantity("ON_HAND", new BigDecimal("80.5"), "PCE", "WH-NORTH", asOf),
                                new Quantity("COMMITTED", new BigDecimal("10"), "PCE", "WH-NORTH", asOf))),
                        new Item(null, "FURN_0002", null, null, List.of(
                                new Quantity("198", new BigDecimal("4"), null, null, null))))));
    }

    @Test
    void d01bReportWithDate366AndNoNadFallsBackToTheInterchangeSender() {
        Interchange interchange = translate("D01B", """
                BGM+35+INV-D01B:1+9'
                DTM+366:20260301:102'
                LIN+1++SKU-1:SA'
                QTY+17:3:KGM'
                """);

        assertThat(interchange.errors()).isEmpty();
        TransactionSet set = interchange.transactionSets().get(0);
        assertThat(set.version()).isEqualTo("D01B");
        assertThat(set.document()).isEqualTo(new InventoryReport("INV-D01B", LocalDate.of(2026, 3, 1),
                new Party("4012345000016", null), List.of(new Item(null, "SKU-1", null, null,
                        List.of(new Quantity("ON_HAND", new BigDecimal("3"), "KGM", null, null))))));
    }

    @Test
    void missingReportNumberAndDate() {
        List<DocumentError> errors = rejected("BGM+35++9'\nLIN+1++SKU:SA'\nQTY+145:1'");
        assertThat(errors).extracting(DocumentError::category, DocumentError::location).containsExactly(
                tuple(ErrorCategory.MISSING_MANDATORY, at("BGM", 3, 2, 1)),
                tuple(ErrorCategory.MISSING_MANDATORY, at("DTM", null, null, null)));
        assertThat(errors).extracting(DocumentError::message).containsExactly(
                "BGM[3] element 2.1: the report number (BGM 1004) is missing",
                "Transaction set M1 has no report date (DTM+137): it is mandatory");
    }

    @Test
    void badDatesQuantitiesAndItemWithoutIdentifier() {
        List<DocumentError> errors = rejected("BGM+35+INV-1+9'\nDTM+137:20260230:102'\nLIN+1'\nQTY+145:1,2,3'\n"
                + "QTY+145'\nDTM+179:2026011:102'");
        assertThat(errors).extracting(DocumentError::category, DocumentError::location, DocumentError::reason)
                .containsExactly(
                        tuple(ErrorCategory.INVALID_VALUE, at("DTM", 4, 1, 2), ErrorReason.INVALID_DATE),
                        tuple(ErrorCategory.INVALID_VALUE, at("QTY", 6, 1, 2), ErrorReason.INVALID_CHARACTER),
                        tuple(ErrorCategory.MISSING_MANDATORY, at("QTY", 7, 1, 2),
                                ErrorReason.MANDATORY_ELEMENT_MISSING),
                        tuple(ErrorCategory.INVALID_VALUE, at("DTM", 8, 1, 2), ErrorReason.INVALID_DATE),
                        tuple(ErrorCategory.MISSING_MANDATORY, at("LIN", 5, null, null),
                                ErrorReason.CONDITIONAL_ELEMENT_MISSING));
        assertThat(errors.get(0).message()).as("an invalid report date is not reported again as missing")
                .isEqualTo("DTM[4] element 1.2: DTM+137 date '20260230' is not a valid date in the format 102"
                        + " (CCYYMMDD)");
    }

    @Test
    void cntThatDoesNotMatchTheItemsAndUnknownSegment() {
        List<DocumentError> errors = rejected("BGM+35+INV-1+9'\nDTM+137:20260115:102'\nXYZ+1'\nLIN+1++SKU:SA'\n"
                + "UNS+S'\nCNT+2:2'");
        assertThat(errors).extracting(DocumentError::category, DocumentError::location).containsExactly(
                tuple(ErrorCategory.SYNTAX, at("XYZ", 5, null, null)),
                tuple(ErrorCategory.INVALID_VALUE, at("CNT", 8, 1, 2)));
        assertThat(errors).extracting(DocumentError::message).containsExactly(
                "XYZ[5]: unknown segment 'XYZ': it is not part of an EDIFACT INVRPT message",
                "CNT[8] element 1.2: the document states 2 line items but contains 1 LIN lines");
    }
}
