package dev.tradehub.translation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.tradehub.canonical.DocumentError;
import dev.tradehub.canonical.ErrorCategory;
import dev.tradehub.canonical.ErrorReason;
import dev.tradehub.canonical.Location;
import dev.tradehub.canonical.OrderChange;
import dev.tradehub.canonical.OrderChange.Action;
import dev.tradehub.canonical.OrderChange.LineChange;
import dev.tradehub.canonical.OrderChange.Purpose;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** EDIFACT ORDCHG messages through the real translator and walker. */
class EdifactOrderChangeTranslationTest {

    private static Interchange translate(String version, String... bodies) {
        return Corpus.TRANSLATOR.translate(Envelopes.edifact("ORDCHG", version, bodies));
    }

    private static List<DocumentError> rejected(String body) {
        return Envelopes.rejected(Envelopes.edifact("ORDCHG", "D96A", body));
    }

    private static Location at(String tag, Integer position, Integer element, Integer component) {
        return Envelopes.edifactAt(tag, position, element, component);
    }

    @Test
    void d96aChangeWithDecimalCommaAndEveryAction() {
        Interchange interchange = translate("D96A", """
                BGM+230+CHG-0042+4'
                DTM+137:20260116:102'
                DTM+10:20260125:102'
                DTM+2:202601241200:203'
                RFF+ON:BETA-PO-1'
                NAD+BY+4012345000016::9'
                LIN+1+3+4006381333931:EN'
                PIA+1+BETA-778:IN+FURN_0001:SA'
                QTY+21:2,5:PCE'
                PRI+AAB:13,00'
                PRI+AAA:12,50'
                LIN+2+2+2300001000008:SRV'
                LIN+3+1+FURN_0003:SA'
                QTY+21:6'
                RFF+ON:LINE-LEVEL-IGNORED'
                LIN+4++FURN_0004:SA'
                PRI+AAB:7'
                UNS+S'
                CNT+2:4'
                """, """
                BGM+230+BETA-PO-2+1'
                DTM+137:20260117:102'
                """);

        assertThat(interchange.errors()).isEmpty();
        TransactionSet set = interchange.transactionSets().get(0);
        assertThat(set.errors()).isEmpty();
        assertThat(set.disposition()).isEqualTo(Disposition.ACCEPTED);
        assertThat(set.docType()).isEqualTo("ORDCHG");
        assertThat(set.version()).isEqualTo("D96A");
        assertThat(set.document()).isEqualTo(new OrderChange("BETA-PO-1", "CHG-0042", LocalDate.of(2026, 1, 16),
                Purpose.CHANGE, LocalDate.of(2026, 1, 24), List.of(
                        new LineChange("1", Action.CHANGE, new BigDecimal("2.5"), "PCE", new BigDecimal("12.50"),
                                "4006381333931", "FURN_0001", "BETA-778"),
                        new LineChange("2", Action.CANCEL, null, null, null, "2300001000008", null, null),
                        new LineChange("3", Action.ADD, new BigDecimal("6"), null, null, null, "FURN_0003", null),
                        new LineChange("4", Action.CHANGE, null, null, new BigDecimal("7"), null, "FURN_0004",
                                null))));
        assertThat(interchange.transactionSets().get(1).document())
                .as("no RFF+ON: BGM 1004 is the PO number; 1225 = 1 cancels the whole order without lines")
                .isEqualTo(new OrderChange("BETA-PO-2", "BETA-PO-2", LocalDate.of(2026, 1, 17), Purpose.CANCEL,
                        null, List.of()));
    }

    @Test
    void d01bReplacementWithCompositeDocumentNumber() {
        Interchange interchange = translate("D01B", """
                BGM+230+CHG-7:1+5'
                DTM+137:20260201093000:204'
                RFF+ON:PO-D01B'
                LIN+10+3+SKU-1:SA'
                QTY+21:4:KGM'
                """);

        assertThat(interchange.errors()).isEmpty();
        TransactionSet set = interchange.transactionSets().get(0);
        assertThat(set.version()).isEqualTo("D01B");
        assertThat(set.document()).isEqualTo(new OrderChange("PO-D01B", "CHG-7", LocalDate.of(2026, 2, 1),
                Purpose.REPLACE, null, List.of(new LineChange("10", Action.CHANGE, new BigDecimal("4"), "KGM", null,
                        null, "SKU-1", null))));
    }

