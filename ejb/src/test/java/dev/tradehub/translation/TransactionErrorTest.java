package dev.tradehub.translation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.tradehub.canonical.DocumentError;
import dev.tradehub.canonical.ErrorCategory;
import dev.tradehub.canonical.Location;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Problems inside a transaction set reject only that set, with located, readable errors. */
class TransactionErrorTest {

    private static TransactionSet rejectedSet(String resource, int index) {
        Interchange interchange = Corpus.translate(resource);
        assertThat(interchange.errors()).as("no envelope error").isEmpty();
        TransactionSet set = interchange.transactionSets().get(index);
        assertThat(set.disposition()).isEqualTo(Disposition.REJECTED);
        assertThat(set.order()).isNull();
        return set;
    }

    @Test
    void se01SegmentCountRejectsOnlyItsSet() {
        Interchange interchange = Corpus.translate("x12/err-se01-count.x12");
        TransactionSet bad = interchange.transactionSets().get(0);
        DocumentError error = Corpus.single(bad.errors());
        assertThat(error.category()).isEqualTo(ErrorCategory.SYNTAX);
        assertThat(error.location()).isEqualTo(new Location("SE", 6, 1, null, "0001"));
        assertThat(error.message()).isEqualTo(
                "SE[6] element 1: count '9' does not match the 4 segments (ST to SE) actually sent");
        assertThat(bad.disposition()).isEqualTo(Disposition.REJECTED);
        assertThat(interchange.transactionSets().get(1).disposition()).isEqualTo(Disposition.ACCEPTED);
        assertThat(interchange.errors()).isEmpty();
    }

    @Test
    void st02Se02Mismatch() {
        DocumentError error = Corpus.single(rejectedSet("x12/err-st02-se02.x12", 0).errors());
        assertThat(error.category()).isEqualTo(ErrorCategory.SYNTAX);
        assertThat(error.location()).isEqualTo(new Location("SE", 6, 2, null, "0001"));
        assertThat(error.message()).isEqualTo("SE[6] element 2: control number '0009' does not match ST02 '0001'");
    }

    @Test
    void unknownX12Segment() {
        DocumentError error = Corpus.single(rejectedSet("x12/err-unknown-segment.x12", 0).errors());
        assertThat(error.category()).isEqualTo(ErrorCategory.SYNTAX);
        assertThat(error.location()).isEqualTo(new Location("ZZZ", 5, null, null, "0001"));
        assertThat(error.message()).isEqualTo("ZZZ[5]: unknown segment 'ZZZ': it is not part of an X12 850 purchase order");
    }

    @Test
    void missingBeg() {
        DocumentError error = Corpus.single(rejectedSet("x12/err-missing-beg.x12", 0).errors());
        assertThat(error.category()).isEqualTo(ErrorCategory.MISSING_MANDATORY);
        assertThat(error.location()).isEqualTo(new Location("BEG", null, null, null, "0001"));
        assertThat(error.message()).contains("has no BEG segment");
    }

    @Test
    void impossibleX12Date() {
        DocumentError error = Corpus.single(rejectedSet("x12/err-bad-date.x12", 0).errors());
        assertThat(error.category()).isEqualTo(ErrorCategory.INVALID_VALUE);
        assertThat(error.location()).isEqualTo(new Location("BEG", 4, 5, null, "0001"));
        assertThat(error.message()).isEqualTo(
                "BEG[4] element 5: purchase order date '20261345' is not a valid date in the format CCYYMMDD");
    }

    @Test
    void cttThatDoesNotMatchTheLines() {
        DocumentError error = Corpus.single(rejectedSet("x12/err-ctt-mismatch.x12", 0).errors());
        assertThat(error.category()).isEqualTo(ErrorCategory.INVALID_VALUE);
        assertThat(error.location()).isEqualTo(new Location("CTT", 6, 1, null, "0001"));
        assertThat(error.message()).isEqualTo(
                "CTT[6] element 1: the document states 3 line items but contains 1 PO1 lines");
    }

