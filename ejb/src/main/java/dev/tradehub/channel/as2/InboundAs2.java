package dev.tradehub.channel.as2;

import com.helger.as2lib.crypto.ECryptoAlgorithmSign;
import dev.tradehub.canonical.DocumentError;
import dev.tradehub.canonical.ErrorCategory;
import dev.tradehub.canonical.Location;
import dev.tradehub.intake.DocumentIntake;
import dev.tradehub.intake.GroupCommitIntake;
import dev.tradehub.intake.IncomingDocument;
import dev.tradehub.intake.Receipt;
import dev.tradehub.partner.ChannelSettings.As2Settings;
import dev.tradehub.partner.PartnerProfile;
import dev.tradehub.partner.PartnerRegistry;
import dev.tradehub.persistence.as2.As2Exchange;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Takes a partner's AS2 message in: identifies the partner by its AS2 IDs, opens the S/MIME layers, hands the
 * document to the intake and answers with an MDN once the intake has committed it (synchronously in the HTTP answer,
 * or posted to the partner's {@code Receipt-Delivery-Option}). What cannot be taken in as sent (unknown AS2 ID, a
 * signature that does not verify, a message we cannot decrypt) is kept with its raw HTTP body and content type,
 * FAILED under its category, and answered with a failure MDN. A Message-ID the partner sent before is answered with
 * the same MDN and not taken in again.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class InboundAs2 {

    static final String CHANNEL = "as2";
    private static final Logger LOG = Logger.getLogger(InboundAs2.class.getName());

    @EJB
    private GroupCommitIntake intake;

    @EJB
    private DocumentIntake refusals;

    @EJB
    private PartnerRegistry partners;

    @EJB
    private As2Exchanges exchanges;

    @EJB
    private AsyncMdnSender asyncMdns;

    @Inject
    private As2Keys keys;

    /** What the sender asked of the MDN (RFC 4130 7.3). */
    record MdnWish(boolean requested, boolean signed, ECryptoAlgorithmSign micAlgorithm, String asyncUrl) {

        static MdnWish of(As2Request request) {
            boolean requested = request.header("Disposition-Notification-To") != null;
            String options = request.header("Disposition-Notification-Options");
            boolean signed = false;
            ECryptoAlgorithmSign algorithm = null;
            if (options != null) {
                for (String option : options.split(";")) {
                    String[] nameAndValue = option.split("=", 2);
                    if (nameAndValue.length < 2) {
                        continue;
                    }
                    String name = nameAndValue[0].trim().toLowerCase(Locale.ROOT);
                    String[] values = nameAndValue[1].split(",");
                    if (name.equals("signed-receipt-protocol")) {
                        for (String value : values) {
                            signed |= value.trim().equalsIgnoreCase("pkcs7-signature");
                        }
                    } else if (name.equals("signed-receipt-micalg")) {
                        for (String value : values) {
                            ECryptoAlgorithmSign candidate = ECryptoAlgorithmSign.getFromIDOrNull(
                                    value.trim().toLowerCase(Locale.ROOT));
                            if (algorithm == null && candidate != null) {
                                algorithm = candidate;
                            }
                        }
                    }
                }
            }
            return new MdnWish(requested, signed, algorithm == null ? ECryptoAlgorithmSign.DIGEST_SHA_256 : algorithm,
                    request.header("Receipt-Delivery-Option"));
        }

        String mode() {
            return !requested ? "NONE" : asyncUrl != null ? "ASYNC" : "SYNC";
        }
    }

    /** Receives one AS2 message and answers it; never throws (a failure is an MDN, or a plain 4xx/5xx without one). */
    public As2Response receive(As2Request request) {
        String messageId = request.header("Message-ID");
        String from = request.as2Id("AS2-From");
        String to = request.as2Id("AS2-To");
        MdnWish wish = MdnWish.of(request);
        if (messageId == null || from == null || to == null) {
            Receipt kept = refuse(request, null, messageId, new As2Failure("unexpected-processing-error",
                    ErrorCategory.TRANSPORT, "Not an AS2 message: AS2-From, AS2-To and Message-ID are required"));
            return As2Response.text(400, "Not an AS2 message: AS2-From, AS2-To and Message-ID are required (kept as "
                    + kept.messageId() + ")");
        }
        String ourDefaultId;
        try {
            ourDefaultId = keys.ourId();
            keys.privateKey();
        } catch (IOException notConfigured) {
            LOG.warning(() -> "An AS2 message from " + from + " arrived, but " + notConfigured.getMessage());
            return As2Response.text(503, "AS2 is not configured on this server");
        }
        Optional<PartnerProfile> partner = partnerWithAs2Id(from);
        String ourId = partner.map(p -> p.channels().as2().ourId()).filter(id -> !id.isBlank()).orElse(ourDefaultId);
        if (partner.isEmpty() || !ourId.equals(to)) {
            As2Failure unknown = new As2Failure("unknown-trading-partner", ErrorCategory.UNKNOWN_PARTNER,
                    partner.isEmpty() ? "No partner's profile has the AS2 ID '" + from + "' (channels.as2.partnerId)"
                            : "The AS2 message is addressed to '" + to + "', not to our AS2 ID '" + ourId + "'");
            return refused(request, partner.orElse(null), from, to.equals(ourId) ? ourId : ourDefaultId, messageId,
                    wish, unknown);
        }
        PartnerProfile profile = partner.get();
        if (!profile.channels().allowsInbound(CHANNEL)) {
            return refused(request, profile, from, ourId, messageId, wish, new As2Failure("unknown-trading-partner",
                    ErrorCategory.UNKNOWN_PARTNER, "The partner " + profile.code() + " does not send over AS2"
                            + " (channels.inbound is " + profile.channels().inbound() + ")"));
        }
        As2Settings settings = profile.channels().as2();
        ReceivedAs2Message opened;
        try {
            opened = ReceivedAs2Message.open(request.header("Content-Type"),
                    request.header("Content-Transfer-Encoding"), request.body(), keys.certificate(),
                    keys.privateKey(), settings.partnerCertificate(), settings.acceptsUnsigned(), wish.micAlgorithm());
        } catch (As2Failure failure) {
            return refused(request, profile, from, ourId, messageId, wish, failure);
        } catch (IOException | IllegalArgumentException e) {
            return refused(request, profile, from, ourId, messageId, wish, new As2Failure(
                    "unexpected-processing-error", ErrorCategory.TRANSPORT, "The AS2 message cannot be checked: "
                            + e.getMessage(), e));
        }
        // A re-send may be encrypted (and compressed) anew: same Message-ID, other bytes. It is answered as the first
        // time, with the MIC of what came this time.
        Optional<As2Exchange> earlier = exchanges.inbound(profile.code(), messageId);
        if (earlier.isPresent()) {
            exchanges.receivedAgain(earlier.get(), wish.mode());
            return answer(profile, from, ourId, messageId, wish, earlier.get().getMdnDisposition(),
                    opened.mic().getAsAS2String(), "The message " + messageId + " was received before (as TradeHub"
                            + " message " + earlier.get().getMessageId() + ") and is not taken in again.", null);
        }
        Receipt receipt = intake.accept(new IncomingDocument(opened.payload(), opened.payload().length,
                opened.contentType(), CHANNEL, null, profile.code(), messageId));
        String disposition;
        String text;
        if (receipt.refusal() != null) {
            disposition = MdnReport.error("unexpected-processing-error");
            text = "The document was received and kept as TradeHub message " + receipt.messageId()
                    + ", but it cannot be processed: " + (receipt.refusal() == Receipt.Refusal.TOO_LARGE
                            ? "it is larger than the limit" : "its content type " + opened.contentType()
                                    + " is not accepted") + ".";
        } else {
            disposition = MdnReport.processed();
            text = "The document was received" + (receipt.duplicate() ? " before" : "") + " and stored as TradeHub"
                    + " message " + receipt.messageId() + (opened.signed() ? "; its signature was verified" : "")
                    + ".";
        }
        String mic = opened.mic().getAsAS2String();
        return answer(profile, from, ourId, messageId, wish, disposition, mic, text, receipt.messageId());
    }

    /** Keeps a message that cannot be taken in as sent and answers it with a failure MDN (or a plain 4xx). */
    private As2Response refused(As2Request request, PartnerProfile partner, String from, String ourId,
            String messageId, MdnWish wish, As2Failure failure) {
        LOG.log(Level.WARNING, "AS2 message " + messageId + " from " + from + " refused: " + failure.getMessage());
        Receipt kept = refuse(request, partner, messageId, failure);
        String text = "The message was not taken in: " + failure.getMessage() + ". It is kept as TradeHub message "
                + kept.messageId() + ".";
        if (!wish.requested()) {
            return As2Response.text(failure.category() == ErrorCategory.UNKNOWN_PARTNER ? 403 : 400, text);
        }
        String disposition = MdnReport.error(failure.dispositionModifier());
        // An unknown sender's MDN goes back in the HTTP answer only: TradeHub posts to no address a stranger names.
        MdnWish answered = partner == null ? new MdnWish(true, wish.signed(), wish.micAlgorithm(), null) : wish;
        As2Response answer = answer(partner, from, ourId, messageId, answered, disposition, null, text, null);
        exchanges.refusalAnswered(kept.messageId(), wish.mode(), disposition, answer.headers().get("Message-ID"),
                messageId);
        return answer;
    }

    private Receipt refuse(As2Request request, PartnerProfile partner, String messageId, As2Failure failure) {
        return refusals.refuse(new IncomingDocument(request.body(), request.body().length,
                request.header("Content-Type"), CHANNEL, null, partner == null ? null : partner.code(), messageId),
                new DocumentError(failure.category(), Location.ofPayload(), failure.getMessage()));
    }

    /**
     * The MDN, synchronous or posted; recorded on the message's timeline when {@code takenIn} names a message the
     * intake committed.
     */
    private As2Response answer(PartnerProfile partner, String partnerId, String ourId, String originalMessageId,
            MdnWish wish, String disposition, String mic, String text, String takenIn) {
        if (!wish.requested()) {
            if (takenIn != null) {
                remember(takenIn, partner.code(), originalMessageId, "NONE", disposition, mic, null);
            }
            return As2Response.text(200, text);
        }
        String mdnMessageId = "<tradehub-mdn-" + UUID.randomUUID() + "@" + As2Transport.messageIdDomain(ourId) + ">";
        MdnReport.Content content;
        try {
            MdnReport.Signer signer = wish.signed() ? new MdnReport.Signer(keys.privateKey(), keys.certificate())
                    : null;
            content = MdnReport.build(ourId, originalMessageId, disposition,
                    mic == null ? null : com.helger.as2lib.crypto.MIC.parse(mic), text, signer, wish.micAlgorithm());
        } catch (IOException e) {
            LOG.log(Level.SEVERE, "The MDN for AS2 message " + originalMessageId + " cannot be built", e);
            return As2Response.text(500, "The MDN cannot be built; the message " + (takenIn == null
                    ? "was not taken in" : "is stored as TradeHub message " + takenIn));
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("AS2-Version", "1.2");
        headers.put("AS2-From", As2Transport.quoted(ourId));
        headers.put("AS2-To", As2Transport.quoted(partnerId));
        headers.put("Message-ID", mdnMessageId);
        headers.put("Date", DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now()));
        headers.put("Mime-Version", "1.0");
        headers.put("Server", MdnReport.REPORTING_UA);
        headers.put("Content-Type", content.contentType().replaceAll("\\s*\\r?\\n\\s*", " "));
        As2Response mdn = new As2Response(200, headers, content.body());
        if (takenIn != null) {
            remember(takenIn, partner.code(), originalMessageId, wish.mode(), disposition, mic, mdnMessageId);
        }
        if (wish.asyncUrl() != null) {
            asyncMdns.send(wish.asyncUrl(), mdn, originalMessageId);
            return As2Response.text(200, "Received; the MDN follows to " + wish.asyncUrl());
        }
        return mdn;
    }

    /**
     * Records the exchange and the MDN on the message's timeline. The document is committed already, so a failure here
     * (a concurrent re-send of the same Message-ID took the row first) must not withhold its MDN.
     */
    private void remember(String messageId, String partnerCode, String as2MessageId, String mode, String disposition,
            String mic, String mdnMessageId) {
        try {
            exchanges.receivedInbound(messageId, partnerCode, as2MessageId, mode, disposition, mic, mdnMessageId);
        } catch (RuntimeException e) {
            LOG.warning(() -> "The AS2 exchange of message " + messageId + " (" + as2MessageId + ") was not recorded: "
                    + As2Failure.causeOf(e));
        }
    }

    /**
     * Keeps the first bytes of a message larger than the intake's limit (refused by the intake as too large, as any
     * channel's) and answers 413: it is not opened, and no MDN can be given for what was not read.
     */
    public As2Response tooLarge(As2Request firstBytes, long declaredSize) {
        PartnerProfile partner = Optional.ofNullable(firstBytes.as2Id("AS2-From")).flatMap(this::partnerWithAs2Id)
                .orElse(null);
        Receipt kept = intake.accept(new IncomingDocument(firstBytes.body(), declaredSize,
                firstBytes.header("Content-Type"), CHANNEL, null, partner == null ? null : partner.code(),
                firstBytes.header("Message-ID")));
        return As2Response.text(413, "The message has " + declaredSize + " bytes, more than the limit of "
                + intake.maxBytes() + "; its first bytes are kept as TradeHub message " + kept.messageId());
    }

    private Optional<PartnerProfile> partnerWithAs2Id(String as2Id) {
        return partners.list().stream().filter(p -> p.channels() != null && p.channels().as2() != null
                && as2Id.equals(p.channels().as2().partnerId() == null ? null : p.channels().as2().partnerId().trim()))
                .findFirst();
    }
}
