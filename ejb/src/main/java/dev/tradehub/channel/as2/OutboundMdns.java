package dev.tradehub.channel.as2;

import dev.tradehub.canonical.DocumentError;
import dev.tradehub.canonical.ErrorCategory;
import dev.tradehub.canonical.Location;
import dev.tradehub.delivery.OutboundDelivery;
import dev.tradehub.intake.DocumentIntake;
import dev.tradehub.intake.IncomingDocument;
import dev.tradehub.intake.Receipt;
import dev.tradehub.messagelog.MessageRecorder;
import dev.tradehub.partner.PartnerProfile;
import dev.tradehub.partner.PartnerRegistry;
import dev.tradehub.persistence.as2.As2Exchange;
import dev.tradehub.persistence.messagelog.DeliveryState;
import dev.tradehub.persistence.messagelog.Direction;
import dev.tradehub.persistence.messagelog.LoggedMessage;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The asynchronous MDNs of what TradeHub sent by AS2 ({@code POST /as2/mdn}): each is matched to the outbound
 * message by its Original-Message-ID, its signature checked against the partner's certificate, its MIC compared
 * with the one of what was sent; then the delivery is settled ({@link OutboundDelivery#receiptArrived} or
 * {@link OutboundDelivery#receiptFailed}) and the MDN put on the document's timeline. An MDN that cannot be matched
 * or checked is kept in the message log (raw, FAILED, categorised) and answered with a 4xx. Once a minute, a
 * delivery whose MDN did not come within the partner's {@code mdnWithinMinutes} fails and is retried.
 */
@Stateless
public class OutboundMdns {

    private static final Logger ALERTS = Logger.getLogger("dev.tradehub.alerts");
    private static final int BATCH = 200;

    @PersistenceContext(unitName = "tradehub")
    private EntityManager entityManager;

    @EJB
    private PartnerRegistry partners;

    @EJB
    private OutboundDelivery delivery;

    @EJB
    private DocumentIntake refusals;

    private final MessageRecorder recorder = new MessageRecorder(Clock.systemUTC());

    /** Receives one asynchronous MDN; never throws. */
    public As2Response receive(As2Request request) {
        String from = request.as2Id("AS2-From");
        Optional<PartnerProfile> partner = from == null ? Optional.empty() : partners.list().stream()
                .filter(p -> p.channels() != null && p.channels().as2() != null
                        && from.equals(p.channels().as2().partnerId() == null ? null
                                : p.channels().as2().partnerId().trim()))
                .findFirst();
        if (partner.isEmpty()) {
            return kept(request, null, ErrorCategory.UNKNOWN_PARTNER, 403,
                    "An MDN from the AS2 ID '" + from + "', which no partner's profile has (channels.as2.partnerId)");
        }
        PartnerProfile profile = partner.get();
        MdnReport.Received mdn;
        try {
            mdn = MdnReport.read(request.header("Content-Type"), request.body(),
                    profile.channels().as2().partnerCertificate());
        } catch (As2Failure failure) {
            return kept(request, profile, ErrorCategory.TRANSPORT, 400, failure.getMessage());
        } catch (IllegalArgumentException badCertificate) {
            return kept(request, profile, ErrorCategory.TRANSPORT, 400, "The MDN cannot be checked: "
                    + badCertificate.getMessage());
        }
        String messageId = As2Transport.outboundMessageIdIn(mdn.originalMessageId());
        LoggedMessage message = messageId == null ? null
                : entityManager.find(LoggedMessage.class, messageId, LockModeType.PESSIMISTIC_WRITE);
        As2Exchange exchange = messageId == null ? null : entityManager.find(As2Exchange.class, messageId);
        if (message == null || exchange == null || message.getDirection() != Direction.OUTBOUND
                || !profile.code().equals(message.getPartnerCode())) {
            return kept(request, profile, ErrorCategory.UNMATCHED_ACKNOWLEDGEMENT, 400, "An MDN for "
                    + mdn.originalMessageId() + ", which is no AS2 message TradeHub sent to " + profile.code());
        }
        String mdnMessageId = request.header("Message-ID");
        String summary = "asynchronous MDN " + (mdnMessageId == null ? "" : mdnMessageId + " ") + "for AS2 message "
                + exchange.getAs2MessageId() + ": " + mdn.disposition() + "; MIC " + mdn.receivedMic()
                + (mdn.signer() == null ? ", unsigned" : ", signed by "
                        + mdn.signer().getSubjectX500Principal().getName())
                + (mdn.text() == null ? "" : "; \"" + oneLine(mdn.text()) + "\"");
        recorder.event(message, "AS2_MDN_RECEIVED", summary);
        exchange.mdn(mdn.disposition(), mdnMessageId, null, recorder.now());
        String problem = !mdn.processed() ? "the partner's MDN says '" + mdn.disposition() + "'"
                : profile.channels().as2().asksSignedMdn() && mdn.signer() == null
                        ? "the partner's MDN is not signed, though a signed MDN was asked for"
                        : !MdnReport.sameMic(exchange.getMic(), mdn.receivedMic())
                                ? "the partner's MDN returns the MIC " + mdn.receivedMic() + ", not "
                                        + exchange.getMic() + " of what was sent"
                                : null;
        if (message.getDeliveryState() != DeliveryState.AWAITING_RECEIPT) {
            recorder.event(message, "RECEIPT_IGNORED", "delivery already " + message.getDeliveryState());
        } else if (problem == null) {
            delivery.receiptArrived(message, "AS2 " + summary + " (MIC matches)");
        } else {
            delivery.receiptFailed(message, problem);
        }
        return As2Response.text(200, "MDN received");
    }

    /** Fails the deliveries whose asynchronous MDN did not come in time; they are retried. */
    @Schedule(hour = "*", minute = "*", second = "17", persistent = false)
    void sweep() {
        failOverdue(recorder.now());
    }

    /** Fails the deliveries whose MDN was due before {@code asOf}; returns how many. */
    public int failOverdue(LocalDateTime asOf) {
        List<As2Exchange> overdue = entityManager.createNamedQuery(As2Exchange.MDN_OVERDUE, As2Exchange.class)
                .setParameter("now", asOf).setMaxResults(BATCH).getResultList();
        int failed = 0;
        for (As2Exchange exchange : overdue) {
            LoggedMessage message = entityManager.find(LoggedMessage.class, exchange.getMessageId(),
                    LockModeType.PESSIMISTIC_WRITE);
            LocalDateTime due = exchange.getMdnDueAt();
            exchange.stopAwaiting(recorder.now());
            if (message != null && message.getDeliveryState() == DeliveryState.AWAITING_RECEIPT) {
                String reason = "no MDN for AS2 message " + exchange.getAs2MessageId() + " came by " + due + " UTC";
                ALERTS.warning(() -> "alert=AS2_MDN_OVERDUE message=" + message.getId() + " partner="
                        + message.getPartnerCode() + " detail=\"" + reason + "\"");
                delivery.receiptFailed(message, reason);
                failed++;
            }
        }
        return failed;
    }

    private As2Response kept(As2Request request, PartnerProfile partner, ErrorCategory category, int status,
            String reason) {
        Receipt kept = refusals.refuse(new IncomingDocument(request.body(), request.body().length,
                request.header("Content-Type"), InboundAs2.CHANNEL, null, partner == null ? null : partner.code(),
                request.header("Message-ID")), new DocumentError(category, Location.ofPayload(), reason));
        return As2Response.text(status, reason + "; kept as TradeHub message " + kept.messageId());
    }

    private static String oneLine(String text) {
        String line = text.replaceAll("\\s+", " ").trim();
        return line.length() > 200 ? line.substring(0, 200) : line;
    }
}
