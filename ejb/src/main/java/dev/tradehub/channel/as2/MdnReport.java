package dev.tradehub.channel.as2;

import com.helger.as2lib.crypto.ECryptoAlgorithmSign;
import com.helger.as2lib.crypto.ICryptoHelper;
import com.helger.as2lib.crypto.MIC;
import com.helger.as2lib.util.AS2Helper;
import com.helger.as2lib.util.AS2ResourceHelper;
import com.helger.mail.cte.EContentTransferEncoding;
import dev.tradehub.canonical.ErrorCategory;
import jakarta.activation.DataHandler;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Locale;

/**
 * A message disposition notification (RFC 3798, as AS2 uses it: RFC 4130 7.4): a {@code multipart/report} with a
 * human-readable part and a {@code message/disposition-notification} part, signed with as2-lib's crypto helper when
 * the partner asks for it. Builds the MDNs TradeHub sends and reads the ones partners send.
 */
public final class MdnReport {

    static final String REPORTING_UA = "TradeHub AS2";

    private MdnReport() {
    }

    /**
     * An MDN as HTTP content.
     *
     * @param contentType the Content-Type header (with its boundary)
     * @param body        the body
     */
    public record Content(String contentType, byte[] body) {
    }

    /**
     * What an MDN says.
     *
     * @param originalMessageId the Message-ID of the message it answers
     * @param disposition       e.g. {@code automatic-action/MDN-sent-automatically; processed}
     * @param receivedMic       the {@code Received-Content-MIC}, or null
     * @param text              the human-readable part, or null
     * @param signer            the certificate that signed it, or null when unsigned
     */
    public record Received(String originalMessageId, String disposition, String receivedMic, String text,
            X509Certificate signer) {

        /** Whether the disposition is {@code processed} without an error or failure. */
        public boolean processed() {
            String status = disposition == null ? "" : disposition.toLowerCase(Locale.ROOT);
            int semicolon = status.indexOf(';');
            String outcome = semicolon < 0 ? status : status.substring(semicolon + 1).trim();
            return outcome.startsWith("processed") && !outcome.contains("/error") && !outcome.contains("/failure")
                    && !outcome.contains("failed");
        }
    }

    /** The disposition of a message taken in. */
    public static String processed() {
        return "automatic-action/MDN-sent-automatically; processed";
    }

    /** The disposition of a message refused, e.g. {@code processed/error: authentication-failed}. */
    public static String error(String modifier) {
        return "automatic-action/MDN-sent-automatically; processed/error: " + modifier;
    }

    /**
     * Builds an MDN.
     *
     * @param ourId             the reporting AS2 ID (Original- and Final-Recipient)
     * @param originalMessageId the Message-ID answered
     * @param disposition       {@link #processed()} or {@link #error(String)}
     * @param mic               the MIC of what was received, or null (a message that could not be read)
     * @param text              the human-readable explanation
     * @param signWith          our key and certificate when the MDN is to be signed, else null
     * @param signingAlgorithm  the digest of the signature
     */
    public static Content build(String ourId, String originalMessageId, String disposition, MIC mic, String text,
            Signer signWith, ECryptoAlgorithmSign signingAlgorithm) throws IOException {
        try {
            MimeMultipart report = new MimeMultipart("report; report-type=disposition-notification");
            report.addBodyPart(part("text/plain; charset=us-ascii", ascii(text)));
            StringBuilder fields = new StringBuilder()
                    .append("Reporting-UA: ").append(REPORTING_UA).append("\r\n")
                    .append("Original-Recipient: rfc822; ").append(ourId).append("\r\n")
                    .append("Final-Recipient: rfc822; ").append(ourId).append("\r\n")
                    .append("Original-Message-ID: ").append(originalMessageId == null ? "" : originalMessageId)
                    .append("\r\n")
                    .append("Disposition: ").append(disposition).append("\r\n");
            if (mic != null) {
                fields.append("Received-Content-MIC: ").append(mic.getAsAS2String()).append("\r\n");
            }
            report.addBodyPart(part("message/disposition-notification", fields.toString()));
            if (signWith == null) {
                return new Content(report.getContentType(), bytesOf(report));
            }
            // The report as bytes rather than as an object: no DataContentHandler for multipart/report needed.
            MimeBodyPart reportPart = new MimeBodyPart();
            reportPart.setDataHandler(new DataHandler(new ByteArrayDataSource(bytesOf(report),
                    report.getContentType())));
            reportPart.setHeader("Content-Type", report.getContentType());
            MimeBodyPart signed = AS2Helper.getCryptoHelper().sign(reportPart, signWith.certificate(),
                    signWith.key(), signingAlgorithm, true, false, false, EContentTransferEncoding.BASE64);
            MimeMultipart signedContent = (MimeMultipart) signed.getContent();
            return new Content(signedContent.getContentType(), bytesOf(signedContent));
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("The MDN cannot be built: " + As2Failure.causeOf(e), e);
        }
    }

