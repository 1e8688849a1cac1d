package dev.tradehub.channel.as2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.helger.as2lib.crypto.ECryptoAlgorithmSign;
import com.helger.as2lib.crypto.MIC;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MdnReportTest {

    private static final TestIdentity US = TestIdentity.generate("tradehub-test");
    private static final TestIdentity STRANGER = TestIdentity.generate("stranger-test");
    private static final String MIC_TEXT = "dGhlIG1pYyBvZiB3aGF0IHdhcyByZWNlaXZlZCEhISE=, sha-256";

    @Test
    void aSignedMdnReadsBackWithItsDispositionMicAndSigner() throws Exception {
        MdnReport.Content mdn = MdnReport.build("TRADEHUB", "<order-1@acme>", MdnReport.processed(),
                MIC.parse(MIC_TEXT), "Stored as TradeHub message 42.", US.signer(), ECryptoAlgorithmSign.DIGEST_SHA_256);

        assertThat(mdn.contentType()).startsWith("multipart/signed");
        MdnReport.Received read = MdnReport.read(mdn.contentType(), mdn.body(), US.certificate());
        assertThat(read.originalMessageId()).isEqualTo("<order-1@acme>");
        assertThat(read.disposition()).isEqualTo("automatic-action/MDN-sent-automatically; processed");
        assertThat(read.processed()).isTrue();
        assertThat(MdnReport.sameMic(MIC_TEXT, read.receivedMic())).isTrue();
        assertThat(read.text()).isEqualTo("Stored as TradeHub message 42.");
        assertThat(read.signer()).isEqualTo(US.certificate());
    }

    @Test
    void anUnsignedFailureMdnSaysItsError() throws Exception {
        MdnReport.Content mdn = MdnReport.build("TRADEHUB", "<order-2@acme>",
                MdnReport.error("authentication-failed"), null, "Bad signature", null, ECryptoAlgorithmSign.DIGEST_SHA_256);

        assertThat(mdn.contentType()).startsWith("multipart/report");
        MdnReport.Received read = MdnReport.read(mdn.contentType(), mdn.body(), US.certificate());
        assertThat(read.processed()).isFalse();
        assertThat(read.disposition()).endsWith("processed/error: authentication-failed");
        assertThat(read.receivedMic()).isNull();
        assertThat(read.signer()).isNull();
    }

    @Test
    void anMdnSignedByAnotherKeyOrTamperedIsRefused() throws Exception {
        MdnReport.Content mdn = MdnReport.build("TRADEHUB", "<order-3@acme>", MdnReport.processed(),
                MIC.parse(MIC_TEXT), "ok", STRANGER.signer(), ECryptoAlgorithmSign.DIGEST_SHA_256);
        assertThatThrownBy(() -> MdnReport.read(mdn.contentType(), mdn.body(), US.certificate()))
                .isInstanceOfSatisfying(As2Failure.class,
                        failure -> assertThat(failure.dispositionModifier()).isEqualTo("authentication-failed"));

        MdnReport.Content ours = MdnReport.build("TRADEHUB", "<order-3@acme>", MdnReport.processed(),
                MIC.parse(MIC_TEXT), "ok", US.signer(), ECryptoAlgorithmSign.DIGEST_SHA_256);
        byte[] tampered = new String(ours.body(), StandardCharsets.ISO_8859_1).replace("<order-3@acme>",
                "<order-9@acme>").getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> MdnReport.read(ours.contentType(), tampered, US.certificate()))
                .isInstanceOf(As2Failure.class);
    }

    @Test
    void micsCompareByDigestAndAlgorithm() {
        assertThat(MdnReport.sameMic(MIC_TEXT, " dGhlIG1pYyBvZiB3aGF0IHdhcyByZWNlaXZlZCEhISE=,sha-256")).isTrue();
        assertThat(MdnReport.sameMic(MIC_TEXT, "dGhlIG1pYyBvZiB3aGF0IHdhcyByZWNlaXZlZCEhISE=, sha-1")).isFalse();
        assertThat(MdnReport.sameMic(MIC_TEXT, "b3RoZXI=, sha-256")).isFalse();
        assertThat(MdnReport.sameMic(MIC_TEXT, null)).isFalse();
    }

    @Test
    void ourMessageIdsCarryTheOutboundMessage() {
        String id = As2Transport.messageIdOf("0b0c9f0e-5a7d-4c1e-9a57-0c1e2f3a4b5c", "TRADEHUB AS2");
        assertThat(id).isEqualTo("<tradehub-0b0c9f0e-5a7d-4c1e-9a57-0c1e2f3a4b5c@TRADEHUB-AS2>");
        assertThat(As2Transport.outboundMessageIdIn(id)).isEqualTo("0b0c9f0e-5a7d-4c1e-9a57-0c1e2f3a4b5c");
        assertThat(As2Transport.outboundMessageIdIn("<other-1@acme>")).isNull();
        assertThat(As2Transport.quoted("TRADEHUB")).isEqualTo("TRADEHUB");
        assertThat(As2Transport.quoted("TRADE HUB")).isEqualTo("\"TRADE HUB\"");
    }
}
