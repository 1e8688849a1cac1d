package dev.tradehub.channel.as2;

import com.helger.as2lib.client.AS2Client;
import com.helger.as2lib.client.AS2ClientRequest;
import com.helger.as2lib.client.AS2ClientResponse;
import com.helger.as2lib.client.AS2ClientSettings;
import com.helger.as2lib.crypto.ECompressionType;
import com.helger.as2lib.crypto.ECryptoAlgorithmCrypt;
import com.helger.as2lib.crypto.ECryptoAlgorithmSign;
import com.helger.as2lib.crypto.IMICMatchingHandler;
import com.helger.as2lib.crypto.MIC;
import com.helger.as2lib.disposition.DispositionOptions;
import com.helger.as2lib.message.AS2Message;
import com.helger.as2lib.message.IMessage;
import com.helger.as2lib.processor.sender.AS2SenderModule;
import com.helger.security.keystore.EKeyStoreType;
import dev.tradehub.delivery.OutboundTransport;
import dev.tradehub.partner.ChannelSettings.As2Settings;
import dev.tradehub.partner.PartnerProfile;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.hc.core5.util.Timeout;

/**
 * The {@code AS2} outbound transport: the document goes to the partner's AS2 URL through as2-lib's client, signed
 * with our key and encrypted for the partner's certificate as its profile says (compressed if asked), with a
 * Message-ID made of the outbound message's id (the same on every retry, so the partner can tell a re-send). A
 * synchronous MDN must be signed when one was asked for, say {@code processed} and return the MIC of what was sent:
 * then the document is DELIVERED. With an asynchronous MDN the delivery waits (AWAITING_RECEIPT) for
 * {@link OutboundMdns}. Anything else is an {@link IOException}: a TRANSPORT failure, retried.
 */
@ApplicationScoped
public class As2Transport implements OutboundTransport {

    private static final Pattern OUR_MESSAGE_ID = Pattern.compile("<?tradehub-([0-9a-fA-F-]{36})@[^>]*>?");

    @Inject
    private As2Keys keys;

    @EJB
    private As2Exchanges exchanges;

    private final Clock clock = Clock.systemUTC();

    @Override
    public String name() {
        return "AS2";
    }

