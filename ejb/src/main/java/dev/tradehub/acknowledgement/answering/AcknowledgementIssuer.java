package dev.tradehub.acknowledgement.answering;

import dev.tradehub.acknowledgement.AcknowledgementBuilder;
import dev.tradehub.acknowledgement.FunctionalAcknowledgement;
import dev.tradehub.messagelog.MessageRecorder;
import dev.tradehub.outbound.OutboundContent;
import dev.tradehub.outbound.OutboundSegment;
import dev.tradehub.outbound.documents.OutboundDocument;
import dev.tradehub.outbound.documents.OutboundDocuments;
import dev.tradehub.outbound.documents.PartnerEnvelopes;
import dev.tradehub.acknowledgement.edifact.EdifactAcknowledgements;
import dev.tradehub.acknowledgement.x12.X12Acknowledgements;
import dev.tradehub.partner.PartnerProfile;
import dev.tradehub.persistence.messagelog.Direction;
import dev.tradehub.persistence.messagelog.LoggedMessage;
import dev.tradehub.translation.EnvelopeFacts;
import dev.tradehub.translation.Interchange;
import dev.tradehub.translation.Standard;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Issues the acknowledgements a received interchange earns, per the partner's profile:
 * <ul>
 * <li>X12: a 997 or 999 per functional group (by the group's version unless the profile names one), and a TA1 when
 * ISA14 asks for one, or always, or when the envelope is broken, as the profile says;</li>
 * <li>EDIFACT: a CONTRL when UNB 0031 asks for one, or always when the profile names CONTRL.</li>
 * </ul>
 * A message is answered once: a retried, replayed or redelivered message that has its acknowledgement gets no
 * second one. A duplicate interchange is answered again when the profile says so (its TA1 notes the duplicate).
 * Acknowledgements are not acknowledged.
 */
@Stateless
public class AcknowledgementIssuer {

    @PersistenceContext(unitName = "tradehub")
    private EntityManager entityManager;

    @EJB
    private OutboundDocuments documents;

    private final MessageRecorder recorder = new MessageRecorder(Clock.systemUTC());

    /** Answers {@code inbound} if its partner's profile asks for it; returns the acknowledgements issued. */
    public List<LoggedMessage> answer(LoggedMessage inbound, Interchange interchange, PartnerProfile profile,
            boolean duplicate) {
        if (alreadyAnswered(inbound)) {
            return List.of();
        }
        PartnerProfile.AcknowledgementSettings settings = profile.acknowledgements() != null ? profile.acknowledgements()
                : new PartnerProfile.AcknowledgementSettings(null, null, null, null);
        if (duplicate && Boolean.FALSE.equals(settings.onDuplicate())) {
            recorder.event(inbound, "ACKNOWLEDGEMENT_SKIPPED", "duplicate interchange; the profile acknowledges"
                    + " duplicates not again");
            return List.of();
        }
        EnvelopeFacts envelope = interchange.envelope();
        if (envelope.sender() == null || envelope.receiver() == null || envelope.interchangeControl() == null) {
            return List.of(); // nothing to address an answer to
        }
        FunctionalAcknowledgement ack = AcknowledgementBuilder.of(interchange);
        String functional = upper(settings.functional(), "BY_VERSION");
        OutboundContent content = envelope.standard() == Standard.EDIFACT
                ? edifactContent(ack, functional, envelope.acknowledgementRequested())
                : x12Content(ack, functional, upper(settings.interchange(), "WHEN_REQUESTED"),
                        envelope.acknowledgementRequested(), duplicate);
        if (content == null || content.groups().isEmpty() && content.interchangeSegments().isEmpty()) {
            return List.of();
        }
        String docType = docType(content);
        LoggedMessage issued = documents.issue(new OutboundDocument(docType,
                PartnerEnvelopes.answering(profile, envelope), content, inbound.getId(), false), profile);
        recorder.event(inbound, "ACKNOWLEDGEMENT_ISSUED", docType + " in message " + issued.getId()
                + " (interchange " + issued.getInterchangeControl() + ")");
        return List.of(issued);
    }

    static OutboundContent x12Content(FunctionalAcknowledgement ack, String functional, String interchange,
            boolean requested, boolean duplicate) {
        boolean broken = !ack.interchangeErrors().isEmpty();
        boolean withTa1 = switch (interchange) {
            case "ALWAYS" -> true;
            case "NEVER" -> false;
            case "ON_ERROR" -> broken || requested || duplicate;
            default -> requested;
        };
        X12Acknowledgements.Type type = switch (functional) {
            case "997" -> X12Acknowledgements.Type.X997;
            case "999" -> X12Acknowledgements.Type.X999;
            default -> X12Acknowledgements.Type.BY_VERSION;
        };
        OutboundContent functionalContent = "NONE".equals(functional) || "CONTRL".equals(functional)
                ? new OutboundContent(List.of(), List.of()) : X12Acknowledgements.content(ack, type, false);
        List<OutboundSegment> interchangeSegments = withTa1 ? List.of(X12Acknowledgements.ta1(ack, duplicate)) : List.of();
        return new OutboundContent(interchangeSegments, functionalContent.groups());
    }

    static OutboundContent edifactContent(FunctionalAcknowledgement ack, String functional, boolean requested) {
        if (ack.messages().stream().anyMatch(m -> "CONTRL".equals(m.docType()))
                || ack.groups().stream().flatMap(g -> g.sets().stream()).anyMatch(s -> "CONTRL".equals(s.docType()))) {
            return null; // a CONTRL is not answered with a CONTRL
        }
        boolean wanted = "CONTRL".equals(functional) || !"NONE".equals(functional) && requested;
        return wanted ? EdifactAcknowledgements.content(ack) : null;
    }

    private static String docType(OutboundContent content) {
        List<String> types = new ArrayList<>();
        if (!content.interchangeSegments().isEmpty()) {
            types.add("TA1");
        }
        content.groups().forEach(group -> group.sets().forEach(set -> {
            if (!types.contains(set.type())) {
                types.add(set.type());
            }
        }));
        return String.join("+", types);
    }

    private boolean alreadyAnswered(LoggedMessage inbound) {
        return !entityManager.createQuery("SELECT m.id FROM LoggedMessage m WHERE m.answersMessageId = :inbound"
                        + " AND m.direction = :outbound", String.class)
                .setParameter("inbound", inbound.getId()).setParameter("outbound", Direction.OUTBOUND)
                .setMaxResults(1).getResultList().isEmpty();
    }

    private static String upper(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.trim().toUpperCase(Locale.ROOT);
    }
}
