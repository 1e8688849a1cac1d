package dev.tradehub.channel.as2;

import com.helger.as2lib.crypto.ECryptoAlgorithmSign;
import com.helger.as2lib.crypto.ICryptoHelper;
import com.helger.as2lib.crypto.MIC;
import com.helger.as2lib.util.AS2Helper;
import com.helger.as2lib.util.AS2ResourceHelper;
import dev.tradehub.canonical.ErrorCategory;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeBodyPart;
import java.io.InputStream;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import org.bouncycastle.cms.jcajce.ZlibExpanderProvider;
import org.bouncycastle.mail.smime.SMIMECompressedParser;
import org.bouncycastle.mail.smime.SMIMEUtil;

/**
 * The document inside an AS2 message, taken out of its S/MIME layers with as2-lib's crypto helper (BouncyCastle):
 * decrypted with our key, decompressed, its signature checked against the partner's certificate, in whatever order
 * the sender applied them. The MIC (RFC 4130 7.3.1) is computed over what the sender signed (the signed content with
 * its MIME headers), or, unsigned, over the decrypted content, still compressed if it was (with headers when
 * anything was applied to it).
 *
 * @param payload     the document's bytes
 * @param contentType the document's own content type, e.g. {@code application/edi-x12}
 * @param mic         the MIC for the MDN's {@code Received-Content-MIC}
 * @param signed      whether it was signed (and the signature checked)
 * @param encrypted   whether it was encrypted
 * @param compressed  whether it was compressed
 */
public record ReceivedAs2Message(byte[] payload, String contentType, MIC mic, boolean signed, boolean encrypted,
        boolean compressed) {

    /** What an MDN calls a message whose security is not what the partner's profile asks for. */
    static final String INSUFFICIENT_SECURITY = "insufficient-message-security";

    /**
     * Opens the message.
     *
     * @param contentType          the HTTP Content-Type
     * @param transferEncoding     the HTTP Content-Transfer-Encoding, or null
     * @param body                 the HTTP body
     * @param ourCertificate       our certificate (the recipient the message is encrypted for)
     * @param ourKey               our private key
     * @param partnerCertificate   the partner's certificate (checks its signature)
     * @param acceptUnsigned       whether an unsigned message is taken
     * @param micAlgorithm         the MIC algorithm the sender asked for
     * @throws As2Failure          why not, with the MDN's disposition modifier
     */
    public static ReceivedAs2Message open(String contentType, String transferEncoding, byte[] body,
            X509Certificate ourCertificate, PrivateKey ourKey, X509Certificate partnerCertificate,
            boolean acceptUnsigned, ECryptoAlgorithmSign micAlgorithm) throws As2Failure {
        if (contentType == null) {
            throw new As2Failure("unexpected-processing-error", ErrorCategory.TRANSPORT,
                    "The AS2 message has no Content-Type");
        }
        ICryptoHelper crypto = AS2Helper.getCryptoHelper();
        try (AS2ResourceHelper resources = new AS2ResourceHelper()) {
            MimeBodyPart part = bodyPart(contentType, transferEncoding, body);
            boolean encrypted = isEncrypted(crypto, part);
            if (encrypted) {
                try {
                    part = crypto.decrypt(part, ourCertificate, ourKey, false, resources);
                } catch (Exception e) {
                    throw new As2Failure("decryption-failed", ErrorCategory.TRANSPORT, "The AS2 message cannot be"
                            + " decrypted with our key (" + As2Failure.causeOf(e) + ")", e);
                }
            }
            // Unsigned, the MIC covers the content as it was before anything but encryption was undone (a
            // compressed part stays compressed: as2-lib's sender, like RFC 5402, digests what it compressed).
            MimeBodyPart signedContent = part;
            boolean compressed = false;
            if (isCompressed(crypto, part)) {
                part = decompress(part);
                compressed = true;
            }
            boolean signed = isSigned(crypto, part);
            if (signed) {
                try {
                    part = crypto.verify(part, partnerCertificate, false, false, null, resources);
                } catch (Exception e) {
                    throw new As2Failure("authentication-failed", ErrorCategory.TRANSPORT, "The AS2 message's"
                            + " signature does not verify with the partner's certificate (" + As2Failure.causeOf(e)
                            + ")", e);
                }
                signedContent = part;
            } else if (!acceptUnsigned) {
                throw new As2Failure(INSUFFICIENT_SECURITY, ErrorCategory.TRANSPORT, "The AS2 message is not signed;"
                        + " the partner's profile takes signed messages only (channels.as2.acceptUnsigned)");
            }
            if (isCompressed(crypto, part)) {
                part = decompress(part);
                compressed = true;
            }
            try {
                MIC mic = crypto.calculateMIC(signedContent, micAlgorithm, signed || encrypted || compressed);
                byte[] payload;
                try (InputStream in = part.getInputStream()) {
                    payload = in.readAllBytes();
                }
                return new ReceivedAs2Message(payload, part.getContentType(), mic, signed, encrypted, compressed);
            } catch (Exception e) {
                throw new As2Failure("unexpected-processing-error", ErrorCategory.TRANSPORT,
                        "The AS2 message's content cannot be read (" + As2Failure.causeOf(e) + ")", e);
            }
        }
    }

    /** The HTTP body as the MIME part it is (AS2 carries the part's headers as HTTP headers). */
    static MimeBodyPart bodyPart(String contentType, String transferEncoding, byte[] body) throws As2Failure {
        try {
            InternetHeaders headers = new InternetHeaders();
            headers.setHeader("Content-Type", contentType);
            if (transferEncoding != null) {
                headers.setHeader("Content-Transfer-Encoding", transferEncoding);
            }
            return new MimeBodyPart(headers, body);
        } catch (MessagingException e) {
            throw new As2Failure("unexpected-processing-error", ErrorCategory.TRANSPORT,
                    "The AS2 message is not a MIME entity (" + As2Failure.causeOf(e) + ")", e);
        }
    }

    private static boolean isEncrypted(ICryptoHelper crypto, MimeBodyPart part) throws As2Failure {
        try {
            return crypto.isEncrypted(part);
        } catch (Exception e) {
            throw unreadable(e);
        }
    }

    private static boolean isSigned(ICryptoHelper crypto, MimeBodyPart part) throws As2Failure {
        try {
            return crypto.isSigned(part);
        } catch (Exception e) {
            throw unreadable(e);
        }
    }

    private static boolean isCompressed(ICryptoHelper crypto, MimeBodyPart part) throws As2Failure {
        try {
            return crypto.isCompressed(part.getContentType());
        } catch (Exception e) {
            throw unreadable(e);
        }
    }

    private static MimeBodyPart decompress(MimeBodyPart part) throws As2Failure {
        try {
            return SMIMEUtil.toMimeBodyPart(new SMIMECompressedParser(part).getContent(new ZlibExpanderProvider()));
        } catch (Exception e) {
            throw new As2Failure("decompression-failed", ErrorCategory.TRANSPORT,
                    "The AS2 message cannot be decompressed (" + As2Failure.causeOf(e) + ")", e);
        }
    }

    private static As2Failure unreadable(Exception e) {
        return new As2Failure("unexpected-processing-error", ErrorCategory.TRANSPORT,
                "The AS2 message's MIME structure cannot be read (" + As2Failure.causeOf(e) + ")", e);
    }

    @Override
    public String toString() {
        return "ReceivedAs2Message[" + payload.length + " bytes " + contentType + ", signed=" + signed + ", encrypted="
                + encrypted + ", compressed=" + compressed + ", mic=" + mic.getAsAS2String() + "]";
    }
}