    /**
     * Reads an MDN, checking its signature against the partner's certificate when it is signed.
     *
     * @throws As2Failure when it is no MDN or its signature does not verify
     */
    public static Received read(String contentType, byte[] body, X509Certificate partnerCertificate)
            throws As2Failure {
        ICryptoHelper crypto = AS2Helper.getCryptoHelper();
        try (AS2ResourceHelper resources = new AS2ResourceHelper()) {
            MimeBodyPart part = ReceivedAs2Message.bodyPart(contentType, null, body);
            X509Certificate signer = null;
            boolean signed;
            try {
                signed = crypto.isSigned(part);
            } catch (Exception e) {
                throw notAnMdn(e);
            }
            if (signed) {
                try {
                    part = crypto.verify(part, partnerCertificate, false, false, null, resources);
                    signer = partnerCertificate;
                } catch (Exception e) {
                    throw new As2Failure("authentication-failed", ErrorCategory.TRANSPORT, "The MDN's signature does"
                            + " not verify with the partner's certificate (" + As2Failure.causeOf(e) + ")", e);
                }
            }
            try {
                if (!part.isMimeType("multipart/report")) {
                    throw new As2Failure("unexpected-processing-error", ErrorCategory.TRANSPORT,
                            "Not an MDN: the content is " + part.getContentType() + ", not multipart/report");
                }
                MimeMultipart report = new MimeMultipart(part.getDataHandler().getDataSource());
                String text = null;
                InternetHeaders fields = null;
                for (int i = 0; i < report.getCount(); i++) {
                    BodyPart reportPart = report.getBodyPart(i);
                    if (reportPart.isMimeType("message/disposition-notification")) {
                        try (InputStream in = reportPart.getInputStream()) {
                            fields = new InternetHeaders(in);
                        }
                    } else if (text == null && reportPart.isMimeType("text/*")) {
                        try (InputStream in = reportPart.getInputStream()) {
                            text = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
                        }
                    }
                }
                if (fields == null || fields.getHeader("Disposition", null) == null) {
                    throw new As2Failure("unexpected-processing-error", ErrorCategory.TRANSPORT,
                            "Not an MDN: the report has no message/disposition-notification part with a Disposition");
                }
                return new Received(trimmed(fields.getHeader("Original-Message-ID", null)),
                        trimmed(fields.getHeader("Disposition", null)),
                        trimmed(fields.getHeader("Received-Content-MIC", null)), text, signer);
            } catch (MessagingException | IOException e) {
                throw notAnMdn(e);
            }
        }
    }

    /** Whether two MICs as MDNs write them ({@code base64, sha-256}) are the same digest by the same algorithm. */
    public static boolean sameMic(String expected, String received) {
        if (expected == null || received == null) {
            return false;
        }
        try {
            MIC first = MIC.parse(expected);
            MIC second = MIC.parse(received);
            return first != null && first.equals(second);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Our key and certificate, to sign with. */
    public record Signer(PrivateKey key, X509Certificate certificate) {
    }

    private static MimeBodyPart part(String contentType, String content) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(content.getBytes(StandardCharsets.US_ASCII),
                contentType)));
        part.setHeader("Content-Type", contentType);
        part.setHeader("Content-Transfer-Encoding", "7bit");
        return part;
    }

    private static byte[] bytesOf(MimeMultipart multipart) throws IOException, MessagingException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        multipart.writeTo(out);
        return out.toByteArray();
    }

    /** MDN text is 7-bit: anything else (a partner's name, an exception's words) becomes '?'. */
    private static String ascii(String text) {
        StringBuilder clean = new StringBuilder(text.length() + 2);
        for (char c : text.toCharArray()) {
            clean.append(c == '\n' ? "\r\n" : c == '\r' ? "" : c >= 32 && c < 127 ? String.valueOf(c) : "?");
        }
        return clean.append("\r\n").toString();
    }

    private static String trimmed(String value) {
        return value == null ? null : value.replaceAll("\\s+", " ").trim();
    }

    private static As2Failure notAnMdn(Exception e) {
        return new As2Failure("unexpected-processing-error", ErrorCategory.TRANSPORT,
                "Not a readable MDN (" + As2Failure.causeOf(e) + ")", e);
    }
}
