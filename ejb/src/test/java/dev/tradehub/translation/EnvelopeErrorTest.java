package dev.tradehub.translation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradehub.canonical.DocumentError;
import dev.tradehub.canonical.ErrorCategory;
import dev.tradehub.canonical.Location;
import org.junit.jupiter.api.Test;

/** Envelope problems reject the interchange (Interchange.errors), with a category, a location and a message. */
class EnvelopeErrorTest {

    private static DocumentError onlyError(String resource) {
        Interchange interchange = Corpus.translate(resource);
        assertThat(interchange.rejected()).isTrue();
        return Corpus.single(interchange.errors());
    }

    @Test
    void isaThatIsNotFixedWidth() {
        Interchange interchange = Corpus.translate("x12/err-isa-width.x12");

        DocumentError error = Corpus.single(interchange.errors());
        assertThat(error.category()).isEqualTo(ErrorCategory.ENVELOPE);
        assertThat(error.location()).isEqualTo(new Location("ISA", 1, 6, null, null));
        assertThat(error.message()).isEqualTo("ISA[1] element 6: ISA06 (sender ID) is 7 characters long but must be"
                + " exactly 15: ISA is a fixed-width segment of 106 characters");
        assertThat(interchange.transactionSets()).isEmpty();
        assertThat(interchange.envelope().standard()).as("partial facts").isEqualTo(Standard.X12);
        assertThat(interchange.envelope().sender()).isEqualTo(new PartyId("ZZ", "ACMEEDI"));
        assertThat(interchange.envelope().interchangeControl()).isEqualTo("000000101");
    }

    @Test
    void iea02ThatDoesNotMatchIsa13() {
        DocumentError error = onlyError("x12/err-isa13-iea02.x12");
        assertThat(error.category()).isEqualTo(ErrorCategory.ENVELOPE);
        assertThat(error.location()).isEqualTo(new Location("IEA", 8, 2, null, null));
        assertThat(error.message()).isEqualTo(
                "IEA[8] element 2: control number '000000999' does not match ISA13 '000000101'");
    }

    @Test
    void iea01GroupCount() {
        DocumentError error = onlyError("x12/err-iea01-count.x12");
        assertThat(error.category()).isEqualTo(ErrorCategory.ENVELOPE);
        assertThat(error.location()).isEqualTo(new Location("IEA", 8, 1, null, null));
        assertThat(error.message()).isEqualTo(
                "IEA[8] element 1: count '3' does not match the 1 functional groups actually sent");
    }

    @Test
    void ge01TransactionCount() {
        Interchange interchange = Corpus.translate("x12/err-ge01-count.x12");
        DocumentError error = Corpus.single(interchange.errors());
        assertThat(error.category()).isEqualTo(ErrorCategory.ENVELOPE);
        assertThat(error.location()).isEqualTo(new Location("GE", 11, 1, null, null));
        assertThat(error.message()).contains("count '5'").contains("2 transaction sets");
        assertThat(interchange.transactionSets()).hasSize(2);
    }

    @Test
    void ge02ThatDoesNotMatchGs06() {
        DocumentError error = onlyError("x12/err-gs06-ge02.x12");
        assertThat(error.category()).isEqualTo(ErrorCategory.ENVELOPE);
        assertThat(error.location()).isEqualTo(new Location("GE", 7, 2, null, null));
        assertThat(error.message()).isEqualTo("GE[7] element 2: control number '42' does not match GS06 '41'");
    }

    @Test
    void missingIea() {
        Interchange interchange = Corpus.translate("x12/err-missing-iea.x12");
        DocumentError error = Corpus.single(interchange.errors());
        assertThat(error.category()).isEqualTo(ErrorCategory.ENVELOPE);
        assertThat(error.location()).isEqualTo(Location.ofSegment("GE", 7, null));
        assertThat(error.message()).isEqualTo("The interchange ends after segment GE[7] without its trailer IEA");
        assertThat(interchange.transactionSets()).hasSize(1);
    }

    @Test
    void badX12Delimiters() {
        DocumentError error = onlyError("x12/err-bad-delimiters.x12");
        assertThat(error.category()).isEqualTo(ErrorCategory.SYNTAX);
        assertThat(error.location().segment()).isEqualTo("ISA");
        assertThat(error.message()).contains("component separator '*'").contains("delimiters are not usable");
    }

    @Test
    void unzMessageCount() {
        DocumentError error = onlyError("edifact/err-unz-count.edi");
        assertThat(error.category()).isEqualTo(ErrorCategory.ENVELOPE);
        assertThat(error.location()).isEqualTo(new Location("UNZ", 8, 1, null, null));
        assertThat(error.message()).isEqualTo("UNZ[8] element 1: count '4' does not match the 1 messages actually sent");
    }

    @Test
    void unzReference() {
        DocumentError error = onlyError("edifact/err-unz-reference.edi");
        assertThat(error.category()).isEqualTo(ErrorCategory.ENVELOPE);
        assertThat(error.location()).isEqualTo(new Location("UNZ", 8, 2, null, null));
        assertThat(error.message()).isEqualTo("UNZ[8] element 2: control number 'OTHER' does not match UNB 0020 'REF001'");
    }

    @Test
    void missingUnz() {
        Interchange interchange = Corpus.translate("edifact/err-missing-unz.edi");
        DocumentError error = Corpus.single(interchange.errors());
        assertThat(error.category()).isEqualTo(ErrorCategory.ENVELOPE);
        assertThat(error.location()).isEqualTo(Location.ofSegment("UNT", 7, null));
        assertThat(error.message()).isEqualTo("The interchange ends after segment UNT[7] without its trailer UNZ");
        assertThat(interchange.transactionSets()).hasSize(1);
        assertThat(interchange.transactionSets().get(0).errors()).as("the message itself was complete").isEmpty();
    }

    @Test
    void badUnaDelimiters() {
        byte[] payload = ("UNA++.? 'UNB+UNOC:3+S+R+260115:1030+R1'UNZ+0+R1'").getBytes();
        Interchange interchange = Corpus.TRANSLATOR.translate(payload);
        DocumentError error = Corpus.single(interchange.errors());
        assertThat(error.category()).isEqualTo(ErrorCategory.SYNTAX);
        assertThat(error.location()).isEqualTo(new Location("UNA", 1, null, null, null));
        assertThat(error.message()).contains("must be different");
        assertThat(interchange.envelope().standard()).isEqualTo(Standard.EDIFACT);
    }
}
