package dev.tradehub.translation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradehub.canonical.Address;
import dev.tradehub.canonical.CanonicalOrder;
import dev.tradehub.canonical.OrderLine;
import dev.tradehub.canonical.Party;
import dev.tradehub.translation.csv.CsvLayout;
import dev.tradehub.translation.csv.CsvOrderReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The README demo files in the top-level samples/ folder translate cleanly and agree with the demo data. */
class SamplesTest {

    private static Interchange sample(String name) throws IOException {
        Path path = Path.of("..", "samples", name);
        assertThat(path).as("run from the ejb module folder").exists();
        Interchange interchange = Corpus.TRANSLATOR.translate(Files.readAllBytes(path));
        assertThat(interchange.errors()).isEmpty();
        interchange.transactionSets().forEach(set -> assertThat(set.errors()).isEmpty());
        return interchange;
    }

    @Test
    void acme850In004010And005010() throws IOException {
        for (String name : new String[] {"acme-850-004010.x12", "acme-850-005010.x12"}) {
            Interchange interchange = sample(name);
            assertThat(interchange.envelope().sender()).isEqualTo(new PartyId("ZZ", "ACMEEDI"));
            assertThat(interchange.envelope().receiver()).isEqualTo(new PartyId("ZZ", "TRADEHUB"));
            assertThat(interchange.transactionSets()).extracting(TransactionSet::disposition)
                    .containsExactly(Disposition.ACCEPTED, Disposition.ACCEPTED);
            CanonicalOrder first = interchange.transactionSets().get(0).order();
            assertThat(first.poNumber()).isEqualTo("ACME-PO-1001");
            assertThat(first.buyer()).isEqualTo(new Party("CUST-0001", "Acme Integration Corp"));
            assertThat(first.shipTo()).isEqualTo(new Address("DC042", "Acme Warehouse Dock", "7 Dock Rd", "Gate 4",
                    "Joliet", "IL", "60431", "US"));
            assertThat(first.lines()).extracting(OrderLine::upc, OrderLine::vendorSku, OrderLine::buyerSku)
                    .containsExactly(
                            org.assertj.core.api.Assertions.tuple("036000291452", null, null),
                            org.assertj.core.api.Assertions.tuple(null, "FURN_7800", null),
                            org.assertj.core.api.Assertions.tuple(null, null, "ACM-LAMP-01"));
            CanonicalOrder second = interchange.transactionSets().get(1).order();
            assertThat(second.poNumber()).isEqualTo("ACME-PO-1002");
            assertThat(second.lines().get(0).uom()).isEqualTo("CA");
            assertThat(second.lines().get(0).upc()).isEqualTo("4006381333931");
        }
        assertThat(sample("acme-850-005010.x12").transactionSets().get(0).version()).isEqualTo("005010");
    }

    @Test
    void betaOrdersD96a() throws IOException {
        Interchange interchange = sample("beta-orders-d96a.edi");
        assertThat(interchange.envelope().version()).isEqualTo("UNOC:3");
        assertThat(interchange.envelope().sender()).isEqualTo(new PartyId("14", "4012345000016"));
        assertThat(interchange.envelope().receiver()).isEqualTo(new PartyId("14", "4098765000008"));
        TransactionSet set = interchange.transactionSets().get(0);
        assertThat(set.disposition()).isEqualTo(Disposition.ACCEPTED);
        CanonicalOrder order = set.order();
        assertThat(order.poNumber()).isEqualTo("BETA-PO-2001");
        assertThat(order.poDate()).isEqualTo(LocalDate.of(2026, 1, 15));
        assertThat(order.currency()).isEqualTo("EUR");
        assertThat(order.buyer().name()).isEqualTo("Beta Handels GmbH");
        assertThat(order.shipTo().id()).isEqualTo("4012345000009");
        assertThat(order.shipTo().city()).isEqualTo("Hamburg");
        assertThat(order.lines()).extracting(OrderLine::qty, OrderLine::uom, OrderLine::unitPrice)
                .containsExactly(
                        org.assertj.core.api.Assertions.tuple(new BigDecimal("4"), "PCE", new BigDecimal("99.50")),
                        org.assertj.core.api.Assertions.tuple(new BigDecimal("12"), "PCE", new BigDecimal("5.10")));
        assertThat(order.lines().get(0).upc()).isEqualTo("4006381333931");
        assertThat(order.lines().get(1).vendorSku()).isEqualTo("FURN_0001");
    }

    @Test
    void acme997IsUnsupported() throws IOException {
        Interchange interchange = sample("acme-997.x12");
        TransactionSet set = interchange.transactionSets().get(0);
        assertThat(set.docType()).isEqualTo("997");
        assertThat(set.disposition()).isEqualTo(Disposition.UNSUPPORTED);
        assertThat(set.order()).isNull();
    }

    @Test
    void acmeOrdersAsCsvInTheStandardLayout() throws IOException {
        Interchange interchange = new CsvOrderReader(CsvLayout.standard())
                .read(Files.readAllBytes(Path.of("..", "samples", "acme-orders.csv")));
        assertThat(interchange.errors()).isEmpty();
        assertThat(interchange.transactionSets()).allSatisfy(set -> assertThat(set.errors()).isEmpty());
        assertThat(interchange.transactionSets()).extracting(set -> set.order().poNumber())
                .containsExactly("CSV-1001", "CSV-1002");
        assertThat(interchange.transactionSets().get(0).order().lines()).extracting(OrderLine::buyerSku)
                .containsExactly(null, "ACM-LAMP-01");
    }
}