    @Override
    public Handover handOver(Parcel parcel, PartnerProfile partner) throws IOException {
        As2Settings as2 = partner.channels() == null ? null : partner.channels().as2();
        if (as2 == null) {
            throw new IOException("the partner's profile has no channels.as2");
        }
        List<String> problems = as2.problemsAsOutboundTransport();
        if (!problems.isEmpty()) {
            throw new IOException(String.join("; ", problems));
        }
        X509Certificate partnerCertificate;
        try {
            partnerCertificate = as2.partnerCertificate();
        } catch (IllegalArgumentException e) {
            throw new IOException(e.getMessage());
        }
        String ourId = as2.ourId() == null || as2.ourId().isBlank() ? keys.ourId() : as2.ourId().trim();
        String as2MessageId = messageIdOf(parcel.messageId(), ourId);
        String mode = as2.mdnMode();
        ECryptoAlgorithmSign signing = ECryptoAlgorithmSign.getFromIDOrNull(as2.signingAlgorithmOrDefault());
        ECryptoAlgorithmCrypt encryption = ECryptoAlgorithmCrypt.getFromIDOrNull(as2.encryptionAlgorithmOrDefault());
        if (signing == null || encryption == null) {
            throw new IOException("channels.as2.signingAlgorithm or encryptionAlgorithm is not one as2-lib knows");
        }

        AS2ClientSettings settings = new AS2ClientSettings();
        settings.setKeyStore(EKeyStoreType.PKCS12, keys.keystoreBytes(), keys.keystorePassword());
        settings.setSaveKeyStoreChangesToFile(false);
        settings.setSenderData(ourId, "as2@tradehub.invalid", keys.keyAlias());
        settings.setReceiverData(as2.partnerId().trim(), "tradehub-partner-" + partner.code().toLowerCase(Locale.ROOT),
                as2.url().trim());
        settings.setReceiverCertificate(partnerCertificate);
        settings.setPartnershipName(ourId + "-" + as2.partnerId().trim());
        settings.setEncryptAndSign(as2.encrypts() ? encryption : null, as2.signs() ? signing : null);
        if (as2.compresses()) {
            settings.setCompress(ECompressionType.ZLIB, true);
        }
        settings.setMDNRequested(!"NONE".equals(mode));
        if (!"NONE".equals(mode)) {
            DispositionOptions options = new DispositionOptions().setMICAlg(signing)
                    .setMICAlgImportance(DispositionOptions.IMPORTANCE_REQUIRED);
            if (as2.asksSignedMdn()) {
                options.setProtocol(DispositionOptions.PROTOCOL_PKCS7_SIGNATURE)
                        .setProtocolImportance(DispositionOptions.IMPORTANCE_REQUIRED);
            }
            settings.setMDNOptions(options);
        }
        String asyncUrl = null;
        if ("ASYNC".equals(mode)) {
            asyncUrl = keys.asyncMdnUrl();
            settings.setAsyncMDNUrl(asyncUrl);
        }
        settings.setMessageIDFormat(as2MessageId.substring(1, as2MessageId.length() - 1));
        settings.setRetryCount(0); // the delivery retries, with backoff, and counts the attempts
        settings.setConnectTimeout(Timeout.ofSeconds(30));
        settings.setResponseTimeout(Timeout.ofSeconds(120));
        MicCheck micCheck = new MicCheck();
        settings.setMICMatchingHandler(micCheck);

        AS2ClientRequest request = new AS2ClientRequest("TradeHub " + parcel.fileName())
                .setData(parcel.payload())
                .setContentType(parcel.contentType())
                .setFilename(parcel.fileName());
        AS2Client client = new AS2Client().setAS2SenderModuleFactory(() -> new MicKeepingSenderModule(micCheck));
        AS2ClientResponse response = client.sendSynchronous(settings, request);
        String to = as2.url().trim();

        if ("NONE".equals(mode)) {
            if (response.hasException()) {
                throw new IOException("AS2 message " + as2MessageId + " to " + to + ": "
                        + As2Failure.causeOf(response.getException()));
            }
            return Handover.delivered("AS2 message " + as2MessageId + " sent to " + to + " (no MDN asked for)");
        }
        if ("ASYNC".equals(mode)) {
            if (response.hasException()) {
                throw new IOException("AS2 message " + as2MessageId + " to " + to + ": "
                        + As2Failure.causeOf(response.getException()));
            }
            if (micCheck.sent == null) {
                throw new IOException("AS2 message " + as2MessageId + ": as2-lib computed no MIC to check the MDN by");
            }
            int within = as2.mdnWithinMinutesOrDefault();
            exchanges.sent(parcel.messageId(), partner.code(), as2MessageId, "ASYNC", micCheck.sent.getAsAS2String(),
                    LocalDateTime.now(clock).plusMinutes(within));
            return new Handover(Outcome.AWAITING_RECEIPT, "AS2 message " + as2MessageId + " sent to " + to
                    + " (MIC " + micCheck.sent.getAsAS2String() + "); asynchronous MDN awaited at " + asyncUrl
                    + " within " + within + " min");
        }
        if (!response.hasMDN()) {
            throw new IOException("AS2 message " + as2MessageId + " to " + to + ": no synchronous MDN"
                    + (response.hasException() ? " (" + As2Failure.causeOf(response.getException()) + ")" : ""));
        }
        String disposition = response.getMDNDisposition();
        String mdnId = response.getMDNMessageID();
        MdnReport.Received mdn = new MdnReport.Received(as2MessageId, disposition, micCheck.returned,
                response.getMDNText(), response.getMDNVerificationCertificate());
        if (!mdn.processed()) {
            throw new IOException("AS2 message " + as2MessageId + ": the partner's MDN " + mdnId + " says '"
                    + disposition + "'" + (mdn.text() == null ? "" : ": " + oneLine(mdn.text())));
        }
        if (as2.asksSignedMdn() && mdn.signer() == null) {
            throw new IOException("AS2 message " + as2MessageId + ": the partner's MDN " + mdnId
                    + " is not signed, though a signed MDN was asked for");
        }
        if (response.hasException()) {
            throw new IOException("AS2 message " + as2MessageId + ": the partner's MDN " + mdnId + " cannot be"
                    + " accepted: " + As2Failure.causeOf(response.getException()));
        }
        if (!micCheck.matched) {
            throw new IOException("AS2 message " + as2MessageId + ": the partner's MDN " + mdnId + " returns the MIC "
                    + micCheck.returned + ", not " + (micCheck.sent == null ? "the one sent" : micCheck.sent.getAsAS2String()));
        }
        exchanges.syncMdn(parcel.messageId(), partner.code(), as2MessageId, micCheck.sent.getAsAS2String(),
                disposition, mdnId);
        return Handover.delivered("AS2 message " + as2MessageId + " to " + to + "; synchronous MDN " + mdnId + ": "
                + disposition + "; MIC " + micCheck.returned + " matches"
                + (mdn.signer() == null ? "" : "; signed by " + mdn.signer().getSubjectX500Principal().getName()));
    }

