package dev.tradehub.translation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradehub.canonical.DocumentError;
import dev.tradehub.canonical.ErrorCategory;
import dev.tradehub.canonical.ErrorReason;
import org.junit.jupiter.api.Test;

/**
 * What a functional acknowledgement is built from: the groups with their sets and trailer counts, each set's header
 * position, the exact reason of each located error, and whether the sender asked for an interchange acknowledgement.
 */
class AcknowledgementFactsTest {

    @Test
    void groupsHoldTheirSetsAndWhatTheirTrailersSay() {
        Interchange interchange = Corpus.translate("x12/850-two-groups-no-newline.x12");
        assertThat(interchange.groups()).hasSize(2);
        FunctionalGroup first = interchange.groups().get(0);
        assertThat(first.functionalId()).isEqualTo("PO");
        assertThat(first.controlNumber()).isEqualTo("11");
        assertThat(first.version()).isEqualTo("004010");
        assertThat(first.declaredTransactions()).isEqualTo(2);
        assertThat(first.transactionSets()).extracting(TransactionSet::controlNumber).containsExactly("2001", "2002");
        assertThat(first.acceptedTransactions()).isEqualTo(2);
        FunctionalGroup second = interchange.groups().get(1);
        assertThat(second.controlNumber()).isEqualTo("12");
        assertThat(second.transactionSets()).extracting(TransactionSet::controlNumber).containsExactly("2003");
        assertThat(first.transactionSets().get(0).startPosition()).isEqualTo(3);
        assertThat(first.transactionSets().get(1).startPosition()).isEqualTo(11);
        assertThat(interchange.envelope().acknowledgementRequested()).isFalse();
    }

    @Test
    void aWrongGroupCountIsAnErrorOfThatGroupWithItsReason() {
        Interchange interchange = Corpus.translate("x12/err-ge01-count.x12");
        FunctionalGroup group = interchange.groups().get(0);
        DocumentError error = Corpus.single(group.errors());
        assertThat(error.category()).isEqualTo(ErrorCategory.ENVELOPE);
        assertThat(error.reason()).isEqualTo(ErrorReason.COUNT_MISMATCH);
        assertThat(error.location().segment()).isEqualTo("GE");
        assertThat(group.declaredTransactions()).isEqualTo(5);
        assertThat(group.transactionSets()).hasSize(2);
    }

    @Test
    void aBadValueInOneSetIsLocatedWithinTheSetAndHasAReason() {
        Interchange interchange = Corpus.translate("x12/multi-po-one-bad.x12");
        TransactionSet bad = interchange.transactionSets().get(1);
        assertThat(bad.disposition()).isEqualTo(Disposition.REJECTED);
        DocumentError error = Corpus.single(bad.errors());
        assertThat(error.reason()).isEqualTo(ErrorReason.INVALID_CHARACTER);
        assertThat(error.location().segment()).isEqualTo("PO1");
        assertThat(error.location().element()).isEqualTo(2);
        assertThat(bad.positionInSet(error.location().segmentPosition())).isEqualTo(4);
        assertThat(interchange.groups().get(0).acceptedTransactions()).isEqualTo(2);
    }

    @Test
    void structuralFindingsCarryTheReasonsStAediReports() {
        assertThat(Corpus.single(Corpus.translate("x12/err-unknown-segment.x12").transactionSets().get(0).errors())
                .reason()).isIn(ErrorReason.UNRECOGNIZED_SEGMENT, ErrorReason.SEGMENT_NOT_IN_TRANSACTION,
                        ErrorReason.UNEXPECTED_SEGMENT);
        assertThat(Corpus.translate("x12/err-isa-width.x12").errors()).extracting(DocumentError::reason)
                .containsExactly(ErrorReason.HEADER_UNREADABLE);
        assertThat(Corpus.translate("x12/err-missing-iea.x12").errors()).extracting(DocumentError::reason)
                .contains(ErrorReason.TRAILER_MISSING);
        assertThat(Corpus.translate("x12/err-st02-se02.x12").transactionSets().get(0).errors())
                .extracting(DocumentError::reason).contains(ErrorReason.CONTROL_NUMBER_MISMATCH);
        assertThat(Corpus.translate("x12/err-missing-beg.x12").transactionSets().get(0).errors())
                .extracting(DocumentError::reason).contains(ErrorReason.MANDATORY_SEGMENT_MISSING);
    }

    @Test
    void theSendersRequestForAnInterchangeAcknowledgementIsRead() {
        String isa = "ISA*00*          *00*          *ZZ*ACMEEDI        *ZZ*TRADEHUB       *260115*1030*U*00401*000000101*1*P*>~"
                + "GS*PO*ACMEEDI*TRADEHUB*20260115*1030*1*X*004010~ST*850*0001~BEG*00*SA*PO-1**20260115~"
                + "PO1*1*1*EA*2**UP*036000291452~SE*4*0001~GE*1*1~IEA*1*000000101~";
        assertThat(Corpus.TRANSLATOR.translate(isa.getBytes()).envelope().acknowledgementRequested()).isTrue();
        String edifact = new String(Corpus.bytes("edifact/orders-d96a-una-comma-two-msgs.edi"),
                java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(Corpus.TRANSLATOR.translate(edifact.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1))
                .envelope().acknowledgementRequested()).isFalse();
        String asking = edifact.replace("BETA000001++++++1'", "BETA000001++++1'");
        Interchange asked = Corpus.TRANSLATOR.translate(asking.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertThat(asked.envelope().acknowledgementRequested()).isTrue();
        assertThat(asked.envelope().test()).isFalse();
    }
}