    @Test
    void missingPoNumberQuantityItemAndLines() {
        List<DocumentError> errors = rejectedSet("x12/err-missing-mandatory.x12", 0).errors();
        assertThat(errors).extracting(DocumentError::category, DocumentError::location).containsExactlyInAnyOrder(
                tuple(ErrorCategory.MISSING_MANDATORY, new Location("BEG", 4, 3, null, "0001")),
                tuple(ErrorCategory.INVALID_VALUE, new Location("PO1", 6, 4, null, "0001")),
                tuple(ErrorCategory.MISSING_MANDATORY, new Location("PO1", 5, 2, null, "0001")),
                tuple(ErrorCategory.MISSING_MANDATORY, new Location("PO1", 5, null, null, "0001")),
                tuple(ErrorCategory.MISSING_MANDATORY, new Location("PO1", 6, null, null, "0001")));
        assertThat(errors).extracting(DocumentError::message).contains(
                "BEG[4] element 3: the purchase order number (BEG03) is missing",
                "PO1[5] element 2: line 1 has no PO102 quantity: a quantity is mandatory",
                "PO1[6] element 4: unit price 'x' is not a number");

        DocumentError noLines = Corpus.single(rejectedSet("x12/err-missing-mandatory.x12", 1).errors());
        assertThat(noLines.category()).isEqualTo(ErrorCategory.MISSING_MANDATORY);
        assertThat(noLines.location()).isEqualTo(new Location("PO1", null, null, null, "0002"));
        assertThat(noLines.message()).contains("no order line");
    }

    @Test
    void untSegmentCountRejectsOnlyItsMessage() {
        Interchange interchange = Corpus.translate("edifact/err-unt-count.edi");
        DocumentError error = Corpus.single(interchange.transactionSets().get(0).errors());
        assertThat(error.category()).isEqualTo(ErrorCategory.SYNTAX);
        assertThat(error.location()).isEqualTo(new Location("UNT", 7, 1, null, "1"));
        assertThat(error.message()).isEqualTo(
                "UNT[7] element 1: count '3' does not match the 6 segments (UNH to UNT) actually sent");
        assertThat(interchange.transactionSets()).extracting(TransactionSet::disposition)
                .containsExactly(Disposition.REJECTED, Disposition.ACCEPTED);
        assertThat(interchange.errors()).isEmpty();
    }

    @Test
    void unhUntReferenceMismatch() {
        DocumentError error = Corpus.single(rejectedSet("edifact/err-unh-unt-reference.edi", 0).errors());
        assertThat(error.category()).isEqualTo(ErrorCategory.SYNTAX);
        assertThat(error.location()).isEqualTo(new Location("UNT", 7, 2, null, "1"));
        assertThat(error.message()).isEqualTo("UNT[7] element 2: control number '7' does not match UNH 0062 '1'");
    }

    @Test
    void missingBgm() {
        DocumentError error = Corpus.single(rejectedSet("edifact/err-missing-bgm.edi", 0).errors());
        assertThat(error.category()).isEqualTo(ErrorCategory.MISSING_MANDATORY);
        assertThat(error.location()).isEqualTo(new Location("BGM", null, null, null, "1"));
        assertThat(error.message()).contains("has no BGM segment");
    }

    @Test
    void unknownEdifactSegment() {
        DocumentError error = Corpus.single(rejectedSet("edifact/err-unknown-segment.edi", 0).errors());
        assertThat(error.category()).isEqualTo(ErrorCategory.SYNTAX);
        assertThat(error.location()).isEqualTo(new Location("XYZ", 5, null, null, "1"));
        assertThat(error.message()).contains("unknown segment 'XYZ'");
    }

    @Test
    void badEdifactDatesNumbersAndLineCount() {
        List<DocumentError> errors = rejectedSet("edifact/err-bad-values.edi", 0).errors();
        assertThat(errors).extracting(DocumentError::category).containsOnly(ErrorCategory.INVALID_VALUE);
        assertThat(errors).extracting(DocumentError::location).containsExactly(
                new Location("DTM", 4, 1, 2, "1"),
                new Location("DTM", 5, 1, 3, "1"),
                new Location("QTY", 7, 1, 2, "1"),
                new Location("PRI", 8, 1, 2, "1"),
                new Location("CNT", 10, 1, 2, "1"));
        assertThat(errors).extracting(DocumentError::message).containsExactly(
                "DTM[4] element 1.2: DTM+137 date '20261345' is not a valid date in the format 102 (CCYYMMDD)",
                "DTM[5] element 1.3: date format '718' of DTM+2 is not supported: use 102, 203 or 204",
                "QTY[7] element 1.2: ordered quantity '1,5,0' is not a number",
                "PRI[8] element 1.2: price 'abc' is not a number",
                "CNT[10] element 1.2: the document states 3 line items but contains 1 LIN lines");
    }

