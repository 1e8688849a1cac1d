package dev.tradehub.incontainer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradehub.access.Actor;
import dev.tradehub.acknowledgement.reconciliation.OverdueAcknowledgements;
import dev.tradehub.delivery.Mailbox;
import dev.tradehub.intake.DocumentIntake;
import dev.tradehub.intake.IncomingDocument;
import dev.tradehub.lifecycle.OrderTimeline;
import dev.tradehub.lifecycle.OrderTimelines;
import dev.tradehub.lifecycle.OverdueDocuments;
import dev.tradehub.messagelog.MessageLog;
import dev.tradehub.messagelog.MessageQuery;
import dev.tradehub.messagelog.MessageSummary;
import dev.tradehub.messagelog.MessageView;
import dev.tradehub.orchestration.MessageReplay;
import dev.tradehub.outbound.OutboundContent;
import dev.tradehub.outbound.OutboundSegment;
import dev.tradehub.outbound.documents.OutboundDocument;
import dev.tradehub.outbound.documents.OutboundDocuments;
import dev.tradehub.outbound.documents.PartnerEnvelopes;
import dev.tradehub.partner.PartnerProfile;
import dev.tradehub.partner.PartnerRegistry;
import dev.tradehub.persistence.messagelog.LoggedMessage;
import dev.tradehub.persistence.messagelog.MessageStatus;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Acknowledgements both ways inside Payara Micro: an 850 gets its 997 in the partner's mailbox or folder, once,
 * whatever the duplicates and replays; the partner's 997s for our outbound documents mark them ACCEPTED or REJECTED
 * (with the partner's errors); a missing one makes them OVERDUE; one that answers nothing is kept and flagged. The
 * order documents the partner's service levels hold us to are flagged overdue the same way.
 */
@ExtendWith(ArquillianExtension.class)
class AcknowledgementFlowIT {

    private static final Duration PROCESSING = Duration.ofSeconds(60);

    @Deployment
    static WebArchive deployment() {
        return TestDeployment.war("tradehub-acknowledgements.war");
    }

    @EJB
    private DocumentIntake intake;

    @EJB
    private MessageLog messageLog;

    @EJB
    private PartnerRegistry partners;

    @EJB
    private MessageReplay replay;

    @EJB
    private Mailbox mailbox;

    @EJB
    private OutboundDocuments outboundDocuments;

    @EJB
    private OverdueAcknowledgements overdue;

    @EJB
    private EmulatedOdoo odoo;

    @EJB
    private OverdueDocuments overdueDocuments;

    @EJB
    private OrderTimelines timelines;

    @Resource
    private UserTransaction transaction;

    @Test
    void anOrderGetsOne997InTheMailboxWhateverTheDuplicatesAndReplays() {
        PartnerProfile profile = partner("MB", "MAILBOX", null);
        String icn = icn();
        MessageView order = awaitTerminal(intake.accept(order850(profile, icn, "PO-ACK-MB-" + icn)).messageId());
        assertThat(order.status()).as(order.toString()).isEqualTo("COMPLETED");
        String ackId = awaitAnswer(order.id());
        MessageView ack = awaitDelivery(ackId, "AWAITING_PICKUP");
        assertThat(ack.direction()).isEqualTo("OUTBOUND");
        assertThat(ack.answers()).isEqualTo(order.id());
        assertThat(ack.docType()).isEqualTo("997");
        assertThat(ack.outbound().acknowledgement()).as("acknowledgements are not acknowledged").isNull();

        String text = new String(mailbox.fetch(profile.code(), ackId).orElseThrow().bytes(), StandardCharsets.US_ASCII);
        assertThat(text).startsWith("ISA*00*          *00*          *ZZ*TRADEHUB       *ZZ*" + pad(profile.code() + "EDI"))
                .contains("GS*FA*TRADEHUB*" + profile.code() + "EDI*", "ST*997*", "AK1*PO*1~", "AK2*850*0001~", "AK5*A~",
                        "AK9*A*1*1*1~");
        assertThat(mailbox.pending(profile.code(), 100)).extracting(Mailbox.Entry::id).containsExactly(ackId);
        assertThat(mailbox.confirm(profile.code(), ackId)).isEqualTo(Mailbox.Receipt.CONFIRMED);
        assertThat(mailbox.pending(profile.code(), 100)).isEmpty();
        assertThat(view(ackId).outbound().delivery()).isEqualTo("DELIVERED");
        assertThat(mailbox.fetch("SOMEONE-ELSE", ackId)).isEmpty();

        // The partner never got it and sends the interchange again (same control number, re-prepared): DUPLICATE,
        // and acknowledged again, because the profile says so.
        MessageView duplicate = awaitTerminal(intake.accept(order850(profile, icn, "PO-ACK-MB-" + icn, "1201")).messageId());
        assertThat(duplicate.status()).isEqualTo("DUPLICATE");
        String again = awaitAnswer(duplicate.id());
        assertThat(view(again).docType()).as("ON_ERROR: a duplicate gets its TA1 too").isEqualTo("TA1+997");
        assertThat(new String(awaitFetch(profile, again), StandardCharsets.US_ASCII))
                .contains("TA1*" + icn + "*261127*1201*E*025~", "AK9*A*1*1*1~");

        // A replay of the order issues no second acknowledgement.
        assertThat(replay.replay(order.id(), new Actor("test", null))).isEqualTo(MessageReplay.Outcome.QUEUED);
        awaitTerminal(order.id());
        assertThat(view(order.id()).answeredBy()).containsExactly(ackId);
    }

    @Test
    void anOrderGetsIts997InThePartnersFolderWrittenAtomically() throws IOException {
        Path folder = Files.createTempDirectory("tradehub-folder-");
        PartnerProfile profile = partner("FD", "FOLDER", folder.toString());
        String icn = icn();
        MessageView order = awaitTerminal(intake.accept(order850(profile, icn, "PO-ACK-FD-" + icn)).messageId());
        MessageView ack = awaitDelivery(awaitAnswer(order.id()), "DELIVERED");
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> written = files.toList();
            assertThat(written).as("one file, no temporary left").hasSize(1);
            assertThat(written.get(0).getFileName().toString()).endsWith(".x12").doesNotStartWith(".");
            assertThat(Files.readString(written.get(0), StandardCharsets.US_ASCII)).contains("AK9*A*1*1*1~")
                    .contains("*" + ack.interchangeControl() + "*");
        }
    }

    @Test
    void thePartners997sMarkOurDocumentsAcceptedOrRejectedAndAMissingOneOverdue() throws Exception {
        PartnerProfile profile = partner("RC", "MAILBOX", null);
        LoggedMessage accepted = issue855(profile);
        LoggedMessage rejected = issue855(profile);
        LoggedMessage unanswered = issue855(profile);
        assertThat(view(accepted.getId()).outbound().acknowledgement()).isEqualTo("AWAITING_ACK");

        MessageView acceptance = awaitTerminal(intake.accept(partner997(profile, accepted,
                List.of("AK5*A"), "AK9*A*1*1*1")).messageId());
        assertThat(acceptance.status()).as(acceptance.toString()).isEqualTo("COMPLETED");
        assertThat(acceptance.acknowledges()).containsExactly(accepted.getId());
        MessageView acceptedNow = view(accepted.getId());
        assertThat(acceptedNow.outbound().acknowledgement()).isEqualTo("ACCEPTED");
        assertThat(acceptedNow.outbound().acknowledgedBy()).isEqualTo(acceptance.id());
        assertThat(acceptedNow.transactions()).extracting(MessageView.TransactionView::state).containsExactly("ACKNOWLEDGED");

        MessageView rejection = awaitTerminal(intake.accept(partner997(profile, rejected,
                List.of("AK3*BAK*2**8", "AK4*3*324*1", "AK5*R*5"), "AK9*R*1*1*0")).messageId());
        assertThat(rejection.status()).isEqualTo("COMPLETED");
        MessageView rejectedNow = view(rejected.getId());
        assertThat(rejectedNow.outbound().acknowledgement()).isEqualTo("REJECTED");
        assertThat(rejectedNow.transactions()).extracting(MessageView.TransactionView::state)
                .containsExactly("REJECTED_BY_PARTNER");
        assertThat(rejectedNow.errors()).isNotEmpty().allSatisfy(error ->
                assertThat(error.category()).isEqualTo("REJECTED_BY_PARTNER"));
        assertThat(rejectedNow.errors()).extracting(MessageView.ErrorView::message)
                .anySatisfy(message -> assertThat(message).contains("BAK").contains("AK403 1"));
        assertThat(search("REJECTED")).extracting(MessageSummary::id).contains(rejected.getId());

        assertThat(overdue.markOverdue(LocalDateTime.now(ZoneOffset.UTC).plusHours(25))).isGreaterThanOrEqualTo(1);
        assertThat(view(unanswered.getId()).outbound().acknowledgement()).isEqualTo("OVERDUE");
        assertThat(view(accepted.getId()).outbound().acknowledgement()).as("answered in time").isEqualTo("ACCEPTED");
        assertThat(view(unanswered.getId()).timeline()).extracting(MessageView.TimelineView::event)
                .contains("ACKNOWLEDGEMENT_OVERDUE");
        assertThat(search("OVERDUE")).extracting(MessageSummary::id).contains(unanswered.getId());

        // A late acknowledgement still counts.
        awaitTerminal(intake.accept(partner997(profile, unanswered, List.of("AK5*A"), "AK9*A*1*1*1")).messageId());
        assertThat(view(unanswered.getId()).outbound().acknowledgement()).isEqualTo("ACCEPTED");
    }

    @Test
    void anOrderOdooDoesNotConfirmInTimeIsFlaggedOverdueOnceAndAnsweredWhenItIsConfirmed() {
        PartnerProfile profile = partner("SL", "MAILBOX", null);
        String po = "PO-SL-" + icn();
        odoo.emulator().faults().rejectConfirmations(po, "Awaiting the credit check");
        MessageView placed;
        try {
            placed = awaitTerminal(intake.accept(order850(profile, icn(), po)).messageId());
        } finally {
            odoo.emulator().faults().clear();
        }
        assertThat(placed.transactions()).extracting(MessageView.TransactionView::state).containsExactly("FAILED");
        OrderTimeline inTime = timelines.find(profile.code(), po).orElseThrow();
        assertThat(inTime.expected()).filteredOn(e -> e.kind().equals("ORDER_RESPONSE")).singleElement()
                .satisfies(e -> assertThat(e.overdue()).isFalse());

        LocalDateTime dayLater = LocalDateTime.now(ZoneOffset.UTC).plusHours(25);
        assertThat(overdueDocuments.flagOverdue(dayLater)).isGreaterThanOrEqualTo(1);
        overdueDocuments.flagOverdue(dayLater);
        OrderTimeline late = timelines.find(profile.code(), po).orElseThrow();
        assertThat(late.documents()).singleElement().satisfies(document -> {
            assertThat(document.kind()).isEqualTo("ORDER_RESPONSE");
            assertThat(document.state()).isEqualTo("AWAITED");
            assertThat(document.overdueAt()).isNotNull();
            assertThat(document.dueAt()).isEqualTo(late.receivedAt().plusHours(24));
            assertThat(document.detail()).contains("no 855 within 24 h").contains("not confirmed");
        });
        assertThat(late.events()).as("flagged once").filteredOn(e -> e.event().equals("DOCUMENT_OVERDUE")).hasSize(1);

        // Confirmed at last (the cause fixed, the order replayed): change capture answers it after all.
        assertThat(replay.replay(placed.id(), new Actor("test", null))).isEqualTo(MessageReplay.Outcome.QUEUED);
        OrderTimeline answered = await(() -> timelines.find(profile.code(), po).orElseThrow(),
                timeline -> timeline.documents().get(0).state().equals("ISSUED"), "the 855 of " + po);
        assertThat(answered.documents()).singleElement().satisfies(document -> {
            assertThat(document.state()).isEqualTo("ISSUED");
            assertThat(document.docType()).isEqualTo("855");
            assertThat(document.overdueAt()).as("issued late, and the timeline says so").isNotNull();
        });
        assertThat(answered.expected()).noneMatch(e -> e.kind().equals("ORDER_RESPONSE"));
    }

    @Test
    void anAcknowledgementThatAnswersNothingIsKeptAndFlagged() {
        PartnerProfile profile = partner("UM", "MAILBOX", null);
        String icn = icn();
        String body = String.join("~\n", isa(profile, icn), "GS*FA*" + profile.code() + "EDI*TRADEHUB*20261127*1200*7*X*004010",
                "ST*997*0001", "AK1*PR*987654321", "AK9*A*1*1*1", "SE*4*0001", "GE*1*7", "IEA*1*" + icn) + "~\n";
        MessageView message = awaitTerminal(intake.accept(x12(body)).messageId());
        assertThat(message.status()).isEqualTo("FAILED");
        assertThat(message.errorCategory()).isEqualTo("UNMATCHED_ACKNOWLEDGEMENT");
        assertThat(message.errors()).singleElement().satisfies(error ->
                assertThat(error.message()).contains("987654321").contains("matches nothing"));
        assertThat(message.answeredBy()).as("acknowledgements are not acknowledged").isEmpty();
    }

    private LoggedMessage issue855(PartnerProfile profile) throws Exception {
        transaction.begin();
        try {
            OutboundContent content = new OutboundContent(List.of(), List.of(new OutboundContent.Group("PR", "004010",
                    List.of(new OutboundContent.Transaction("855", null, List.of(
                            OutboundSegment.of("BAK", "00", "AD", "PO-" + icn(), "20261127")))))));
            LoggedMessage issued = outboundDocuments.issue(new OutboundDocument("855", PartnerEnvelopes.of(profile),
                    content, null, true), profile);
            transaction.commit();
            return issued;
        } catch (Exception e) {
            transaction.rollback();
            throw e;
        }
    }

    /** The partner's 997 for the one group and set of {@code ours}. */
    private IncomingDocument partner997(PartnerProfile profile, LoggedMessage ours, List<String> setSegments,
            String ak9) {
        MessageView sent = view(ours.getId());
        MessageView.TransactionView set = sent.transactions().get(0);
        String icn = icn();
        List<String> segments = new java.util.ArrayList<>(List.of(isa(profile, icn),
                "GS*FA*" + profile.code() + "EDI*TRADEHUB*20261127*1200*9*X*004010", "ST*997*0001",
                "AK1*PR*" + set.groupControlNumber(), "AK2*855*" + set.controlNumber()));
        segments.addAll(setSegments);
        segments.addAll(List.of(ak9, "SE*" + (5 + setSegments.size()) + "*0001", "GE*1*9", "IEA*1*" + icn));
        return x12(String.join("~\n", segments) + "~\n");
    }

    private IncomingDocument order850(PartnerProfile profile, String icn, String po) {
        return order850(profile, icn, po, "1200");
    }

    private IncomingDocument order850(PartnerProfile profile, String icn, String po, String time) {
        String body = String.join("~\n", isa(profile, icn).replace("*1200*", "*" + time + "*"),
                "GS*PO*" + profile.code() + "EDI*TRADEHUB*20261127*" + time + "*1*X*004010", "ST*850*0001",
                "BEG*00*SA*" + po + "**20261127", "N1*ST*Acme Warehouse Dock*92*DC042", "PO1*1*2*EA*450**VN*FURN_7800",
                "CTT*1", "SE*6*0001", "GE*1*1", "IEA*1*" + icn) + "~\n";
        return x12(body);
    }

    private static String isa(PartnerProfile profile, String icn) {
        return "ISA*00*          *00*          *ZZ*" + pad(profile.code() + "EDI") + "*ZZ*TRADEHUB       *261127*1200*U*00401*"
                + icn + "*0*P*>";
    }

    private static IncomingDocument x12(String body) {
        byte[] bytes = body.getBytes(StandardCharsets.US_ASCII);
        return new IncomingDocument(bytes, bytes.length, "application/edi-x12", "in-container-test", null);
    }

    private PartnerProfile partner(String kind, String transport, String folder) {
        String code = "AK" + kind + ThreadLocalRandom.current().nextInt(10_000, 99_999);
        return partners.save(new PartnerProfile(code, "Acknowledging " + kind, "X12", List.of("004010"), "CUST-0001",
                true, List.of(new PartnerProfile.EnvelopeId("ZZ", code + "EDI")), List.of(),
                List.of(new PartnerProfile.EnvelopeId("ZZ", "TRADEHUB")), List.of(), Map.of(), null, "PRODUCTION",
                new PartnerProfile.AcknowledgementSettings("997", "ON_ERROR", true, 24),
                new PartnerProfile.OutboundSettings(null, null, null, null, null, null, null, "LF", null, null,
                        transport, folder), null, null, null), new Actor("test", null));
    }

    private List<MessageSummary> search(String acknowledgement) {
        return messageLog.search(new MessageQuery(null, null, null, null, null, null, null, 0, 500, "OUTBOUND",
                acknowledgement)).items();
    }

    private static String icn() {
        return String.format("%09d", ThreadLocalRandom.current().nextInt(1, 999_999_999));
    }

    private static String pad(String id) {
        return String.format("%-15s", id);
    }

    private byte[] awaitFetch(PartnerProfile profile, String id) {
        awaitDelivery(id, "AWAITING_PICKUP");
        return mailbox.fetch(profile.code(), id).orElseThrow().bytes();
    }

    private MessageView view(String id) {
        return messageLog.view(id).orElseThrow();
    }

    private String awaitAnswer(String inboundId) {
        return await(() -> view(inboundId), v -> !v.answeredBy().isEmpty(), "an acknowledgement of " + inboundId)
                .answeredBy().get(0);
    }

    private MessageView awaitDelivery(String id, String delivery) {
        return await(() -> view(id), v -> delivery.equals(v.outbound().delivery()), "delivery " + delivery + " of " + id);
    }

    private MessageView awaitTerminal(String id) {
        return await(() -> view(id), v -> MessageStatus.valueOf(v.status()).isTerminal(), "the end of " + id);
    }

    private static <T> T await(java.util.function.Supplier<T> read, Predicate<T> done, String what) {
        long deadline = System.nanoTime() + PROCESSING.toNanos();
        T last = null;
        while (System.nanoTime() < deadline) {
            last = read.get();
            if (done.test(last)) {
                return last;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("No " + what + ": " + last);
    }
}