    @Test
    void missingPoNumber() {
        DocumentError error = Corpus.single(rejected("BGM+230++4'\nLIN+1+3+SKU:SA'\nQTY+21:1'"));
        assertThat(error.category()).isEqualTo(ErrorCategory.MISSING_MANDATORY);
        assertThat(error.location()).isEqualTo(at("BGM", 3, 2, 1));
        assertThat(error.message()).isEqualTo("BGM[3] element 2.1: the purchase order number (RFF+ON or BGM 1004)"
                + " is missing");
    }

    @Test
    void wrongDocumentNameMessageFunctionAndAction() {
        List<DocumentError> errors = rejected("BGM+220+CHG-1+3'\nLIN+1+7+SKU:SA'\nQTY+21:1'");
        assertThat(errors).extracting(DocumentError::category, DocumentError::location, DocumentError::reason)
                .containsExactly(
                        tuple(ErrorCategory.INVALID_VALUE, at("BGM", 3, 1, 1), ErrorReason.INVALID_CODE),
                        tuple(ErrorCategory.INVALID_VALUE, at("BGM", 3, 3, null), ErrorReason.INVALID_CODE),
                        tuple(ErrorCategory.INVALID_VALUE, at("LIN", 4, 2, null), ErrorReason.INVALID_CODE));
        assertThat(errors).extracting(DocumentError::message).containsExactly(
                "BGM[3] element 1.1: document name code '220' is not an order change: ORDCHG expects 230"
                        + " (purchase order change request)",
                "BGM[3] element 3: message function '3' is not an order change: use 1 (cancellation), 4 or 9"
                        + " (change) or 5 (replace)",
                "LIN[4] element 2: action '7' is not supported: use 1 (added), 2 (deleted) or 3 (changed)");
    }

    @Test
    void changedLineWithNeitherQuantityNorPriceAndAddedLineWithoutQuantity() {
        List<DocumentError> errors = rejected("BGM+230+CHG-1+4'\nLIN+1+3+SKU:SA'\nLIN+2+1+SKU-2:SA'\nLIN++3'");
        assertThat(errors).extracting(DocumentError::category, DocumentError::location).containsExactlyInAnyOrder(
                tuple(ErrorCategory.MISSING_MANDATORY, at("LIN", 6, 1, null)),
                tuple(ErrorCategory.MISSING_MANDATORY, at("LIN", 4, null, null)),
                tuple(ErrorCategory.MISSING_MANDATORY, at("LIN", 5, null, null)),
                tuple(ErrorCategory.MISSING_MANDATORY, at("LIN", 6, null, null)));
        assertThat(errors).extracting(DocumentError::message).contains(
                "LIN[4]: line 1 changes neither the QTY+21 quantity nor the PRI price: a changed line needs one of"
                        + " them",
                "LIN[5]: line 2 has no QTY+21 quantity: a quantity is mandatory",
                "LIN[6] element 1: the line number (LIN 1082) is missing");
    }

    @Test
    void cntThatDoesNotMatchTheLinesAndBadValues() {
        List<DocumentError> errors = rejected("BGM+230+CHG-1+4'\nDTM+137:20260229:102'\nDTM+64:202601011200:616'\n"
                + "LIN+1+3+SKU:SA'\nPRI+AAB:1.2.3'\nQTY+21:x'\nUNS+S'\nCNT+2:5'");
        assertThat(errors).extracting(DocumentError::category).containsOnly(ErrorCategory.INVALID_VALUE);
        assertThat(errors).extracting(DocumentError::location).containsExactly(
                at("DTM", 4, 1, 2), at("DTM", 5, 1, 3), at("PRI", 7, 1, 2), at("QTY", 8, 1, 2), at("CNT", 10, 1, 2));
        assertThat(errors.get(0).message()).isEqualTo(
                "DTM[4] element 1.2: DTM+137 date '20260229' is not a valid date in the format 102 (CCYYMMDD)");
        assertThat(errors.get(4).message()).isEqualTo(
                "CNT[10] element 1.2: the document states 5 line items but contains 1 LIN lines");
    }

    @Test
    void unknownSegmentAndLineAfterUns() {
        List<DocumentError> errors = rejected("BGM+230+CHG-1+4'\nXYZ+1'\nLIN+1+3+SKU:SA'\nQTY+21:1'\nUNS+S'\n"
                + "LIN+2+3+SKU-2:SA'");
        assertThat(errors).extracting(DocumentError::category).containsOnly(ErrorCategory.SYNTAX);
        assertThat(errors).extracting(DocumentError::message).containsExactly(
                "XYZ[4]: unknown segment 'XYZ': it is not part of an EDIFACT ORDCHG message",
                "LIN[8]: segment LIN is out of place: lines must come before UNS");
    }
}
