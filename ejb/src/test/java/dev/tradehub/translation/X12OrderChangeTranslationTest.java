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

/** X12 860 purchase order changes through the real translator and walker. */
class X12OrderChangeTranslationTest {

    private static Interchange translate(String version, String... bodies) {
        return Corpus.TRANSLATOR.translate(Envelopes.x12(version, "PC", "860", bodies));
    }

    private static List<DocumentError> rejected(String body) {
        return Envelopes.rejected(Envelopes.x12("004010", "PC", "860", body));
    }

    private static Location at(String tag, Integer position, Integer element) {
        return Envelopes.x12At(tag, position, element);
    }

    @Test
    void changeWithEveryKindOfLineAndAWholeOrderCancellation004010() {
        Interchange interchange = translate("004010", """
                BCH*04*SA*PO-1001**3*20260110*****20260120~
                DTM*002*20260205~
                DTM*010*20260201~
                N1*ST*Dock*92*DC1~
                POC*1*QI*15*5*EA*295.00**UP*036000291452*VN*FURN_6666~
                DTM*010*20260301~
                POC*2*DI~
                POC*3*AI*4**CA*12.5**BP*ACM-9~
                POC*4*PC****280~
                CTT*4~
                """, """
                BCH*01*SA*PO-1002**1*20260111~
                """);

        assertThat(interchange.errors()).isEmpty();
        assertThat(interchange.transactionSets()).extracting(TransactionSet::disposition)
                .containsExactly(Disposition.ACCEPTED, Disposition.ACCEPTED);
        TransactionSet set = interchange.transactionSets().get(0);
        assertThat(set.docType()).isEqualTo("860");
        assertThat(set.version()).isEqualTo("004010");
        assertThat(set.order()).isNull();
        assertThat(set.document()).isEqualTo(new OrderChange("PO-1001", "3", LocalDate.of(2026, 1, 20),
                Purpose.CHANGE, LocalDate.of(2026, 2, 1), List.of(
                        new LineChange("1", Action.CHANGE, new BigDecimal("15"), "EA", new BigDecimal("295.00"),
                                "036000291452", "FURN_6666", null),
                        new LineChange("2", Action.CANCEL, null, null, null, null, null, null),
                        new LineChange("3", Action.ADD, new BigDecimal("4"), "CA", new BigDecimal("12.5"), null,
                                null, "ACM-9"),
                        new LineChange("4", Action.CHANGE, null, null, new BigDecimal("280"), null, null, null))));

        assertThat(interchange.transactionSets().get(1).document()).as("BCH06 when there is no BCH11; no POC")
                .isEqualTo(new OrderChange("PO-1002", "1", LocalDate.of(2026, 1, 11), Purpose.CANCEL, null,
                        List.of()));
    }

    @Test
    void replacement005010AndADateOnlyChange() {
        Interchange interchange = translate("005010", """
                BCH*05*SA*PO-5010**7*20260301~
                POC*10*RZ*8**EA*1.25**EN*4006381333931*VP*SKU-1*PI*B-1~
                CTT*1~
                """, """
                BCH*04*SA*PO-5011**2*20260302~
                DTM*037*20260315~
                """);

        assertThat(interchange.errors()).isEmpty();
        assertThat(interchange.envelope().version()).isEqualTo("00501");
        assertThat(interchange.transactionSets().get(0).version()).isEqualTo("005010");
        assertThat(interchange.transactionSets().get(0).document()).isEqualTo(new OrderChange("PO-5010", "7",
                LocalDate.of(2026, 3, 1), Purpose.REPLACE, null, List.of(new LineChange("10", Action.CHANGE,
                        new BigDecimal("8"), "EA", new BigDecimal("1.25"), "4006381333931", "SKU-1", "B-1"))));
        assertThat(interchange.transactionSets().get(1).document()).as("a DTM change needs no POC")
                .isEqualTo(new OrderChange("PO-5011", "2", LocalDate.of(2026, 3, 2), Purpose.CHANGE,
                        LocalDate.of(2026, 3, 15), List.of()));
    }

    @Test
    void missingPoNumber() {
        DocumentError error = Corpus.single(rejected("BCH*04*SA***1*20260110~\nPOC*1*QI*2~"));
        assertThat(error.category()).isEqualTo(ErrorCategory.MISSING_MANDATORY);
        assertThat(error.reason()).isEqualTo(ErrorReason.MANDATORY_ELEMENT_MISSING);
        assertThat(error.location()).isEqualTo(at("BCH", 4, 3));
        assertThat(error.message()).isEqualTo("BCH[4] element 3: the purchase order number (BCH03) is missing");
    }

    @Test
    void missingBch() {
        DocumentError error = Corpus.single(rejected("POC*1*QI*2~"));
        assertThat(error.category()).isEqualTo(ErrorCategory.MISSING_MANDATORY);
        assertThat(error.location()).isEqualTo(at("BCH", null, null));
        assertThat(error.message()).contains("has no BCH segment");
    }

