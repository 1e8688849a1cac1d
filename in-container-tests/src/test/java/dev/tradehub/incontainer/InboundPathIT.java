package dev.tradehub.incontainer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradehub.access.Actor;
import dev.tradehub.bootstrap.OdooConnection;
import dev.tradehub.bootstrap.OdooGuard;
import dev.tradehub.intake.DocumentIntake;
import dev.tradehub.intake.IncomingDocument;
import dev.tradehub.intake.InboundQueue;
import dev.tradehub.intake.Receipt;
import dev.tradehub.messagelog.MessageLog;
import dev.tradehub.messagelog.MessageView;
import dev.tradehub.odoo.emulator.OdooEmulator;
import dev.tradehub.odoo.emulator.SaleOrderView;
import dev.tradehub.orchestration.MessageReplay;
import dev.tradehub.partner.PartnerProfile;
import dev.tradehub.partner.PartnerRegistry;
import dev.tradehub.persistence.messagelog.MessageStatus;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Intake -> tradehub.inbound -> MDB -> translation, mapping and the Odoo client, inside Payara Micro, against an
 * Odoo emulator started in the test deployment ({@link EmulatedOdoo}). Each test sends documents with fresh control and PO numbers.
 */
@ExtendWith(ArquillianExtension.class)
class InboundPathIT {

    private static final Duration PROCESSING = Duration.ofSeconds(60);

    @Deployment
    static WebArchive deployment() {
        return TestDeployment.war("tradehub-in-container.war");
    }

    @EJB
    private DocumentIntake intake;

    @EJB
    private InboundQueue queue;

    @EJB
    private MessageLog messageLog;

    @EJB
    private PartnerRegistry partners;

    @EJB
    private MessageReplay replay;

    @Inject
    private OdooConnection odooConnection;

    @Inject
    private OdooGuard guard;

    @EJB
    private EmulatedOdoo odoo;

    @Resource
    private UserTransaction transaction;

    @BeforeEach
    void registerPartner() {
        partners.save(new PartnerProfile("ACME", "Acme Integration Corp", "X12", List.of("004010"), "CUST-0001", true,
                List.of(new PartnerProfile.EnvelopeId("ZZ", "ACMEEDI")), List.of(), List.of(),
                List.of(new PartnerProfile.ItemReference("ACM-LAMP-01", "FURN_8888", null)), Map.of("CA", "Pack of 6"), null, null, null, null, null, null, null), new Actor("test", null));
    }

    @Test
    void aDocumentTakesTheWholePathAndARedeliveryHasNoSecondEffect() {
        String po = "PO-IC-" + ThreadLocalRandom.current().nextInt(1_000_000);
        Receipt receipt = intake.accept(document(po, "2*CA*90.00*BP*ACM-LAMP-01"));
        assertThat(receipt.status()).isEqualTo(MessageStatus.RECEIVED);

        MessageView message = awaitTerminal(receipt.messageId());
        assertThat(message.status()).as(message.toString()).isEqualTo("COMPLETED");
        assertThat(message.attempts()).isEqualTo(1);
        assertThat(message.transactions()).singleElement().satisfies(t -> {
            assertThat(t.state()).isEqualTo("CONFIRMED");
            assertThat(t.odoo().model()).isEqualTo("sale.order");
        });
        SaleOrderView order = orderFor(po).orElseThrow();
        assertThat(order.state()).isEqualTo("sale");
        assertThat(order.lines()).singleElement().satisfies(line -> {
            assertThat(line.productId()).isEqualTo(6);
            assertThat(line.uomId()).isEqualTo(2);
            assertThat(line.quantity()).isEqualTo(2.0);
        });

        assertThat(odooConnection.probe().reachable()).isTrue();
        assertThat(odooConnection.isEmulator()).as("the emulator's answers are recognised as the emulator's").isTrue();
        assertThat(odooConnection.description()).contains("NOT a real Odoo");

        // At-least-once delivery: the same message-log id arrives again.
        queue.enqueue(receipt.messageId());
        awaitTimelineEvent(receipt.messageId(), "REDELIVERY_IGNORED");
        assertThat(emulator().saleOrders()).filteredOn(o -> po.equals(o.clientOrderRef())).hasSize(1);
    }

    @Test
    void aRolledBackIntakeLeavesNoMessageAndSendsNothing() throws Exception {
        String po = "PO-IC-RB-" + ThreadLocalRandom.current().nextInt(1_000_000);
        transaction.begin();
        Receipt receipt = intake.accept(document(po, "1*EA*450*VN*FURN_7800"));
        transaction.rollback();

        sleep(3_000);
        assertThat(messageLog.view(receipt.messageId())).isEmpty();
        assertThat(orderFor(po)).isEmpty();
    }

