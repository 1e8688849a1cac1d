package dev.tradehub.orderresponse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradehub.canonical.OrderResponse;
import dev.tradehub.canonical.OrderResponse.Line;
import dev.tradehub.canonical.OrderResponse.LineStatus;
import dev.tradehub.orderresponse.edifact.EdifactOrderResponses;
import dev.tradehub.orderresponse.x12.X12OrderResponses;
import dev.tradehub.outbound.OutboundContent;
import dev.tradehub.outbound.WrittenForTest;
import dev.tradehub.translation.Standard;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 855 and ORDRSP segment by segment, each written interchange read back by StAEDI without an error. */
class OrderResponsesTest {


    private static final OrderResponse RESPONSE = new OrderResponse("ACME-PO-1001", LocalDate.of(2026, 1, 15), "S00027",
            LocalDate.of(2026, 12, 2), OrderResponse.Status.ACCEPTED_WITH_CHANGES, "USD", LocalDate.of(2026, 12, 9),
            List.of(new Line("1", new BigDecimal("10"), new BigDecimal("10"), "EA", new BigDecimal("295.00"),
                            new BigDecimal("295.00"), "012345678905", "FURN_7800", null, LineStatus.ACCEPTED, null),
                    new Line("2", new BigDecimal("2"), new BigDecimal("1"), "CA", new BigDecimal("450"),
                            new BigDecimal("450"), null, null, "ACM-LAMP-01", LineStatus.QUANTITY_CHANGED,
                            LocalDate.of(2026, 12, 16)),
                    new Line("3", new BigDecimal("4"), BigDecimal.ZERO, "EA", new BigDecimal("40.5"), null, null,
                            "FURN_0001", null, LineStatus.REJECTED, null)));



    @ParameterizedTest
    @CsvSource({"00401,004010", "00501,005010"})
    void an855EchoesTheBuyersLinesWithTheirStatus(String isa12, String version) {
        String text = WrittenForTest.writtenAndReadBack(Standard.X12, isa12, X12OrderResponses.content(RESPONSE, version));

        assertThat(text).contains("GS*PR*TRADEHUB*ACMEEDI*20261202*0930*1*X*" + version + "~");
        assertThat(text.lines().toList()).containsSubsequence(
                "ST*855*0001~",
                "BAK*00*AC*ACME-PO-1001*20260115****S00027*20261202~",
                "CUR*SE*USD~",
                "DTM*068*20261209~",
                "PO1*1*10*EA*295**UP*012345678905*VN*FURN_7800~",
                "ACK*IA*10*EA*068*20261209~",
                "PO1*2*2*CA*450**BP*ACM-LAMP-01~",
                "ACK*IQ*1*CA*068*20261216~",
                "PO1*3*4*EA*40.5**VN*FURN_0001~",
                "ACK*IR*0*EA*068*20261209~",
                "CTT*3~",
                "SE*12*0001~");
    }

    @ParameterizedTest
    @CsvSource({"UNOC:3,D:96A:UN", "UNOC:3,D:01B:UN", "UNOA:4,D:01B:UN"})
    void anOrdrspSaysTheSameInEdifact(String syntax, String version) {
        String text = WrittenForTest.writtenAndReadBack(Standard.EDIFACT, syntax, EdifactOrderResponses.content(RESPONSE, version));

        assertThat(text.lines().toList()).containsSubsequence(
                "UNH+1+ORDRSP:" + version.replace(":UN", "") + ":UN'",
                "BGM+231+S00027+4'",
                "DTM+137:20261202:102'",
                "DTM+69:20261209:102'",
                "RFF+ON:ACME-PO-1001'",
                "DTM+171:20260115:102'",
                "CUX+2:USD:9'",
                "LIN+1+5+012345678905:EN'",
                "PIA+1+FURN_7800:SA'",
                "QTY+21:10:EA'",
                "QTY+113:10:EA'",
                "PRI+AAA:295'",
                "LIN+2+3'",
                "PIA+1+ACM-LAMP-01:BP'",
                "QTY+21:2:CA'",
                "QTY+113:1:CA'",
                "DTM+69:20261216:102'",
                "LIN+3+7'",
                "QTY+113:0:EA'",
                "UNS+S'",
                "CNT+2:3'",
                "UNT+25+1'");
    }

    @Test
    void theHeaderCodesFollowTheStatus() {
        assertThat(X12OrderResponses.content(withStatus(OrderResponse.Status.ACCEPTED), "004010").groups().get(0)
                .sets().get(0).body().get(0).elements().get(1)).containsExactly("AD");
        assertThat(X12OrderResponses.content(withStatus(OrderResponse.Status.REJECTED), "004010").groups().get(0)
                .sets().get(0).body().get(0).elements().get(1)).containsExactly("RJ");
        assertThat(EdifactOrderResponses.content(withStatus(OrderResponse.Status.REJECTED), "D:96A:UN").groups().get(0)
                .sets().get(0).body().get(0).elements().get(2)).containsExactly("27");
    }

    private static OrderResponse withStatus(OrderResponse.Status status) {
        return new OrderResponse(RESPONSE.poNumber(), RESPONSE.poDate(), RESPONSE.orderReference(),
                RESPONSE.responseDate(), status, RESPONSE.currency(), RESPONSE.promisedShipDate(), RESPONSE.lines());
    }
}