    @Test
    void unknownPurposeAndActionCodes() {
        List<DocumentError> errors = rejected("BCH*00*SA*PO-1**1*20260110~\nPOC*1*XX*2~");
        assertThat(errors).extracting(DocumentError::category, DocumentError::location, DocumentError::reason)
                .containsExactly(
                        tuple(ErrorCategory.INVALID_VALUE, at("BCH", 4, 1), ErrorReason.INVALID_CODE),
                        tuple(ErrorCategory.INVALID_VALUE, at("POC", 5, 2), ErrorReason.INVALID_CODE));
        assertThat(errors).extracting(DocumentError::message).containsExactly(
                "BCH[4] element 1: transaction set purpose '00' is not an order change: use 01 (cancellation),"
                        + " 04 (change) or 05 (replace)",
                "POC[5] element 2: change type 'XX' is not supported: use AI (add), DI (delete) or CA, CB, CT, PC,"
                        + " PQ, QD, QI, RQ, RZ (change)");
    }

    @Test
    void changedLineWithNeitherQuantityNorPrice() {
        DocumentError error = Corpus.single(rejected("BCH*04*SA*PO-1**1*20260110~\nPOC*1*QD~"));
        assertThat(error.category()).isEqualTo(ErrorCategory.MISSING_MANDATORY);
        assertThat(error.reason()).isEqualTo(ErrorReason.CONDITIONAL_ELEMENT_MISSING);
        assertThat(error.location()).isEqualTo(at("POC", 5, null));
        assertThat(error.message()).isEqualTo("POC[5]: line 1 changes neither the POC03 quantity nor the POC06 unit"
                + " price: a changed line needs one of them");
    }

    @Test
    void addedLineWithoutQuantityOrItemAndLineWithoutNumber() {
        List<DocumentError> errors = rejected("BCH*04*SA*PO-1**1*20260110~\nPOC*1*AI~\nPOC**QI*3~");
        assertThat(errors).extracting(DocumentError::category, DocumentError::location).containsExactlyInAnyOrder(
                tuple(ErrorCategory.MISSING_MANDATORY, at("POC", 5, 3)),
                tuple(ErrorCategory.MISSING_MANDATORY, at("POC", 5, null)),
                tuple(ErrorCategory.MISSING_MANDATORY, at("POC", 6, 1)));
        assertThat(errors).extracting(DocumentError::message).contains(
                "POC[5] element 3: line 1 has no POC03 quantity: a quantity is mandatory",
                "POC[5]: line 1 is added but has no item identifier: a GTIN/UPC, vendor part number or buyer part"
                        + " number is mandatory",
                "POC[6] element 1: the line number (POC01) is missing");
    }

    @Test
    void cttThatDoesNotMatchTheLines() {
        DocumentError error = Corpus.single(rejected("BCH*04*SA*PO-1**1*20260110~\nPOC*1*QI*2~\nCTT*2~"));
        assertThat(error.category()).isEqualTo(ErrorCategory.INVALID_VALUE);
        assertThat(error.location()).isEqualTo(at("CTT", 6, 1));
        assertThat(error.message()).isEqualTo(
                "CTT[6] element 1: the document states 2 line items but contains 1 POC lines");
    }

    @Test
    void badDatesAndNumbers() {
        List<DocumentError> errors = rejected(
                "BCH*04*SA*PO-1**1*20261345*****2026011~\nDTM*010*20260230~\nPOC*1*QI*x**EA*1,5~");
        assertThat(errors).extracting(DocumentError::category).containsOnly(ErrorCategory.INVALID_VALUE);
        assertThat(errors).extracting(DocumentError::location, DocumentError::reason).containsExactly(
                tuple(at("BCH", 4, 6), ErrorReason.INVALID_DATE),
                tuple(at("BCH", 4, 11), ErrorReason.INVALID_DATE),
                tuple(at("DTM", 5, 2), ErrorReason.INVALID_DATE),
                tuple(at("POC", 6, 3), ErrorReason.INVALID_CHARACTER),
                tuple(at("POC", 6, 6), ErrorReason.INVALID_CHARACTER));
        assertThat(errors.get(0).message()).isEqualTo(
                "BCH[4] element 6: purchase order date '20261345' is not a valid date in the format CCYYMMDD");
        assertThat(errors).hasSize(5).as("a bad quantity and price are not reported again as missing");
    }

    @Test
    void changeOfNothingIsRejectedButACancellationIsNot() {
        DocumentError error = Corpus.single(rejected("BCH*04*SA*PO-1**1*20260110~"));
        assertThat(error.category()).isEqualTo(ErrorCategory.MISSING_MANDATORY);
        assertThat(error.location()).isEqualTo(at("POC", null, null));
        assertThat(error.message()).isEqualTo("Transaction set 0001 changes nothing: a change of the order needs at"
                + " least one changed line (POC) or a new requested date (DTM)");
    }

    @Test
    void unknownAndMisplacedSegments() {
        List<DocumentError> errors = rejected("BCH*04*SA*PO-1**1*20260110~\nZZZ*1~\nPOC*1*QI*2~\nCTT*1~\nPOC*2*QI*1~");
        assertThat(errors).extracting(DocumentError::category).containsOnly(ErrorCategory.SYNTAX);
        assertThat(errors).extracting(DocumentError::message).containsExactly(
                "ZZZ[5]: unknown segment 'ZZZ': it is not part of an X12 860 purchase order change",
                "POC[8]: segment POC is out of place: only AMT may follow CTT");
    }
}