    @Test
    void anOdooOutageIsRetriedByRedeliveryWithoutDuplicates() {
        String po = "PO-IC-OUT-" + ThreadLocalRandom.current().nextInt(1_000_000);
        emulator().faults().down();
        try {
            Receipt receipt = intake.accept(document(po, "3*EA*450*VN*FURN_7800"));
            awaitTimelineEvent(receipt.messageId(), "RETRY_SCHEDULED");
            MessageView waiting = messageLog.view(receipt.messageId()).orElseThrow();
            assertThat(waiting.status()).isIn("RETRY_SCHEDULED", "RECEIVED");
            emulator().faults().up();

            MessageView message = awaitTerminal(receipt.messageId());
            assertThat(message.status()).isEqualTo("COMPLETED");
            assertThat(message.attempts()).isGreaterThanOrEqualTo(2);
            assertThat(message.timeline()).filteredOn(e -> e.event().equals("RETRY_SCHEDULED"))
                    .first().satisfies(e -> assertThat(e.detail()).contains("Odoo is unavailable"));
        } finally {
            emulator().faults().up();
        }
        assertThat(emulator().saleOrders()).filteredOn(o -> po.equals(o.clientOrderRef())).hasSize(1);
    }

    @Test
    void aPartnersLastAttemptEndsInTheDeadLetterChannelAndAReplayDeliversOnce() {
        partners.save(new PartnerProfile("IMPATIENT", "Impatient Retail", "X12", List.of("004010"), "CUST-0001",
                true, List.of(new PartnerProfile.EnvelopeId("ZZ", "IMPATIENT")), List.of(), List.of(), List.of(),
                Map.of(), 2, null, null, null, null, null, null), new Actor("test", null));
        String po = "PO-IC-DLQ-" + ThreadLocalRandom.current().nextInt(1_000_000);
        emulator().faults().down();
        String id;
        try {
            id = intake.accept(document("IMPATIENT", po, "1*EA*450*VN*FURN_7800")).messageId();
            MessageView dead = awaitTerminal(id);
            assertThat(dead.status()).isEqualTo("DEAD_LETTER");
            assertThat(dead.attempts()).isEqualTo(2);
            assertThat(dead.timeline()).extracting(MessageView.TimelineView::event)
                    .contains("RETRY_SCHEDULED", "DEAD_LETTER");
        } finally {
            emulator().faults().up();
        }
        awaitTimelineEvent(id, "DEAD_LETTER_RECEIVED");
        awaitOdooThroughTheGuard();

        assertThat(replay.replay(id, new Actor("test", null))).isEqualTo(MessageReplay.Outcome.QUEUED);
        MessageView replayed = awaitTerminal(id);
        assertThat(replayed.status()).isEqualTo("COMPLETED");
        assertThat(replayed.timeline()).extracting(MessageView.TimelineView::event)
                .containsSubsequence("DEAD_LETTER", "REPLAY_REQUESTED", "COMPLETED");
        assertThat(emulator().saleOrders()).filteredOn(o -> po.equals(o.clientOrderRef())).hasSize(1);
        assertThat(replay.replay(id, new Actor("test", null))).isEqualTo(MessageReplay.Outcome.QUEUED);
        awaitTimelineEventCount(id, "COMPLETED", 2);
        assertThat(emulator().saleOrders()).filteredOn(o -> po.equals(o.clientOrderRef())).hasSize(1);
    }

    @Test
    void anOrderOdooRejectsFailsAloneAndSucceedsOnceAfterTheFixAndAReplay() {
        String bad = "PO-IC-REJ-" + ThreadLocalRandom.current().nextInt(1_000_000);
        String good = "PO-IC-OK-" + ThreadLocalRandom.current().nextInt(1_000_000);
        emulator().faults().rejectOrders(bad, "Credit limit exceeded for this customer");
        String id;
        try {
            id = intake.accept(document("ACMEEDI", new String[] {bad, good}, "1*EA*450*VN*FURN_7800")).messageId();
            MessageView message = awaitTerminal(id);
            assertThat(message.status()).isEqualTo("PARTIALLY_COMPLETED");
            assertThat(message.errorCategory()).isEqualTo("ODOO_REJECTED");
            assertThat(message.errors()).singleElement().satisfies(error ->
                    assertThat(error.message()).contains("Credit limit exceeded for this customer"));
            assertThat(message.transactions()).extracting(MessageView.TransactionView::state)
                    .containsExactly("FAILED", "CONFIRMED");
        } finally {
            emulator().faults().clear();
        }

        assertThat(replay.replay(id, new Actor("test", null))).isEqualTo(MessageReplay.Outcome.QUEUED);
        MessageView replayed = awaitTerminal(id);
        assertThat(replayed.status()).isEqualTo("COMPLETED");
        assertThat(replayed.errors()).isEmpty();
        assertThat(emulator().saleOrders()).filteredOn(o -> bad.equals(o.clientOrderRef())).hasSize(1);
        assertThat(emulator().saleOrders()).filteredOn(o -> good.equals(o.clientOrderRef())).hasSize(1);
    }

