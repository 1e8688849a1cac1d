package dev.tradehub.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradehub.canonical.Address;
import dev.tradehub.canonical.Invoice;
import dev.tradehub.invoice.edifact.EdifactInvoices;
import dev.tradehub.invoice.x12.X12Invoices;
import dev.tradehub.outbound.WrittenForTest;
import dev.tradehub.translation.Standard;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 810 and INVOIC segment by segment (the posted invoice of transcripts 14-22..24), read back by StAEDI. */
class InvoicesTest {

    private static final Invoice INVOICE = invoice(false);

    private static Invoice invoice(boolean creditNote) {
        return new Invoice("INV/2026/00010", LocalDate.of(2026, 12, 1), creditNote, "PO-ACME-850-7",
                LocalDate.of(2026, 11, 30), "S00046", "USD",
                new Address(null, "YourCompany", "250 Executive Park Blvd", null, "San Francisco", "CA", "94134", "US"),
                new Address("DC042", "Acme Receiving Dock", null, null, null, null, null, null),
                LocalDate.of(2026, 12, 31), 30,
                List.of(new Invoice.Line("1", new BigDecimal("3.0"), "EA", new BigDecimal("40.0"), new BigDecimal("120.0"),
                                null, "FURN_8888", null, "[FURN_8888] Office Lamp"),
                        new Invoice.Line("2", new BigDecimal("2.0"), "EA", new BigDecimal("100.0"),
                                new BigDecimal("200.0"), "012345678905", null, "ACM-BOX-2", null),
                        new Invoice.Line("3", new BigDecimal("5.0"), "EA", new BigDecimal("110.5"),
                                new BigDecimal("552.5"), null, "FURN_8855", null, null)),
                List.of(new Invoice.Tax("15%", new BigDecimal("15.0"), new BigDecimal("200.0"), new BigDecimal("30.0"))),
                new BigDecimal("872.5"), new BigDecimal("30.0"), new BigDecimal("902.5"));
    }

    @ParameterizedTest
    @CsvSource({"00401,004010", "00501,005010"})
    void an810CarriesLinesTaxesAndTheAmountDue(String isa12, String version) {
        String text = WrittenForTest.writtenAndReadBack(Standard.X12, isa12, X12Invoices.content(INVOICE, version));

        assertThat(text).contains("GS*IN*TRADEHUB*ACMEEDI*20261202*0930*1*X*" + version + "~");
        assertThat(text.lines().toList()).containsSubsequence(
                "ST*810*0001~",
                "BIG*20261201*INV/2026/00010*20261130*PO-ACME-850-7~",
                "CUR*SE*USD~",
                "REF*VN*S00046~",
                "N1*RI*YourCompany~",
                "N3*250 Executive Park Blvd~",
                "N4*San Francisco*CA*94134*US~",
                "N1*ST*Acme Receiving Dock*92*DC042~",
                "ITD*05*3****20261231*30~",
                "IT1*1*3*EA*40**VN*FURN_8888~",
                "PID*F****[FURN_8888] Office Lamp~",
                "IT1*2*2*EA*100**UP*012345678905*BP*ACM-BOX-2~",
                "IT1*3*5*EA*110.5**VN*FURN_8855~",
                "TDS*90250~",
                "TXI*ST*30*15~",
                "CTT*3~",
                "SE*17*0001~");
    }

    @Test
    void aCreditNoteIsMarkedAsOne() {
        String x12 = WrittenForTest.writtenAndReadBack(Standard.X12, "00401", X12Invoices.content(invoice(true), "004010"));
        assertThat(x12).contains("BIG*20261201*INV/2026/00010*20261130*PO-ACME-850-7***CR~");
        String edifact = WrittenForTest.writtenAndReadBack(Standard.EDIFACT, "UNOC:3",
                EdifactInvoices.content(invoice(true), "D:96A:UN"));
        assertThat(edifact).contains("BGM+381+INV/2026/00010+9'");
    }

    @ParameterizedTest
    @CsvSource({"UNOC:3,D:96A:UN", "UNOC:3,D:01B:UN"})
    void anInvoicSaysTheSameInEdifact(String syntax, String version) {
        String text = WrittenForTest.writtenAndReadBack(Standard.EDIFACT, syntax, EdifactInvoices.content(INVOICE, version));

        assertThat(text.lines().toList()).containsSubsequence(
                "UNH+1+INVOIC:" + version + "'",
                "BGM+380+INV/2026/00010+9'",
                "DTM+137:20261201:102'",
                "RFF+ON:PO-ACME-850-7'",
                "DTM+171:20261130:102'",
                "RFF+VN:S00046'",
                "NAD+PE+++YourCompany+250 Executive Park Blvd+San Francisco+CA+94134+US'",
                "NAD+ST+DC042::9++Acme Receiving Dock'",
                "CUX+2:USD:4'",
                "PAT+1++5:3:D:30'",
                "DTM+13:20261231:102'",
                "LIN+1'",
                "PIA+1+FURN_8888:SA'",
                "IMD+F++:::[FURN_8888] Office Lamp'",
                "QTY+47:3:EA'",
                "MOA+203:120'",
                "PRI+AAA:40'",
                "LIN+2++012345678905:EN'",
                "PIA+1+ACM-BOX-2:BP'",
                "LIN+3'",
                "MOA+203:552.5'",
                "UNS+S'",
                "CNT+2:3'",
                "MOA+79:872.5'",
                "MOA+176:30'",
                "MOA+86:902.5'",
                "TAX+7+VAT+++:::15'",
                "MOA+124:30'");
    }
}
