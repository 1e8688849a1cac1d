package dev.tradehub.translation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradehub.canonical.Address;
import dev.tradehub.canonical.CanonicalOrder;
import dev.tradehub.canonical.OrderLine;
import dev.tradehub.canonical.Party;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class X12OrderTranslationTest {

    @Test
    void envelopeFactsOf004010AreReadAndTrimmed() {
        Interchange interchange = Corpus.translate("x12/850-004010-two-po.x12");

        assertThat(interchange.errors()).isEmpty();
        assertThat(interchange.rejected()).isFalse();
        EnvelopeFacts facts = interchange.envelope();
        assertThat(facts.standard()).isEqualTo(Standard.X12);
        assertThat(facts.version()).isEqualTo("00401");
        assertThat(facts.sender()).isEqualTo(new PartyId("ZZ", "ACMEEDI"));
        assertThat(facts.receiver()).isEqualTo(new PartyId("ZZ", "TRADEHUB"));
        assertThat(facts.interchangeControl()).isEqualTo("000000101");
        assertThat(facts.preparedAt()).isEqualTo("2026-01-15T10:30");
        assertThat(facts.test()).isTrue();
        assertThat(interchange.docType()).isEqualTo("850");
    }

    @Test
    void twoPurchaseOrdersInOneGroupAreMappedFieldByField() {
        Interchange interchange = Corpus.translate("x12/850-004010-two-po.x12");

        assertThat(interchange.transactionSets()).hasSize(2);
        TransactionSet first = interchange.transactionSets().get(0);
        assertThat(first.disposition()).isEqualTo(Disposition.ACCEPTED);
        assertThat(first.errors()).isEmpty();
        assertThat(first.controlNumber()).isEqualTo("0001");
        assertThat(first.docType()).isEqualTo("850");
        assertThat(first.version()).isEqualTo("004010");
        assertThat(first.groupControlNumber()).isEqualTo("101");
        assertThat(first.groupSender()).isEqualTo(new PartyId(null, "ACMEEDI"));
        assertThat(first.groupReceiver()).isEqualTo(new PartyId(null, "TRADEHUB"));

        CanonicalOrder order = first.order();
        assertThat(order.poNumber()).isEqualTo("ACME-PO-1001");
        assertThat(order.poDate()).isEqualTo(LocalDate.of(2026, 1, 15));
        assertThat(order.currency()).isEqualTo("USD");
        assertThat(order.buyer()).isEqualTo(new Party("CUST-0001", "Acme Integration Corp"));
        assertThat(order.shipTo()).isEqualTo(new Address("DC042", "Acme Warehouse Dock", "7 Dock Rd", "Gate 4",
                "Joliet", "IL", "60431", "US"));
        // DTM*010 (requested ship) wins over DTM*002 sent before it
        assertThat(order.requestedShipDate()).isEqualTo(LocalDate.of(2026, 1, 20));
        assertThat(order.totalLines()).isEqualTo(2);
        assertThat(order.lines()).containsExactly(
                new OrderLine("1", new BigDecimal("10"), "EA", new BigDecimal("295.00"), "036000291452", "FURN_6666",
                        null, "Acoustic Bloc Screens"),
                new OrderLine(null, new BigDecimal("2.5"), "CA", new BigDecimal("450"), "4006381333931", null,
                        "ACM-LAMP-01", null));

        CanonicalOrder second = interchange.transactionSets().get(1).order();
        assertThat(second.poNumber()).isEqualTo("ACME-PO-1002");
        assertThat(second.poDate()).isEqualTo(LocalDate.of(2026, 1, 16));
        assertThat(second.currency()).isNull();
        assertThat(second.buyer()).as("no N1*BY: the GS02 sender, without a name")
                .isEqualTo(new Party("ACMEEDI", null));
        assertThat(second.shipTo()).isNull();
        assertThat(second.requestedShipDate()).isNull();
        assertThat(second.lines()).containsExactly(
                new OrderLine("1", BigDecimal.ONE, "EA", null, null, "FURN_7800", null, null));
    }

    @Test
    void version005010WithPipeDelimitersRepetitionSeparatorAndCrlf() {
        Interchange interchange = Corpus.translate("x12/850-005010-crlf-pipe.x12");

        assertThat(interchange.errors()).isEmpty();
        assertThat(interchange.envelope().version()).isEqualTo("00501");
        assertThat(interchange.envelope().interchangeControl()).isEqualTo("000000777");
        assertThat(interchange.envelope().test()).as("ISA15 = P").isFalse();
        TransactionSet set = interchange.transactionSets().get(0);
        assertThat(set.version()).isEqualTo("005010");
        assertThat(set.controlNumber()).isEqualTo("1001");
        assertThat(set.disposition()).isEqualTo(Disposition.ACCEPTED);
        CanonicalOrder order = set.order();
        assertThat(order.poNumber()).isEqualTo("PO-5010");
        assertThat(order.poDate()).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(order.currency()).as("CUR01 = SE").isEqualTo("EUR");
        assertThat(order.buyer()).isEqualTo(new Party("ACMEEDI", null));
        assertThat(order.shipTo()).as("N1*DA when there is no N1*ST")
                .isEqualTo(new Address("DA-1", "Dock A", "1 Harbour Rd", null, "Hamburg", null, "20095", "DE"));
        assertThat(order.requestedShipDate()).as("DTM*002 wins over DTM*037").isEqualTo(LocalDate.of(2026, 3, 5));
        assertThat(order.lines()).containsExactly(new OrderLine("10", new BigDecimal("5"), "EA",
                new BigDecimal("1.25"), "00036000291452", null, null, "Widget"));
    }

    @Test
    void twoGroupsWithCustomDelimitersAndNoLineBreaks() {
        Interchange interchange = Corpus.translate("x12/850-two-groups-no-newline.x12");

        assertThat(interchange.errors()).isEmpty();
        assertThat(interchange.transactionSets()).extracting(TransactionSet::controlNumber)
                .containsExactly("2001", "2002", "2003");
        assertThat(interchange.transactionSets()).extracting(TransactionSet::groupControlNumber)
                .containsExactly("11", "11", "12");
        assertThat(interchange.transactionSets()).extracting(TransactionSet::disposition)
                .containsOnly(Disposition.ACCEPTED);
        CanonicalOrder first = interchange.transactionSets().get(0).order();
        assertThat(first.currency()).as("CUR01 = PE is not a buyer/seller currency").isNull();
        assertThat(first.requestedShipDate()).as("DTM*037").isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(first.shipTo()).as("N1*SN as last resort")
                .isEqualTo(new Address("S12", "Store 12", null, null, null, null, null, null));
        assertThat(first.lines().get(0).buyerSku()).as("IN").isEqualTo("B-1");
        assertThat(first.lines().get(0).unitPrice()).isEqualByComparingTo("3.5");
        assertThat(interchange.transactionSets().get(1).order().lines().get(0).buyerSku()).as("CB").isEqualTo("B-2");
        CanonicalOrder third = interchange.transactionSets().get(2).order();
        assertThat(third.buyer()).as("GS02 of the second group").isEqualTo(new Party("SENDERTWO", null));
        assertThat(third.lines().get(0).buyerSku()).as("PI").isEqualTo("B-3");
        assertThat(third.lines().get(0).uom()).isEqualTo("PK");
        assertThat(third.lines().get(0).unitPrice()).isNull();
    }

    @Test
    void otherDocumentTypesAreUnsupportedButKeepTheirEnvelope() {
        Interchange interchange = Corpus.translate("x12/mixed-850-997-810.x12");

        assertThat(interchange.errors()).isEmpty();
        assertThat(interchange.transactionSets()).extracting(TransactionSet::docType)
                .containsExactly("850", "997", "810");
        assertThat(interchange.transactionSets()).extracting(TransactionSet::disposition)
                .containsExactly(Disposition.ACCEPTED, Disposition.UNSUPPORTED, Disposition.UNSUPPORTED);
        TransactionSet ack = interchange.transactionSets().get(1);
        assertThat(ack.order()).isNull();
        assertThat(ack.errors()).isEmpty();
        assertThat(ack.controlNumber()).isEqualTo("0001");
        assertThat(ack.version()).isEqualTo("004010");
        assertThat(ack.groupControlNumber()).isEqualTo("22");
        assertThat(interchange.transactionSets().get(2).order()).isNull();
    }

    @Test
    void oneBadPurchaseOrderRejectsOnlyItself() {
        Interchange interchange = Corpus.translate("x12/multi-po-one-bad.x12");

        assertThat(interchange.errors()).isEmpty();
        assertThat(interchange.transactionSets()).extracting(TransactionSet::disposition)
                .containsExactly(Disposition.ACCEPTED, Disposition.REJECTED, Disposition.ACCEPTED);
        assertThat(interchange.transactionSets().get(0).order().poNumber()).isEqualTo("PO-A");
        assertThat(interchange.transactionSets().get(2).order().poNumber()).isEqualTo("PO-C");
        TransactionSet bad = interchange.transactionSets().get(1);
        assertThat(bad.order()).isNull();
        var error = Corpus.single(bad.errors());
        assertThat(error.category()).isEqualTo(dev.tradehub.canonical.ErrorCategory.INVALID_VALUE);
        assertThat(error.location()).isEqualTo(new dev.tradehub.canonical.Location("PO1", 10, 2, null, "0002"));
        assertThat(error.message()).isEqualTo("PO1[10] element 2: quantity 'x5' is not a number");
    }

    @Test
    void newlineAsSegmentTerminator() {
        Interchange interchange = Corpus.translate("x12/850-newline-terminator.x12");

        assertThat(interchange.errors()).isEmpty();
        assertThat(interchange.transactionSets()).hasSize(1);
        TransactionSet set = interchange.transactionSets().get(0);
        assertThat(set.disposition()).isEqualTo(Disposition.ACCEPTED);
        assertThat(set.order().poNumber()).isEqualTo("PO-NL");
        assertThat(set.order().lines()).containsExactly(
                new OrderLine("1", BigDecimal.ONE, "EA", BigDecimal.ONE, "036000291452", null, null, null));
    }
}