    private IncomingDocument document(String po, String line) {
        return document("ACMEEDI", new String[] {po}, line);
    }

    private IncomingDocument document(String sender, String po, String line) {
        return document(sender, new String[] {po}, line);
    }

    /** An interchange of one 850 per PO number, each with the same one line. */
    private IncomingDocument document(String sender, String[] poNumbers, String line) {
        String icn = String.format("%09d", ThreadLocalRandom.current().nextInt(1, 999_999_999));
        String[] f = line.split("\\*");
        List<String> segments = new java.util.ArrayList<>(List.of(
                "ISA*00*          *00*          *ZZ*" + String.format("%-15s", sender) + "*ZZ*TRADEHUB       *261127"
                        + "*1200*U*00401*" + icn + "*0*P*>",
                "GS*PO*" + sender + "*TRADEHUB*20261127*1200*1*X*004010"));
        for (int i = 0; i < poNumbers.length; i++) {
            String st = String.format("%04d", i + 1);
            segments.addAll(List.of("ST*850*" + st, "BEG*00*SA*" + poNumbers[i] + "**20261127",
                    "N1*ST*Acme Warehouse Dock*92*DC042",
                    "PO1*1*" + f[0] + "*" + f[1] + "*" + f[2] + "**" + f[3] + "*" + f[4], "CTT*1", "SE*6*" + st));
        }
        segments.addAll(List.of("GE*" + poNumbers.length + "*1", "IEA*1*" + icn));
        String body = String.join("~\n", segments) + "~\n";
        byte[] bytes = body.getBytes(StandardCharsets.US_ASCII);
        return new IncomingDocument(bytes, bytes.length, "application/edi-x12", "in-container-test", null);
    }

    /**
     * Odoo is back, but the circuit breaker, opened by the outage, lets calls through again only after its delay: a
     * replay before that would use up the partner's two attempts at once and end in the dead letter channel again.
     */
    private void awaitOdooThroughTheGuard() {
        long deadline = System.nanoTime() + PROCESSING.toNanos();
        while (true) {
            try {
                guard.call(() -> odooConnection.client().version());
                return;
            } catch (RuntimeException stillOpen) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("Odoo stayed unavailable through the guard", stillOpen);
                }
                sleep(500);
            }
        }
    }

    private MessageView awaitTerminal(String id) {
        long deadline = System.nanoTime() + PROCESSING.toNanos();
        MessageView view = null;
        while (System.nanoTime() < deadline) {
            view = messageLog.view(id).orElse(null);
            if (view != null && MessageStatus.valueOf(view.status()).isTerminal()) {
                return view;
            }
            sleep(200);
        }
        throw new AssertionError("Message " + id + " did not finish: " + view);
    }

    private void awaitTimelineEvent(String id, String event) {
        long deadline = System.nanoTime() + PROCESSING.toNanos();
        while (System.nanoTime() < deadline) {
            if (messageLog.view(id).orElseThrow().timeline().stream().anyMatch(e -> e.event().equals(event))) {
                return;
            }
            sleep(200);
        }
        throw new AssertionError("No " + event + " on message " + id + ": " + messageLog.view(id));
    }

    private void awaitTimelineEventCount(String id, String event, int count) {
        long deadline = System.nanoTime() + PROCESSING.toNanos();
        while (System.nanoTime() < deadline) {
            if (messageLog.view(id).orElseThrow().timeline().stream().filter(e -> e.event().equals(event)).count()
                    >= count) {
                return;
            }
            sleep(200);
        }
        throw new AssertionError(count + " x " + event + " expected on message " + id + ": " + messageLog.view(id));
    }

    private Optional<SaleOrderView> orderFor(String po) {
        return emulator().saleOrders().stream().filter(o -> po.equals(o.clientOrderRef())).findFirst();
    }

    private OdooEmulator emulator() {
        return odoo.emulator();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
