package dev.tradehub.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradehub.samples.jms.LegacyJmsClient;
import dev.tradehub.server.payara.Profile;
import jakarta.jms.Message;
import jakarta.jms.ObjectMessage;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.config.CoreAddressConfiguration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Two channels as their users use them, on the packaged EAR: a partner's watched folder (files written slowly, under
 * a temporary name, unreadable ones) with the partner's documents written back into its folder, and the JMS contract
 * for legacy systems, with the sample client, against a standalone Artemis broker (TradeHub embeds none here:
 * {@code tradehub.broker.url}), set up as {@code docs/jms-contract.md} says.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FolderAndJmsChannelIT {

    private static final Duration PROCESSING = Duration.ofSeconds(90);
    private static final int BROKER_PORT = 37616;

    private EmbeddedActiveMQ broker;
    private DeployedTradeHub tradeHub;
    private TradeHubApi api;
    private LegacyJmsClient legacy;
    private Path inbound;
    private Path outbound;

    @BeforeAll
    void start() throws Exception {
        Path folders = Path.of("target/e2e/channels-folders").toAbsolutePath();
        DeployedTradeHub.deleteRecursively(folders);
        inbound = Files.createDirectories(folders.resolve("acme-in"));
        outbound = folders.resolve("acme-out");
        broker = standaloneBroker();
        tradeHub = DeployedTradeHub.start("channels", 37000, Profile.EMBEDDED, Map.of(),
                Map.of("tradehub.broker.url", "tcp://127.0.0.1:" + BROKER_PORT,
                        "tradehub.folder.poll-ms", "1000", "tradehub.folder.settle-ms", "1500",
                        "tradehub.changecapture.interval-seconds", "1"));
        api = tradeHub.api();
        TradeHubApi.Answer saved = api.put("/api/v1/partners/ACME", AcmeProfile.withFolders(inbound, outbound));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        legacy = new LegacyJmsClient("tcp://127.0.0.1:" + BROKER_PORT);
    }

    @AfterAll
    void stop() throws Exception {
        if (legacy != null) {
            legacy.close();
        }
        if (tradeHub != null) {
            tradeHub.close();
        }
        if (broker != null) {
            broker.stop();
        }
    }

    @Test
    void aFileWrittenSlowlyIsTakenOnceWholeAndTheOrderResponseIsWrittenBack() throws Exception {
        byte[] document = X12Documents.interchange("ACMEEDI", "3701",
                new X12Documents.Order("PO-FOLDER-1", "DC042", List.of("5*EA*450*VN*FURN_7800", "2*CA*90*BP*ACM-LAMP-01")));
        Path file = inbound.resolve("po-folder-1.x12");
        // A writer that needs several seconds and renames nothing: only a file that stopped growing is complete.
        try (OutputStream out = Files.newOutputStream(file)) {
            int chunk = document.length / 5 + 1;
            for (int from = 0; from < document.length; from += chunk) {
                out.write(document, from, Math.min(chunk, document.length - from));
                out.flush();
                Thread.sleep(900);
            }
        }
        JsonObject message = api.awaitTerminal(messageOfPo("PO-FOLDER-1"), PROCESSING);
        assertThat(message.getString("status")).as(message.toString()).isEqualTo("COMPLETED");
        assertThat(message.getString("channel")).isEqualTo("folder");
        assertThat(message.getString("senderReference")).isEqualTo("po-folder-1.x12");
        assertThat(message.getJsonNumber("payloadSize").longValue()).isEqualTo(document.length);
        assertThat(tradeHub.odoo().saleOrders()).filteredOn(o -> "PO-FOLDER-1".equals(o.clientOrderRef())).hasSize(1);
        assertThat(file).doesNotExist();
        assertThat(inbound.resolve("done/po-folder-1.x12")).hasBinaryContent(document);
        JsonObject status = api.get("/api/v1/channels").json().getJsonArray("items").getValuesAs(JsonObject.class)
                .stream().filter(item -> item.getString("channel").equals("folder")).findFirst().orElseThrow();
        assertThat(status.getString("partner")).isEqualTo("ACME");
        assertThat(status.getString("state")).isEqualTo("OK");
        assertThat(status.getJsonNumber("filesTaken").longValue()).isPositive();

        // The order response goes back into the partner's folder, whole (written under a temporary name).
        Path written = awaitFile(outbound, "-855-", PROCESSING);
        assertThat(Files.readString(written)).startsWith("ISA").contains("BAK*").contains("PO-FOLDER-1");
        try (Stream<Path> files = Files.list(outbound)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.startsWith("."));
        }
    }

    @Test
    void aFileUnderATemporaryNameWaitsForItsRenameAndAnUnreadableOneIsKeptAsFailed() throws Exception {
        byte[] document = X12Documents.interchange("ACMEEDI", "3702",
                new X12Documents.Order("PO-FOLDER-2", "DC042", List.of("1*EA*450*VN*FURN_7800")));
        Path partial = inbound.resolve("po-folder-2.x12.part");
        Files.write(partial, document);
        Files.write(inbound.resolve("notes.bin"), new byte[] {0x01, 0x02, 0x03, 'h', 'i'});
        Path error = inbound.resolve("error/notes.bin");
        awaitPath(error, PROCESSING);
        assertThat(partial).as("a temporary name is never taken").exists();
        JsonObject refused = messageWithSenderReference("notes.bin");
        assertThat(refused.getString("status")).isEqualTo("FAILED");
        assertThat(refused.getString("channel")).isEqualTo("folder");
        assertThat(refused.getString("partner")).isEqualTo("ACME");
        assertThat(api.get("/api/v1/messages/" + refused.getString("id") + "/payload").body()).endsWith("hi");

        Files.move(partial, inbound.resolve("po-folder-2.x12"));
        JsonObject message = api.awaitTerminal(messageOfPo("PO-FOLDER-2"), PROCESSING);
        assertThat(message.getString("status")).as(message.toString()).isEqualTo("COMPLETED");
        assertThat(inbound.resolve("done/po-folder-2.x12")).exists();
    }

    @Test
    void aPartnerThatSendsOverItsFolderCannotSendOverTheRestApi() {
        byte[] document = X12Documents.interchange("ACMEEDI", "3703",
                new X12Documents.Order("PO-FOLDER-REST", "DC042", List.of("1*EA*450*VN*FURN_7800")));
        JsonObject message = api.awaitTerminal(api.send(document, "application/edi-x12"), PROCESSING);
        assertThat(message.getString("status")).isEqualTo("FAILED");
        assertThat(message.getString("errorCategory")).isEqualTo("UNKNOWN_PARTNER");
        assertThat(message.toString()).contains("does not send over rest");
        assertThat(tradeHub.odoo().saleOrders()).noneMatch(o -> "PO-FOLDER-REST".equals(o.clientOrderRef()));
    }

    @Test
    void aLegacySystemPutsAnOrderOnTheQueueAndHearsWhatBecameOfIt() {
        String correlation = "erp-" + UUID.randomUUID();
        byte[] document = X12Documents.interchange("ACMEEDI", "3711",
                new X12Documents.Order("PO-JMS-1", "DC042", List.of("3*EA*450*VN*FURN_7800")));
        legacy.send(document, null, "application/edi-x12", correlation);

        List<LegacyJmsClient.Event> events = legacy.eventsOf(correlation, "COMPLETED", PROCESSING);
        assertThat(events).extracting(LegacyJmsClient.Event::kind).containsExactly("ACCEPTED", "COMPLETED");
        JsonObject completed = json(events.get(1).json());
        assertThat(completed.getString("partner")).isEqualTo("ACME");
        JsonObject order = completed.getJsonArray("transactions").getJsonObject(0);
        assertThat(order.getString("poNumber")).isEqualTo("PO-JMS-1");
        assertThat(order.getString("state")).isEqualTo("CONFIRMED");
        assertThat(order.getJsonObject("odoo").getString("name")).startsWith("S");
        JsonObject message = api.get("/api/v1/messages/" + events.get(0).messageId()).json();
        assertThat(message.getString("channel")).isEqualTo("jms");
        assertThat(message.getString("senderReference")).isEqualTo(correlation);

        // The documents sent for it: its 997, then the order response once Odoo confirmed the order.
        List<String> sent = new java.util.ArrayList<>();
        long deadline = System.nanoTime() + PROCESSING.toNanos();
        while (!sent.contains("855") && System.nanoTime() < deadline) {
            legacy.eventsOf(correlation, "DOCUMENT_SENT", Duration.ofSeconds(5)).stream()
                    .filter(event -> event.kind().equals("DOCUMENT_SENT"))
                    .forEach(event -> sent.add(json(event.json()).getJsonObject("document").getString("docType")));
        }
        assertThat(sent).contains("997", "855");

        // The same bytes again: a re-send, answered with the first message.
        legacy.send(document, null, "application/edi-x12", correlation + "-again");
        List<LegacyJmsClient.Event> again = legacy.eventsOf(correlation + "-again", "DUPLICATE", PROCESSING);
        assertThat(again).extracting(LegacyJmsClient.Event::kind).containsExactly("DUPLICATE");
        assertThat(again.get(0).messageId()).isEqualTo(events.get(0).messageId());
    }

    @Test
    void aBadDocumentIsKeptAndReportedAndAPoisonMessageIsDeadLetteredWithItsReason() throws Exception {
        String bad = "erp-bad-" + UUID.randomUUID();
        legacy.send("{\"poNumber\": \"PO-JMS-BAD\", \"lines\": []}".getBytes(StandardCharsets.UTF_8), "ACME",
                "application/json", bad);
        List<LegacyJmsClient.Event> events = legacy.eventsOf(bad, "FAILED", PROCESSING);
        assertThat(events).extracting(LegacyJmsClient.Event::kind).containsExactly("ACCEPTED", "FAILED");
        JsonObject failed = json(events.get(1).json());
        assertThat(failed.getString("errorCategory")).isNotBlank();
        assertThat(failed.getJsonArray("errors")).isNotEmpty();
        assertThat(api.get("/api/v1/messages/" + events.get(1).messageId() + "/payload").body()).contains("PO-JMS-BAD");

        String poison = "erp-poison-" + UUID.randomUUID();
        ObjectMessage object = legacy.context().createObjectMessage(new java.util.ArrayList<>(List.of("not", "a", "document")));
        object.setJMSCorrelationID(poison);
        object.setStringProperty("TradeHubPartner", "ACME");
        legacy.sendRaw(object);
        Optional<Message> deadLetter = legacy.deadLetterOf(poison, PROCESSING);
        assertThat(deadLetter).isPresent();
        assertThat(deadLetter.get().getStringProperty("TradeHubReason")).contains("ObjectMessage");
        assertThat(deadLetter.get().getStringProperty("TradeHubPartner")).isEqualTo("ACME");
        assertThat(legacy.eventsOf(poison, "REJECTED", PROCESSING)).extracting(LegacyJmsClient.Event::kind)
                .containsExactly("REJECTED");
    }

    /** A standalone Artemis as docs/jms-contract.md sets it up for TradeHub. */
    private static EmbeddedActiveMQ standaloneBroker() throws Exception {
        ConfigurationImpl config = new ConfigurationImpl();
        config.setPersistenceEnabled(false);
        config.setSecurityEnabled(false);
        config.addAcceptorConfiguration("tcp", "tcp://127.0.0.1:" + BROKER_PORT);
        for (String queue : List.of("tradehub.inbound", "tradehub.outbound", "tradehub.dlq", LegacyJmsClient.INBOUND,
                LegacyJmsClient.EVENTS, LegacyJmsClient.DEAD_LETTERS)) {
            config.addAddressConfiguration(new CoreAddressConfiguration().setName(queue).addRoutingType(RoutingType.ANYCAST)
                    .addQueueConfiguration(QueueConfiguration.of(queue).setAddress(queue)
                            .setRoutingType(RoutingType.ANYCAST).setDurable(true)));
        }
        config.addAddressSetting("#", new AddressSettings().setDeadLetterAddress(SimpleString.of("tradehub.dlq"))
                .setMaxDeliveryAttempts(5).setRedeliveryDelay(1000));
        config.addAddressSetting(LegacyJmsClient.INBOUND, new AddressSettings()
                .setDeadLetterAddress(SimpleString.of(LegacyJmsClient.DEAD_LETTERS)).setMaxDeliveryAttempts(5)
                .setRedeliveryDelay(1000));
        config.addAddressSetting("tradehub.dlq", new AddressSettings().setMaxDeliveryAttempts(-1));
        config.addAddressSetting(LegacyJmsClient.DEAD_LETTERS, new AddressSettings().setMaxDeliveryAttempts(-1));
        EmbeddedActiveMQ broker = new EmbeddedActiveMQ().setConfiguration(config);
        broker.start();
        return broker;
    }

    private String messageOfPo(String po) {
        long deadline = System.nanoTime() + PROCESSING.toNanos();
        while (System.nanoTime() < deadline) {
            JsonObject page = api.get("/api/v1/messages?poNumber=" + po + "&direction=INBOUND").json();
            if (!page.getJsonArray("items").isEmpty()) {
                return page.getJsonArray("items").getJsonObject(0).getString("id");
            }
            TradeHubApi.sleep(500);
        }
        throw new AssertionError("no message with PO " + po + " within " + PROCESSING);
    }

    private JsonObject messageWithSenderReference(String reference) {
        long deadline = System.nanoTime() + PROCESSING.toNanos();
        while (System.nanoTime() < deadline) {
            for (JsonObject item : api.get("/api/v1/messages?partner=ACME&direction=INBOUND&size=100").json()
                    .getJsonArray("items").getValuesAs(JsonObject.class)) {
                JsonObject message = api.get("/api/v1/messages/" + item.getString("id")).json();
                if (reference.equals(message.getString("senderReference", null))) {
                    return message;
                }
            }
            TradeHubApi.sleep(500);
        }
        throw new AssertionError("no message with sender's reference " + reference);
    }

    private static Path awaitFile(Path folder, String namePart, Duration timeout) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.isDirectory(folder)) {
                try (Stream<Path> files = Files.list(folder)) {
                    Optional<Path> found = files.filter(p -> p.getFileName().toString().contains(namePart)).findFirst();
                    if (found.isPresent()) {
                        return found.get();
                    }
                }
            }
            TradeHubApi.sleep(500);
        }
        throw new AssertionError("no file *" + namePart + "* in " + folder + " within " + timeout);
    }

    private static void awaitPath(Path path, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!Files.exists(path) && System.nanoTime() < deadline) {
            TradeHubApi.sleep(500);
        }
        assertThat(path).exists();
    }

    private static JsonObject json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }
}
