package dev.tradehub.translation.csv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradehub.canonical.CanonicalOrder;
import dev.tradehub.canonical.DocumentError;
import dev.tradehub.canonical.ErrorCategory;
import dev.tradehub.translation.Disposition;
import dev.tradehub.translation.Interchange;
import dev.tradehub.translation.Standard;
import dev.tradehub.translation.TransactionSet;
import dev.tradehub.translation.csv.CsvLayout.Field;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CsvOrderReaderTest {

    private static final CsvOrderReader STANDARD = new CsvOrderReader(CsvLayout.standard());

    @Test
    void rowsOfOnePoFormOneOrderWhateverComesBetween() {
        Interchange batch = STANDARD.read(bytes("""
                poNumber,poDate,currency,shipToId,shipToName,qty,uom,unitPrice,vendorSku,buyerSku
                PO-1,2026-11-27,USD,DC042,Acme DC 42,10,EA,4.50,FURN_7800,
                PO-2,2026-11-28,USD,,,"1,200",CA,12.00,,ACM-LAMP-01
                PO-1,2026-11-27,USD,DC042,Acme DC 42,2,EA,,FURN_8888,
                """));

        assertThat(batch.envelope().standard()).isEqualTo(Standard.CSV);
        assertThat(batch.errors()).isEmpty();
        assertThat(batch.transactionSets()).extracting(TransactionSet::controlNumber).containsExactly("1", "2");
        CanonicalOrder first = batch.transactionSets().get(0).order();
        assertThat(first.poNumber()).isEqualTo("PO-1");
        assertThat(first.poDate()).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(first.shipTo().id()).isEqualTo("DC042");
        assertThat(first.lines()).hasSize(2);
        assertThat(first.lines().get(0).lineNo()).isEqualTo("1");
        assertThat(first.lines().get(0).qty()).isEqualByComparingTo("10");
        assertThat(first.lines().get(1).vendorSku()).isEqualTo("FURN_8888");
        assertThat(first.lines().get(1).unitPrice()).isNull();
        CanonicalOrder second = batch.transactionSets().get(1).order();
        assertThat(second.shipTo()).isNull();
        assertThat(second.lines().get(0).qty()).isEqualByComparingTo(new BigDecimal("1200"));
        assertThat(second.lines().get(0).buyerSku()).isEqualTo("ACM-LAMP-01");
    }

    @Test
    void eachProblemNamesItsRowAndColumnAndRejectsOnlyItsOrder() {
        Interchange batch = STANDARD.read(bytes("""
                poNumber,poDate,qty,vendorSku
                PO-GOOD,2026-11-27,1,FURN_7800
                PO-BAD,27.11.2026,1,FURN_7800
                PO-BAD,2026-11-27,-3,
                ,2026-11-27,1,FURN_7800
                """));

        assertThat(batch.transactionSets()).extracting(TransactionSet::disposition)
                .containsExactly(Disposition.ACCEPTED, Disposition.REJECTED, Disposition.REJECTED);
        TransactionSet bad = batch.transactionSets().get(1);
        assertThat(bad.errors()).extracting(DocumentError::message).containsExactly(
                "row 3, column poDate: '27.11.2026' is not a date such as 2026-11-27",
                "row 4, column poDate: '2026-11-27' differs from row 3 of the same PO ('27.11.2026')",
                "row 4, column qty: the quantity must be more than zero, not -3",
                "row 4: the line names no item (upc, vendorSku or buyerSku)");
        DocumentError date = bad.errors().get(0);
        assertThat(date.category()).isEqualTo(ErrorCategory.INVALID_VALUE);
        assertThat(date.location().segment()).isEqualTo(CsvOrderReader.ROW);
        assertThat(date.location().segmentPosition()).isEqualTo(3);
        assertThat(date.location().element()).isEqualTo(2);
        assertThat(date.location().transaction()).isEqualTo("2");
        assertThat(batch.transactionSets().get(2).errors()).extracting(DocumentError::message)
                .containsExactly("row 5, column poNumber: poNumber is required");
    }

    @Test
    void aPartnersLayoutNamesItsOwnColumns() {
        CsvLayout layout = new CsvLayout(CsvLayout.standard().renamed(Map.of(Field.PO_NUMBER, "Bestellnummer",
                Field.PO_DATE, "Datum", Field.QTY, "Menge", Field.UNIT_PRICE, "Preis", Field.UPC, "EAN")).columns(),
                ';', true, "dd.MM.yyyy");
        Interchange batch = new CsvOrderReader(layout).read(bytes("\uFEFF"
                + "Bestellnummer;Datum;Menge;Preis;EAN\r\n"
                + "B-77;27.11.2026;3;1.234,50;4012345000009\r\n"));

        assertThat(batch.errors()).isEmpty();
        CanonicalOrder order = batch.transactionSets().get(0).order();
        assertThat(order.poDate()).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(order.lines().get(0).unitPrice()).isEqualByComparingTo("1234.50");
        assertThat(order.lines().get(0).upc()).isEqualTo("4012345000009");
    }

    @Test
    void aBatchThatCannotBeReadIsOneErrorOfTheWholePayload() {
        assertThat(STANDARD.read(bytes("poNumber,poDate\nPO-1,2026-11-27\n")).errors())
                .singleElement().satisfies(error -> {
                    assertThat(error.category()).isEqualTo(ErrorCategory.MISSING_MANDATORY);
                    assertThat(error.message()).startsWith("row 1: no column 'qty' (qty) in the header");
                });
        assertThat(STANDARD.read(bytes("poNumber,poDate,qty,upc\n")).errors()).extracting(DocumentError::message)
                .containsExactly("The CSV has a header but no rows");
        assertThat(STANDARD.read(bytes("poNumber,poDate,qty,upc\n\"PO-1,2026-11-27,1,1\n")).errors())
                .singleElement().satisfies(error -> assertThat(error.category()).isEqualTo(ErrorCategory.SYNTAX));
        assertThat(STANDARD.read(bytes("poNumber,poDate,qty,qty,upc\nPO,2026-11-27,1,1,1\n")).errors())
                .extracting(DocumentError::message).contains("row 1: the column 'qty' is there twice");
        TransactionSet wide = STANDARD.read(bytes("poNumber,poDate,qty,upc\nPO-1,2026-11-27,1,123,extra\n"))
                .transactionSets().get(0);
        assertThat(wide.errors()).extracting(DocumentError::message)
                .containsExactly("row 2: 5 cells, but the header has 4 columns");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
