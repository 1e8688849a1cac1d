package dev.tradehub.translation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradehub.canonical.Address;
import dev.tradehub.canonical.CanonicalOrder;
import dev.tradehub.canonical.OrderLine;
import dev.tradehub.canonical.Party;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EdifactOrderTranslationTest {

    @Test
    void d96aWithUnaDecimalCommaReleaseCharacterAndTwoMessages() {
        Interchange interchange = Corpus.translate("edifact/orders-d96a-una-comma-two-msgs.edi");

        assertThat(interchange.errors()).isEmpty();
        EnvelopeFacts facts = interchange.envelope();
        assertThat(facts.standard()).isEqualTo(Standard.EDIFACT);
        assertThat(facts.version()).isEqualTo("UNOC:3");
        assertThat(facts.sender()).isEqualTo(new PartyId("14", "4012345000016"));
        assertThat(facts.receiver()).isEqualTo(new PartyId("14", "4098765000008"));
        assertThat(facts.interchangeControl()).isEqualTo("BETA000001");
        assertThat(facts.preparedAt()).isEqualTo("2026-01-15T10:30");
        assertThat(facts.test()).as("0035 = 1").isTrue();

        assertThat(interchange.transactionSets()).hasSize(2);
        TransactionSet set = interchange.transactionSets().get(0);
        assertThat(set.disposition()).isEqualTo(Disposition.ACCEPTED);
        assertThat(set.controlNumber()).isEqualTo("ORD1");
        assertThat(set.docType()).isEqualTo("ORDERS");
        assertThat(set.version()).isEqualTo("D96A");
        assertThat(set.groupControlNumber()).isNull();
        assertThat(set.groupSender()).isNull();

        CanonicalOrder order = set.order();
        assertThat(order.poNumber()).as("release character ? before + and ?").isEqualTo("BETA+PO?1");
        assertThat(order.poDate()).isEqualTo(LocalDate.of(2026, 1, 15));
        assertThat(order.currency()).isEqualTo("EUR");
        assertThat(order.buyer()).isEqualTo(new Party("4012345000016", "Beta Handels GmbH"));
        assertThat(order.shipTo()).isEqualTo(new Address("4012345000009", "Beta Lager Hamburg", "Lagerstrasse 5",
                "Tor 2", "Hamburg", "HH", "20095", "DE"));
        assertThat(order.requestedShipDate()).as("DTM+2 in format 203 wins over DTM+10")
                .isEqualTo(LocalDate.of(2026, 1, 20));
        assertThat(order.totalLines()).isEqualTo(2);
        assertThat(order.lines()).containsExactly(
                new OrderLine("1", new BigDecimal("1.5"), "PCE", new BigDecimal("12.50"), "4006381333931",
                        "FURN_0001", "BETA-778", "Desk Organizer"),
                new OrderLine("2", new BigDecimal("10"), "PCE", new BigDecimal("5"), "2300001000008", null, null,
                        null));

        CanonicalOrder second = interchange.transactionSets().get(1).order();
        assertThat(second.poNumber()).isEqualTo("BETA-PO-2");
        assertThat(second.buyer()).as("no NAD+BY: the interchange sender").isEqualTo(new Party("4012345000016", null));
        assertThat(second.requestedShipDate()).as("DTM+64").isEqualTo(LocalDate.of(2026, 1, 30));
        assertThat(second.lines()).containsExactly(
                new OrderLine("1", new BigDecimal("3"), null, null, null, "FURN_0001", null, null));
    }

    @Test
    void d01bSyntax4WithoutUnaInAGroupWithCrlf() {
        Interchange interchange = Corpus.translate("edifact/orders-d01b-syntax4-ung.edi");

        assertThat(interchange.errors()).isEmpty();
        assertThat(interchange.envelope().version()).isEqualTo("UNOB:4");
        assertThat(interchange.envelope().interchangeControl()).isEqualTo("B4-77");
        assertThat(interchange.envelope().preparedAt()).as("CCYYMMDD in syntax 4").isEqualTo("2026-01-15T10:30");
        assertThat(interchange.envelope().test()).isFalse();
        TransactionSet set = interchange.transactionSets().get(0);
        assertThat(interchange.transactionSets()).hasSize(1);
        assertThat(set.disposition()).isEqualTo(Disposition.ACCEPTED);
        assertThat(set.version()).isEqualTo("D01B");
        assertThat(set.controlNumber()).isEqualTo("M1");
        assertThat(set.groupControlNumber()).isEqualTo("G-1");
        assertThat(set.groupSender()).isEqualTo(new PartyId("ZZ", "BETA-GRP"));
        assertThat(set.groupReceiver()).isEqualTo(new PartyId("ZZ", "HUB-GRP"));
        CanonicalOrder order = set.order();
        assertThat(order.poNumber()).as("D01B C106 1004").isEqualTo("PO-D01B");
        assertThat(order.poDate()).as("format 204").isEqualTo(LocalDate.of(2026, 1, 15));
        assertThat(order.buyer()).as("no NAD+BY: the UNG sender").isEqualTo(new Party("BETA-GRP", null));
        assertThat(order.shipTo()).as("NAD+ST when there is no NAD+DP, C080 joined")
                .isEqualTo(new Address("SHIP-9", "Store Nine", "Main Street 1", null, "Bremen", "HB", "28195", "DE"));
        assertThat(order.requestedShipDate()).isEqualTo(LocalDate.of(2026, 2, 1));
        assertThat(order.lines()).containsExactly(new OrderLine("1", new BigDecimal("2.5"), "KGM",
                new BigDecimal("7.25"), "4006381333931", "SKU-1", "BUY-1", null));
    }

    @Test
    void customUnaDelimitersWithoutLineBreaks() {
        Interchange interchange = Corpus.translate("edifact/orders-custom-una-no-newline.edi");

        assertThat(interchange.errors()).isEmpty();
        assertThat(interchange.envelope().version()).isEqualTo("UNOA:3");
        assertThat(interchange.envelope().sender()).isEqualTo(new PartyId(null, "SENDERX"));
        CanonicalOrder order = interchange.transactionSets().get(0).order();
        assertThat(order.poNumber()).as("released element separator").isEqualTo("PO|X");
        assertThat(order.lines()).containsExactly(new OrderLine("7", new BigDecimal("6.25"), "PCE", null,
                "036000291452", null, null, null));
    }

    @Test
    void controlAndDespatchAdvicesAreUnsupportedNextToAnAcceptedOrder() {
        Interchange interchange = Corpus.translate("edifact/contrl-and-orders.edi");

        assertThat(interchange.errors()).isEmpty();
        assertThat(interchange.docType()).isEqualTo("CONTRL");
        assertThat(interchange.transactionSets()).extracting(TransactionSet::docType)
                .containsExactly("CONTRL", "ORDERS", "DESADV");
        assertThat(interchange.transactionSets()).extracting(TransactionSet::disposition)
                .containsExactly(Disposition.UNSUPPORTED, Disposition.ACCEPTED, Disposition.UNSUPPORTED);
        assertThat(interchange.transactionSets()).extracting(TransactionSet::controlNumber)
                .containsExactly("C1", "O1", "I1");
        assertThat(interchange.transactionSets().get(2).version()).isEqualTo("D96A");
        assertThat(interchange.transactionSets().get(0).order()).isNull();
        assertThat(interchange.transactionSets().get(2).order()).isNull();
        assertThat(interchange.transactionSets().get(1).order().poNumber()).isEqualTo("PO-C");
    }
}
