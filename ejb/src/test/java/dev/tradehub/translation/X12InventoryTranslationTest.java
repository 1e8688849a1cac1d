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

/** X12 846 inventory advices through the real translator and walker. */
class X12InventoryTranslationTest {

    private static Interchange translate(String version, String... bodies) {
        return Corpus.TRANSLATOR.translate(Envelopes.x12(version, "IB", "846", bodies));
    }

    private static List<DocumentError> rejected(String body) {
        return Envelopes.rejected(Envelopes.x12("004010", "IB", "846", body));
    }

    private static Location at(String tag, Integer position, Integer element) {
        return Envelopes.x12At(tag, position, element);
    }

    @Test
    void inventoryAdvice004010WithLocationsAndDates() {
        Interchange interchange = translate("004010", """
                BIA*00*MM*INV-2026-01*20260115~
                DTM*007*20260115~
                N1*SU*Acme Supplies*92*ACME-01~
                N1*WH*Ignored second party*92*WH-X~
                LIN*1*UP*036000291452*VN*FURN_6666~
                PID*F****Acoustic Bloc Screens~
                QTY*17*120*EA~
                QTY*33*100*EA~
                N1*WH*East warehouse*92*WH-EAST~
                QTY*17*40*EA~
                DTM*018*20260120~
                LIN*2*BP*ACM-9~
                QTY*02*7*CA~
                SCH*7*CA***002*20260201~
                CTT*2~
                """);

        assertThat(interchange.errors()).isEmpty();
        TransactionSet set = interchange.transactionSets().get(0);
        assertThat(set.errors()).isEmpty();
        assertThat(set.disposition()).isEqualTo(Disposition.ACCEPTED);
        assertThat(set.docType()).isEqualTo("846");
        LocalDate asOf = LocalDate.of(2026, 1, 20);
        assertThat(set.document()).isEqualTo(new InventoryReport("INV-2026-01", LocalDate.of(2026, 1, 15),
                new Party("ACME-01", "Acme Supplies"), List.of(
                        new Item("036000291452", "FURN_6666", null, "Acoustic Bloc Screens", List.of(
                                new Quantity("ON_HAND", new BigDecimal("120"), "EA", null, asOf),
                                new Quantity("AVAILABLE", new BigDecimal("100"), "EA", null, asOf),
                                new Quantity("ON_HAND", new BigDecimal("40"), "EA", "WH-EAST", asOf))),
                        new Item(null, null, "ACM-9", null, List.of(
                                new Quantity("02", new BigDecimal("7"), "CA", null, LocalDate.of(2026, 2, 1)))))));
    }

    @Test
    void inventoryAdvice005010WithoutN1FallsBackToTheGroupSender() {
        Interchange interchange = translate("005010", """
                BIA*00*DD*INV-5*20260301~
                LIN**EN*4006381333931~
                QTY*33*12.5*KG~
                """);

        assertThat(interchange.errors()).isEmpty();
        assertThat(interchange.transactionSets().get(0).version()).isEqualTo("005010");
        assertThat(interchange.transactionSets().get(0).document()).isEqualTo(new InventoryReport("INV-5",
                LocalDate.of(2026, 3, 1), new Party("ACMEEDI", null), List.of(new Item("4006381333931", null, null,
                        null, List.of(new Quantity("AVAILABLE", new BigDecimal("12.5"), "KG", null, null))))));
    }

    @Test
    void missingReferenceAndDate() {
        List<DocumentError> errors = rejected("BIA*00*MM~\nLIN*1*UP*1~\nQTY*17*1*EA~");
        assertThat(errors).extracting(DocumentError::category, DocumentError::location, DocumentError::reason)
                .containsExactly(
                        tuple(ErrorCategory.MISSING_MANDATORY, at("BIA", 4, 3), ErrorReason.MANDATORY_ELEMENT_MISSING),
                        tuple(ErrorCategory.MISSING_MANDATORY, at("BIA", 4, 4), ErrorReason.MANDATORY_ELEMENT_MISSING));
        assertThat(errors.get(0).message()).isEqualTo("BIA[4] element 3: the report reference (BIA03) is missing");
    }

    @Test
    void noItemsAndItemWithoutIdentifier() {
        DocumentError noItems = Corpus.single(rejected("BIA*00*MM*INV-1*20260115~"));
        assertThat(noItems.category()).isEqualTo(ErrorCategory.MISSING_MANDATORY);
        assertThat(noItems.location()).isEqualTo(at("LIN", null, null));
        assertThat(noItems.message()).contains("reports no item");

        DocumentError noId = Corpus.single(rejected("BIA*00*MM*INV-1*20260115~\nLIN*1~\nQTY*17*1*EA~"));
        assertThat(noId.category()).isEqualTo(ErrorCategory.MISSING_MANDATORY);
        assertThat(noId.location()).isEqualTo(at("LIN", 5, null));
        assertThat(noId.message()).contains("item #1 has no item identifier");
    }

    @Test
    void cttThatDoesNotMatchTheItems() {
        DocumentError error = Corpus.single(rejected("BIA*00*MM*INV-1*20260115~\nLIN*1*UP*1~\nCTT*3~"));
        assertThat(error.category()).isEqualTo(ErrorCategory.INVALID_VALUE);
        assertThat(error.location()).isEqualTo(at("CTT", 6, 1));
        assertThat(error.message()).isEqualTo(
                "CTT[6] element 1: the document states 3 line items but contains 1 LIN lines");
    }

    @Test
    void badDatesQuantitiesAndSegments() {
        List<DocumentError> errors = rejected("BIA*00*MM*INV-1*20260231~\nLIN*1*UP*1~\nQTY*17*abc*EA~\nQTY*33~\n"
                + "DTM*018*2026011~\nXYZ*1~\nCTT*1~\nQTY*17*1~");
        assertThat(errors).extracting(DocumentError::category, DocumentError::location, DocumentError::reason)
                .containsExactly(
                        tuple(ErrorCategory.INVALID_VALUE, at("BIA", 4, 4), ErrorReason.INVALID_DATE),
                        tuple(ErrorCategory.INVALID_VALUE, at("QTY", 6, 2), ErrorReason.INVALID_CHARACTER),
                        tuple(ErrorCategory.MISSING_MANDATORY, at("QTY", 7, 2), ErrorReason.MANDATORY_ELEMENT_MISSING),
                        tuple(ErrorCategory.INVALID_VALUE, at("DTM", 8, 2), ErrorReason.INVALID_DATE),
                        tuple(ErrorCategory.SYNTAX, at("XYZ", 9, null), ErrorReason.UNEXPECTED_SEGMENT),
                        tuple(ErrorCategory.SYNTAX, at("QTY", 11, null), ErrorReason.UNEXPECTED_SEGMENT));
        assertThat(errors).extracting(DocumentError::message).contains(
                "BIA[4] element 4: report date '20260231' is not a valid date in the format CCYYMMDD",
                "XYZ[9]: unknown segment 'XYZ': it is not part of an X12 846 inventory inquiry/advice",
                "QTY[11]: segment QTY is out of place: nothing may follow CTT");
    }
}
