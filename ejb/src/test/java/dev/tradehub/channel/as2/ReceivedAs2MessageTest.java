package dev.tradehub.channel.as2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.helger.as2lib.crypto.ECompressionType;
import com.helger.as2lib.crypto.ECryptoAlgorithmCrypt;
import com.helger.as2lib.crypto.ECryptoAlgorithmSign;
import com.helger.as2lib.crypto.MIC;
import com.helger.as2lib.processor.sender.AS2SenderModule;
import com.helger.as2lib.util.AS2Helper;
import com.helger.mail.cte.EContentTransferEncoding;
import dev.tradehub.canonical.ErrorCategory;
import jakarta.activation.DataHandler;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Messages secured by as2-lib's own sender (the way a partner on as2-lib sends them) are opened, and their MIC is the
 * one as2-lib's sender computes, in every combination of signing, encryption and compression (but compression
 * alone: its MIC covers the compressed part's MIME headers, which travel as HTTP headers this test does not rebuild;
 * the end-to-end test sends over HTTP).
 */
class ReceivedAs2MessageTest {

    private static final TestIdentity US = TestIdentity.generate("tradehub-test");
    private static final TestIdentity PARTNER = TestIdentity.generate("partner-test");
    private static final TestIdentity STRANGER = TestIdentity.generate("stranger-test");
    private static final byte[] ORDER = "ISA*00*          *00*          *ZZ*ACMEEDI        *ZZ*TRADEHUB       *261127*1200*U*00401*000007101*0*P*>~"
            .getBytes(StandardCharsets.US_ASCII);

    /** A message as the partner's as2-lib sends it, and the MIC its sender keeps for the MDN. */
    record Sent(String contentType, byte[] body, String mic) {
    }

    static Sent secure(boolean sign, boolean encrypt, boolean compress, TestIdentity signer, TestIdentity recipient)
            throws Exception {
        MimeBodyPart data = new MimeBodyPart();
        data.setDataHandler(new DataHandler(new ByteArrayDataSource(ORDER, "application/edi-x12")));
        data.setHeader("Content-Type", "application/edi-x12");
        data.setHeader("Content-Transfer-Encoding", "binary");
        AtomicReference<MimeBodyPart> compressed = new AtomicReference<>();
        MimeBodyPart secured = AS2SenderModule.secureMimeBodyPart(data, EContentTransferEncoding.BINARY,
                compress ? ECompressionType.ZLIB : null, true, compressed::set,
                sign ? ECryptoAlgorithmSign.DIGEST_SHA_256 : null, signer.certificate(), signer.key(), true, false,
                false, encrypt ? ECryptoAlgorithmCrypt.CRYPT_AES128_CBC : null, recipient.certificate(), "test");
        MimeBodyPart micOver = compressed.get() != null ? compressed.get() : data;
        MIC mic = AS2Helper.getCryptoHelper().calculateMIC(micOver, ECryptoAlgorithmSign.DIGEST_SHA_256,
                sign || encrypt || compress);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        Object content = secured.getContent();
        if (content instanceof MimeMultipart multipart) {
            multipart.writeTo(body);
            return new Sent(multipart.getContentType(), body.toByteArray(), mic.getAsAS2String());
        }
        secured.getDataHandler().writeTo(body);
        return new Sent(secured.getContentType(), body.toByteArray(), mic.getAsAS2String());
    }

    private static ReceivedAs2Message open(Sent sent, boolean acceptUnsigned) throws As2Failure {
        return ReceivedAs2Message.open(sent.contentType().replaceAll("\\s*\\r?\\n\\s*", " "), "binary", sent.body(),
                US.certificate(), US.key(), PARTNER.certificate(), acceptUnsigned, ECryptoAlgorithmSign.DIGEST_SHA_256);
    }

    @ParameterizedTest(name = "signed {0}, encrypted {1}, compressed {2}")
    @CsvSource({"true,true,false", "true,true,true", "true,false,false", "true,false,true", "false,true,false",
            "false,true,true"})
    void everyCombinationOpensWithTheSendersMic(boolean sign, boolean encrypt, boolean compress) throws Exception {
        Sent sent = secure(sign, encrypt, compress, PARTNER, US);

        ReceivedAs2Message opened = open(sent, true);

        assertThat(opened.payload()).isEqualTo(ORDER);
        assertThat(opened.contentType()).startsWith("application/edi-x12");
        assertThat(opened.signed()).isEqualTo(sign);
        assertThat(opened.encrypted()).isEqualTo(encrypt);
        assertThat(opened.compressed()).isEqualTo(compress);
        assertThat(opened.mic().getAsAS2String()).isEqualTo(sent.mic());
    }

    @Test
    void aTamperedMessageFailsItsSignature() throws Exception {
        Sent sent = secure(true, false, false, PARTNER, US);
        String body = new String(sent.body(), StandardCharsets.ISO_8859_1).replace("ACMEEDI", "EVILEDI");
        Sent tampered = new Sent(sent.contentType(), body.getBytes(StandardCharsets.ISO_8859_1), sent.mic());

        assertThatThrownBy(() -> open(tampered, false)).isInstanceOfSatisfying(As2Failure.class, failure -> {
            assertThat(failure.dispositionModifier()).isEqualTo("authentication-failed");
            assertThat(failure.category()).isEqualTo(ErrorCategory.TRANSPORT);
        });
    }

    @Test
    void aMessageSignedWithAnotherKeyFailsItsSignature() throws Exception {
        Sent sent = secure(true, true, false, STRANGER, US);

        assertThatThrownBy(() -> open(sent, false)).isInstanceOfSatisfying(As2Failure.class,
                failure -> assertThat(failure.dispositionModifier()).isEqualTo("authentication-failed"));
    }

    @Test
    void aMessageEncryptedForAnotherCertificateCannotBeDecrypted() throws Exception {
        Sent sent = secure(true, true, false, PARTNER, STRANGER);

        assertThatThrownBy(() -> open(sent, false)).isInstanceOfSatisfying(As2Failure.class,
                failure -> assertThat(failure.dispositionModifier()).isEqualTo("decryption-failed"));
    }

    @Test
    void anUnsignedMessageIsRefusedUnlessTheProfileAcceptsIt() throws Exception {
        Sent sent = secure(false, true, false, PARTNER, US);

        assertThatThrownBy(() -> open(sent, false)).isInstanceOfSatisfying(As2Failure.class,
                failure -> assertThat(failure.dispositionModifier()).isEqualTo("insufficient-message-security"));
        assertThat(open(sent, true).payload()).isEqualTo(ORDER);
    }
}
