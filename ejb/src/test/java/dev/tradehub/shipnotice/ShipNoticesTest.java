package dev.tradehub.shipnotice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradehub.canonical.Address;
import dev.tradehub.canonical.ShipNotice;
import dev.tradehub.shipnotice.edifact.EdifactShipNotices;
import dev.tradehub.shipnotice.x12.X12ShipNotices;
import dev.tradehub.outbound.WrittenForTest;
import dev.tradehub.translation.Standard;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 856 and DESADV segment by segment, each written interchange read back by StAEDI without an error. */
class ShipNoticesTest {


    /** A partial delivery of a two-line order (transcripts 14-19 and 14-21: WH/OUT/00012 of S00025). */
    private static final ShipNotice NOTICE = new ShipNotice("WH/OUT/00012", LocalDateTime.of(2026, 12, 1, 19, 15, 20),
            "ACME-PO-1001", LocalDate.of(2026, 1, 15), "S00025",
            new Address("WH", "YourCompany", "250 Executive Park Blvd", null, "San Francisco", "CA", "94134", "US"),
            new Address("DC042", "Acme Warehouse Dock", null, null, null, null, null, null), null, null,
            new BigDecimal("2.08"),
            List.of(new ShipNotice.Line("1", new BigDecimal("10"), new BigDecimal("10"), "EA", "012345678905", "FURN_7800",
                            null),
                    new ShipNotice.Line("2", new BigDecimal("1"), new BigDecimal("2"), "CA", null, null, "ACM-LAMP-01")));


    @ParameterizedTest
    @CsvSource({"00401,004010", "00501,005010"})
    void an856HasShipmentOrderAndItemLevels(String isa12, String version) {
        String text = WrittenForTest.writtenAndReadBack(Standard.X12, isa12, X12ShipNotices.content(NOTICE, version));

        assertThat(text).contains("GS*SH*TRADEHUB*ACMEEDI*20261202*0930*1*X*" + version + "~");
        assertThat(text.lines().toList()).containsSubsequence(
                "ST*856*0001~",
                "BSN*00*WH/OUT/00012*20261201*1915*0004~",
                "HL*1**S~",
                "TD1******G*2.08*KG~",
                "DTM*011*20261201*1915~",
                "N1*SF*YourCompany*92*WH~",
                "N3*250 Executive Park Blvd~",
                "N4*San Francisco*CA*94134*US~",
                "N1*ST*Acme Warehouse Dock*92*DC042~",
                "HL*2*1*O~",
                "PRF*ACME-PO-1001***20260115~",
                "REF*VN*S00025~",
                "HL*3*2*I~",
                "LIN**UP*012345678905*VN*FURN_7800~",
                "SN1*1*10*EA**10*EA~",
                "HL*4*2*I~",
                "LIN**BP*ACM-LAMP-01~",
                "SN1*2*1*CA**2*CA~",
                "CTT*4~",
                "SE*20*0001~");
    }

    @ParameterizedTest
    @CsvSource({"UNOC:3,D:96A:UN", "UNOC:3,D:01B:UN"})
    void aDesadvSaysTheSameInEdifact(String syntax, String version) {
        String text = WrittenForTest.writtenAndReadBack(Standard.EDIFACT, syntax, EdifactShipNotices.content(NOTICE, version));

        assertThat(text.lines().toList()).containsSubsequence(
                "UNH+1+DESADV:" + version + "'",
                "BGM+351+WH/OUT/00012+9'",
                "DTM+137:202612011915:203'",
                "DTM+11:202612011915:203'",
                "MEA+AAX+AAB+KGM:2.08'",
                "RFF+ON:ACME-PO-1001'",
                "DTM+171:20260115:102'",
                "RFF+VN:S00025'",
                "NAD+SF+WH::9++YourCompany+250 Executive Park Blvd+San Francisco+CA+94134+US'",
                "NAD+ST+DC042::9++Acme Warehouse Dock'",
                "CPS+1'",
                "LIN+1++012345678905:EN'",
                "PIA+1+FURN_7800:SA'",
                "QTY+12:10:EA'",
                "QTY+21:10:EA'",
                "LIN+2'",
                "PIA+1+ACM-LAMP-01:BP'",
                "QTY+12:1:CA'",
                "QTY+21:2:CA'",
                "CNT+2:2'",
                "UNT+21+1'");
    }
}