    /** Our Message-ID for an outbound message: {@code <tradehub-{message id}@{our AS2 ID, as a domain}>}. */
    static String messageIdOf(String messageId, String ourId) {
        return "<tradehub-" + messageId + "@" + messageIdDomain(ourId) + ">";
    }

    /** The outbound message's id in one of our Message-IDs (an MDN's Original-Message-ID), or null. */
    static String outboundMessageIdIn(String as2MessageId) {
        if (as2MessageId == null) {
            return null;
        }
        Matcher matcher = OUR_MESSAGE_ID.matcher(as2MessageId.trim());
        return matcher.matches() ? matcher.group(1).toLowerCase(Locale.ROOT) : null;
    }

    /** An AS2 ID as the right-hand side of a Message-ID (letters, digits, dots and hyphens). */
    static String messageIdDomain(String as2Id) {
        String domain = as2Id.replaceAll("[^A-Za-z0-9.-]", "-");
        return domain.isEmpty() ? "tradehub" : domain;
    }

    /** An AS2 ID as an {@code AS2-From}/{@code AS2-To} value: quoted when it holds a space or a special. */
    static String quoted(String as2Id) {
        return as2Id.matches("[!#-\\[\\]-~]+") ? as2Id : "\"" + as2Id.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String oneLine(String text) {
        String line = text.replaceAll("\\s+", " ").trim();
        return line.length() > 300 ? line.substring(0, 300) : line;
    }

    /** What the MIC check of a synchronous MDN found, and the MIC of what was sent. */
    static final class MicCheck implements IMICMatchingHandler {
        volatile MIC sent;
        volatile boolean matched;
        volatile String returned;

        @Override
        public void onMICMatch(IMessage message, String mic) {
            matched = true;
            returned = mic;
        }

        @Override
        public void onMICMismatch(IMessage message, String originalMic, String receivedMic) {
            matched = false;
            returned = receivedMic;
        }
    }

    /**
     * as2-lib's sender, keeping the MIC of what it sent (an asynchronous MDN is checked against it later, from
     * {@code as2_exchange}) instead of writing as2-lib's pending-MDN files.
     */
    static final class MicKeepingSenderModule extends AS2SenderModule {
        private final MicCheck micCheck;

        MicKeepingSenderModule(MicCheck micCheck) {
            this.micCheck = micCheck;
        }

        @Override
        protected MIC calculateAndStoreMIC(AS2Message message) throws Exception {
            MIC mic = super.calculateAndStoreMIC(message);
            micCheck.sent = mic;
            return mic;
        }

        @Override
        protected void storePendingInfo(AS2Message message, MIC mic) {
            micCheck.sent = mic;
        }
    }
}
