package dev.tradehub.web.portal.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PayloadSegmentsTest {

    private static final String X12 = "ISA*00*          *00*          *ZZ*ACMEEDI        *ZZ*TRADEHUB       *260115*1200*U*00401*000000101*0*T*>~\n"
            + "GS*PO*ACMEEDI*TRADEHUB*20260115*1200*101*X*004010~\nST*850*0001~\nBEG*00*SA*PO-1**20260115~\n"
            + "PO1*1*10*EA*2.5**UP*036000291452~\nSE*4*0001~\nGE*1*101~\nIEA*1*000000101~\n";

    @Test
    void x12IsCutAtTheTerminatorTheIsaNamesAndTheErrorsSegmentIsMarked() {
        List<PayloadSegments.Segment> segments = PayloadSegments.of(X12, List.of(new PayloadSegments.Target("PO1", 5)));

        assertThat(segments).hasSize(8);
        assertThat(segments.get(4).text()).isEqualTo("PO1*1*10*EA*2.5**UP*036000291452~");
        assertThat(segments).filteredOn(PayloadSegments.Segment::offending).extracting(PayloadSegments.Segment::position)
                .containsExactly(5);
    }

    @Test
    void edifactHonoursTheReleaseCharacterAndDoesNotCountTheUna() {
        String edifact = "UNA:+.? 'UNB+UNOC:3+BETA:14+TRADEHUB:14+260115:1200+1'UNH+1+ORDERS:D:96A:UN'"
                + "FTX+AAI+++It?'s fine'UNT+3+1'UNZ+1+1'";

        List<PayloadSegments.Segment> segments = PayloadSegments.of(edifact,
                List.of(new PayloadSegments.Target("FTX", 3)));

        assertThat(segments).extracting(PayloadSegments.Segment::text).containsExactly("UNA:+.? '",
                "UNB+UNOC:3+BETA:14+TRADEHUB:14+260115:1200+1'", "UNH+1+ORDERS:D:96A:UN'", "FTX+AAI+++It?'s fine'",
                "UNT+3+1'", "UNZ+1+1'");
        assertThat(segments).filteredOn(PayloadSegments.Segment::offending).extracting(PayloadSegments.Segment::text)
                .containsExactly("FTX+AAI+++It?'s fine'");
    }

    @Test
    void anythingElseIsOneBlockWithNothingMarked() {
        assertThat(PayloadSegments.of("{\"poNumber\":\"1\"}", List.of(new PayloadSegments.Target("BEG", 4))))
                .containsExactly(new PayloadSegments.Segment(1, "{\"poNumber\":\"1\"}", false));
    }
}