    @Test
    void missingEdifactPoNumberDateQuantityAndItem() {
        List<DocumentError> errors = rejectedSet("edifact/err-missing-mandatory.edi", 0).errors();
        assertThat(errors).extracting(DocumentError::category).containsOnly(ErrorCategory.MISSING_MANDATORY);
        assertThat(errors).extracting(DocumentError::location).containsExactlyInAnyOrder(
                new Location("BGM", 3, 2, 1, "1"),
                new Location("DTM", null, null, null, "1"),
                new Location("LIN", 4, null, null, "1"),
                new Location("LIN", 4, null, null, "1"));
        assertThat(errors).extracting(DocumentError::message).anySatisfy(m -> assertThat(m).contains("no QTY+21"))
                .anySatisfy(m -> assertThat(m).contains("no item identifier"))
                .anySatisfy(m -> assertThat(m).contains("DTM+137"));
    }

    @Test
    void segmentOutsideATransactionSetAndMissingSe() {
        String isa = "ISA*00*          *00*          *ZZ*ACMEEDI        *ZZ*TRADEHUB       *260115*1030*U*00401"
                + "*000000101*0*T*>~";
        String payload = isa + "GS*PO*ACMEEDI*TRADEHUB*20260115*1030*1*X*004010~BEG*00*SA*P**20260115~"
                + "ST*850*0001~BEG*00*SA*P**20260115~PO1*1*1*EA*1**UP*1~GE*1*1~IEA*1*000000101~";
        Interchange interchange = Corpus.TRANSLATOR.translate(payload.getBytes());

        DocumentError outside = Corpus.single(interchange.errors());
        assertThat(outside.category()).isEqualTo(ErrorCategory.SYNTAX);
        assertThat(outside.location()).isEqualTo(new Location("BEG", 3, null, null, null));
        assertThat(outside.message()).isEqualTo("BEG[3]: segment BEG is outside any transaction set");
        TransactionSet set = interchange.transactionSets().get(0);
        assertThat(set.disposition()).isEqualTo(Disposition.REJECTED);
        DocumentError missingSe = Corpus.single(set.errors());
        assertThat(missingSe.category()).isEqualTo(ErrorCategory.SYNTAX);
        assertThat(missingSe.location()).isEqualTo(new Location("GE", 7, null, null, "0001"));
        assertThat(missingSe.message()).isEqualTo("GE[7]: the mandatory segment SE is missing before GE");
    }

    @Test
    void outOfPlaceSegments() {
        String isa = "ISA*00*          *00*          *ZZ*ACMEEDI        *ZZ*TRADEHUB       *260115*1030*U*00401"
                + "*000000101*0*T*>~";
        String payload = isa + "GS*PO*ACMEEDI*TRADEHUB*20260115*1030*1*X*004010~ST*850*0001~BEG*00*SA*P**20260115~"
                + "PO1*1*1*EA*1**UP*1~BEG*00*SA*Q**20260115~CTT*1~PO1*2*1*EA*1**UP*2~SE*7*0001~GE*1*1~IEA*1*000000101~";
        Interchange interchange = Corpus.TRANSLATOR.translate(payload.getBytes());

        List<DocumentError> errors = interchange.transactionSets().get(0).errors();
        assertThat(errors).extracting(DocumentError::category).containsOnly(ErrorCategory.SYNTAX);
        assertThat(errors).extracting(DocumentError::message).containsExactly(
                "BEG[6]: segment BEG is out of place: it must come once, right after ST",
                "PO1[8]: segment PO1 is out of place: only AMT may follow CTT");
    }
}
