package dev.tradehub.outbound.documents;

import dev.tradehub.delivery.OutboundQueue;
import dev.tradehub.messagelog.MessageRecorder;
import dev.tradehub.messagelog.Sha256;
import dev.tradehub.outbound.ControlNumbers;
import dev.tradehub.outbound.OutboundContent;
import dev.tradehub.outbound.OutboundEnvelope;
import dev.tradehub.outbound.WrittenInterchange;
import dev.tradehub.outbound.edifact.EdifactInterchangeWriter;
import dev.tradehub.outbound.x12.X12InterchangeWriter;
import dev.tradehub.partner.PartnerProfile;
import dev.tradehub.persistence.messagelog.LoggedMessage;
import dev.tradehub.persistence.messagelog.LoggedTransaction;
import dev.tradehub.persistence.messagelog.TransactionState;
import dev.tradehub.translation.Standard;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.UUID;

/**
 * Issues a document to a partner: writes its interchange (envelope per the partner, control numbers from the
 * registry, checked by StAEDI as it is written), records it as an OUTBOUND message with its control numbers and
 * the message it answers, and queues its delivery. All in the caller's transaction: the document exists, and is
 * delivered, only if what caused it commits.
 */
@Stateless
public class OutboundDocuments {

    /** How long a partner has to acknowledge what we send, when its profile does not say. */
    public static final int DEFAULT_OVERDUE_HOURS = 24;

    @PersistenceContext(unitName = "tradehub")
    private EntityManager entityManager;

    /** The persistent source (the control-number registry). */
    @EJB
    private ControlNumbers controlNumbers;

    @EJB
    private OutboundQueue queue;

    private final MessageRecorder recorder = new MessageRecorder(Clock.systemUTC());

    public LoggedMessage issue(OutboundDocument document, PartnerProfile profile) {
        LocalDateTime at = recorder.now();
        OutboundEnvelope envelope = document.envelope();
        WrittenInterchange written = envelope.standard() == Standard.EDIFACT
                ? new EdifactInterchangeWriter().write(envelope, document.content(), at, controlNumbers)
                : new X12InterchangeWriter().write(envelope, document.content(), at, controlNumbers);
        String transport = profile.outboundTransport();
        LocalDateTime acknowledgementDue = document.expectsAcknowledgement() ? at.plusHours(overdueHours(profile)) : null;
        LoggedMessage message = LoggedMessage.outbound(UUID.randomUUID().toString(), at, transport,
                envelope.standard() == Standard.EDIFACT ? "application/edifact" : "application/edi-x12",
                written.bytes(), Sha256.hex(written.bytes()), profile.code(), document.answersMessageId(), acknowledgementDue);
        message.identify(envelope.standard().name(), envelope.syntaxVersion(), document.docType(),
                envelope.sender().toString(), envelope.receiver().toString(), written.interchangeControl(),
                envelope.test());
        recordTransactionSets(message, document.content(), written, at);
        entityManager.persist(message);
        recorder.event(message, "GENERATED", document.docType() + " interchange " + written.interchangeControl()
                + (written.groupControls().isEmpty() ? "" : ", group(s) " + String.join(" ", written.groupControls()))
                + (written.setControls().isEmpty() ? "" : ", set(s) " + String.join(" ", written.setControls()))
                + (document.answersMessageId() == null ? "" : "; answers message " + document.answersMessageId())
                + "; delivery by " + transport);
        queue.enqueue(message.getId());
        return message;
    }

    private void recordTransactionSets(LoggedMessage message, OutboundContent content, WrittenInterchange written,
            LocalDateTime at) {
        int position = 0;
        int groupIndex = 0;
        for (OutboundContent.Group group : content.groups()) {
            String groupControl = group.functionalId() == null || groupIndex >= written.groupControls().size() ? null
                    : written.groupControls().get(groupIndex++);
            for (OutboundContent.Transaction set : group.sets()) {
                LoggedTransaction transaction = message.addTransaction(new LoggedTransaction(message, position + 1,
                        written.setControls().get(position), groupControl, set.type(),
                        group.version() != null ? group.version() : set.implementation(), at));
                transaction.moveTo(TransactionState.SENT, null, at);
                position++;
            }
        }
    }

    private static int overdueHours(PartnerProfile profile) {
        return profile.acknowledgements() == null || profile.acknowledgements().overdueHours() == null
                ? DEFAULT_OVERDUE_HOURS : profile.acknowledgements().overdueHours();
    }

}
