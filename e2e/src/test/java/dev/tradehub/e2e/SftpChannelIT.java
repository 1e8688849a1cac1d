package dev.tradehub.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tradehub.server.payara.Profile;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.PublicKey;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.digest.BuiltinDigests;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.server.session.ServerSession;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.SftpClientFactory;
import org.apache.sshd.sftp.server.FileHandle;
import org.apache.sshd.sftp.server.Handle;
import org.apache.sshd.sftp.server.SftpEventListener;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The SFTP channel on the real EAR: TradeHub polls a partner's SFTP server (run here, as the partner runs it) for
 * 850s, sends them to Odoo (the emulator), moves each file to done once it is taken in, leaves files being written
 * alone, puts what it cannot read or refuses aside, and uploads the 855 to the partner's server (temporary name,
 * then rename); a server presenting another host key is refused and shown as a TRANSPORT problem. The SFTP mailbox:
 * a partner signs in to TradeHub's own SFTP server, puts an 850 into {@code in}, gets its 855 in {@code out}; another
 * partner sees none of it, and a wrong password is refused. One server start.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SftpChannelIT {

    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final int MAILBOX_PORT = 36522;
    private static final int MAX_BYTES = 8192;
    private static final String PARTNER_USER = "tradehub";
    private static final String PARTNER_PASSWORD = "partner-side secret " + System.nanoTime();
    private static final String MAILBOX_PASSWORD = "mailbox secret " + System.nanoTime();
    private static final String OTHER_MAILBOX_PASSWORD = "other mailbox secret " + System.nanoTime();

    private final Path partnerRoot = Path.of(System.getProperty("tradehub.e2e.work", "target/e2e"))
            .resolve("sftp-partner-server").toAbsolutePath();
    private final List<String> partnerRenames = new CopyOnWriteArrayList<>();
    private DeployedTradeHub tradeHub;
    private TradeHubApi api;
    private SshServer partnerServer;
    private PublicKey partnerHostKey;
    private SshClient client;

    @BeforeAll
    void start() throws IOException {
        deleteRecursively(partnerRoot);
        Files.createDirectories(partnerRoot);
        startPartnerServer();
        client = SshClient.setUpDefaultClient();
        client.start();
        tradeHub = DeployedTradeHub.start("sftp", 36000, Profile.EMBEDDED, Map.of(), Map.of(
                "tradehub.sftp.port", Integer.toString(MAILBOX_PORT),
                "tradehub.sftp.host", "127.0.0.1",
                "tradehub.sftp.poll.tick-seconds", "1",
                "tradehub.sftp.mailbox.scan-seconds", "1",
                "tradehub.sftp.mailbox.settle-seconds", "1",
                "tradehub.changecapture.interval-seconds", "1",
                "tradehub.intake.max-bytes", Integer.toString(MAX_BYTES),
                "sftpit.partner.password", PARTNER_PASSWORD,
                "sftpit.mailbox.password", MAILBOX_PASSWORD,
                "sftpit.other-mailbox.password", OTHER_MAILBOX_PASSWORD));
        api = tradeHub.api();
    }

    @AfterAll
    void stop() throws IOException {
        try {
            if (tradeHub != null) {
                tradeHub.close();
            }
        } finally {
            if (client != null) {
                client.stop();
            }
            if (partnerServer != null) {
                partnerServer.stop(true);
            }
        }
    }

    /** The partner's server: password sign-in, the folder as its root, files named locked* refused to readers. */
    private void startPartnerServer() throws IOException {
        partnerServer = SshServer.setUpDefaultServer();
        partnerServer.setHost("127.0.0.1");
        partnerServer.setPort(36622);
        SimpleGeneratorHostKeyProvider keys = new SimpleGeneratorHostKeyProvider();
        keys.setAlgorithm("EC");
        keys.setKeySize(256);
        partnerServer.setKeyPairProvider(keys);
        partnerHostKey = keys.loadKeys(null).get(0).getPublic();
        partnerServer.setPasswordAuthenticator((user, password, session) -> user.equals(PARTNER_USER)
                && password.equals(PARTNER_PASSWORD));
        partnerServer.setFileSystemFactory(new VirtualFileSystemFactory(partnerRoot));
        SftpSubsystemFactory sftp = new SftpSubsystemFactory.Builder().build();
        sftp.addSftpEventListener(new SftpEventListener() {
            @Override
            public void opening(ServerSession session, String remoteHandle, Handle localHandle) throws IOException {
                if (localHandle instanceof FileHandle && localHandle.getFile().getFileName().toString()
                        .startsWith("locked")) {
                    throw new AccessDeniedException(localHandle.getFile().toString());
                }
            }

            @Override
            public void moved(ServerSession session, Path source, Path target,
                    java.util.Collection<java.nio.file.CopyOption> opts, Throwable thrown) {
                if (thrown == null) {
                    partnerRenames.add(source + " -> " + target);
                }
            }
        });
        partnerServer.setSubsystemFactories(List.of(sftp));
        partnerServer.start();
    }

    private void putPartner(String code, String json) {
        TradeHubApi.Answer answer = api.put("/api/v1/partners/" + code, json);
        assertThat(answer.status()).as(answer.body()).isIn(200, 201);
    }

    /** A partner whose SFTP server TradeHub polls ({@code /<code>/outbox}) and uploads to ({@code /<code>/inbox}). */
    private void polledPartner(String code, String hostKey) throws IOException {
        Files.createDirectories(partnerRoot.resolve(code + "/outbox"));
        Files.createDirectories(partnerRoot.resolve(code + "/inbox"));
        putPartner(code, """
                {"name": "%1$s over SFTP", "standard": "X12", "versions": ["004010"], "odooCustomerRef": "CUST-0001",
                 "interchangeIds": [{"qualifier": "ZZ", "id": "%1$sEDI"}], "ourIds": [{"qualifier": "ZZ", "id": "TRADEHUB"}],
                 "outbound": {"transport": "SFTP", "lineEnding": "LF"},
                 "channels": {"inbound": ["SFTP", "REST"],
                   "sftp": {"host": "127.0.0.1", "port": %2$d, "user": "%3$s", "passwordRef": "sftpit.partner.password",
                            "hostKey": "%4$s", "inboundFolder": "/%1$s/outbox", "filePattern": "*.edi",
                            "doneFolder": "/%1$s/outbox/done", "errorFolder": "/%1$s/outbox/error", "pollSeconds": 1,
                            "outboundFolder": "/%1$s/inbox"}}}""".formatted(code, partnerServer.getPort(), PARTNER_USER,
                hostKey));
    }

    @Test
    void polledOrdersReachOdooTheFileMovesToDoneAndThe855IsUploadedUnderATemporaryNameThenRenamed() throws IOException {
        String code = "SFTPCO";
        polledPartner(code, "[127.0.0.1]:" + partnerServer.getPort() + " " + PublicKeyEntry.toString(partnerHostKey));
        Path outbox = partnerRoot.resolve(code + "/outbox");
        String po = "SFTP-PO-" + System.nanoTime() % 1_000_000;
        Files.write(outbox.resolve("po-1.edi"), X12Documents.interchange(code + "EDI", "8101",
                new X12Documents.Order(po, "DC042", List.of("5*EA*450*VN*FURN_7800"))));

        await("the polled file moved to done", () -> Files.exists(outbox.resolve("done/po-1.edi")));
        assertThat(outbox.resolve("po-1.edi")).doesNotExist();
        JsonObject order = awaitMessage("poNumber=" + po);
        assertThat(order.getString("status")).as(order.toString()).isEqualTo("COMPLETED");
        assertThat(order.getString("channel")).isEqualTo("sftp");
        assertThat(order.getString("senderReference")).isEqualTo("po-1.edi");
        assertThat(tradeHub.odoo().saleOrders()).anySatisfy(sale -> assertThat(sale.clientOrderRef()).isEqualTo(po));

        Path inbox = partnerRoot.resolve(code + "/inbox");
        Path uploaded = await("the 855 uploaded to the partner's inbox", () -> files(inbox).stream()
                .filter(file -> file.getFileName().toString().contains("-855-")).findFirst());
        String edi855 = Files.readString(uploaded);
        assertThat(edi855).contains("ST*855*", "BAK*00*AD*" + po);
        String name = uploaded.getFileName().toString();
        assertThat(partnerRenames).contains("/" + code + "/inbox/." + name + ".part -> /" + code + "/inbox/" + name);
        assertThat(files(inbox)).noneMatch(file -> file.getFileName().toString().endsWith(".part"));
        JsonObject response = awaitMessages("partner=" + code + "&direction=OUTBOUND&docType=855", 1).get(0);
        JsonObject delivered = awaitDelivery(response.getString("id"));
        assertThat(delivered.toString()).contains("uploaded to sftp://" + PARTNER_USER + "@127.0.0.1:"
                + partnerServer.getPort() + "/" + code + "/inbox/" + name);
        JsonObject status = channelStatus(code, "sftp");
        assertThat(status.getString("state")).as(status.toString()).isEqualTo("OK");
        assertThat(status.getJsonNumber("filesTaken").longValue()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void filesStillBeingWrittenAreNotTakenEarlyAndBadFilesAreKeptAndPutAside() throws Exception {
        String code = "SFTPWIP";
        polledPartner(code, HostKeyFingerprint.of(partnerHostKey));
        Path outbox = partnerRoot.resolve(code + "/outbox");
        String growingPo = "SFTP-GROW-" + System.nanoTime() % 1_000_000;
        String renamedPo = "SFTP-REN-" + System.nanoTime() % 1_000_000;
        byte[] growing = X12Documents.interchange(code + "EDI", "8201",
                new X12Documents.Order(growingPo, "DC042", List.of("2*EA*450*VN*FURN_7800")));
        Files.write(outbox.resolve("po-2.edi.part"), X12Documents.interchange(code + "EDI", "8202",
                new X12Documents.Order(renamedPo, "DC042", List.of("1*EA*450*VN*FURN_7800"))));
        Files.writeString(outbox.resolve("locked-1.edi"), "ISA*the partner's server will not let anyone read this");
        Files.writeString(outbox.resolve("junk.edi"), "this is no EDI at all");
        Files.writeString(outbox.resolve("big.edi"), "ISA*" + "x".repeat(MAX_BYTES));
        Files.writeString(outbox.resolve("broken.edi"), "ISA*00*this is not an interchange~");

        // The partner's system writes an interchange slowly, a piece at a time, over several polls.
        Path slow = outbox.resolve("po-3.edi");
        int step = 1 + growing.length / 12;
        for (int from = 0; from < growing.length; from += step) {
            Files.write(slow, java.util.Arrays.copyOfRange(growing, from, Math.min(growing.length, from + step)),
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            TradeHubApi.sleep(350);
            assertThat(outbox.resolve("done/po-3.edi")).as("taken while still being written").doesNotExist();
        }
        await("the complete file taken", () -> Files.exists(outbox.resolve("done/po-3.edi")));
        assertThat(awaitMessage("poNumber=" + growingPo).getString("status")).isEqualTo("COMPLETED");

        assertThat(outbox.resolve("po-2.edi.part")).as("a temporary name is never taken").exists();
        Files.move(outbox.resolve("po-2.edi.part"), outbox.resolve("po-2.edi"));
        await("the renamed file taken", () -> Files.exists(outbox.resolve("done/po-2.edi")));
        assertThat(awaitMessage("poNumber=" + renamedPo).getString("status")).isEqualTo("COMPLETED");

        await("the unreadable file put aside", () -> Files.exists(outbox.resolve("error/locked-1.edi")));
        await("the file intake refused (too large) put aside", () -> Files.exists(outbox.resolve("error/big.edi")));
        await("the file of no known kind put aside", () -> Files.exists(outbox.resolve("error/junk.edi")));
        await("the broken interchange taken in", () -> Files.exists(outbox.resolve("done/broken.edi")));
        List<JsonObject> failed = awaitMessages("partner=" + code + "&status=FAILED", 3);
        assertThat(failed).extracting(message -> api.get("/api/v1/messages/" + message.getString("id")).json())
                .allSatisfy(full -> assertThat(full.getString("channel")).isEqualTo("sftp"))
                .extracting(full -> full.getString("senderReference"))
                .containsExactlyInAnyOrder("junk.edi", "broken.edi", "big.edi");
        String log = Files.readString(tradeHub.server().logFile());
        assertThat(log).contains("alert=SFTP_FILE_UNREADABLE partner=" + code)
                .contains("alert=SFTP_FILE_REFUSED partner=" + code);
    }

    @Test
    void aServerPresentingAnotherHostKeyIsRefusedVisiblyAndNothingIsTaken() throws Exception {
        String code = "SFTPBAD";
        SimpleGeneratorHostKeyProvider impostor = new SimpleGeneratorHostKeyProvider();
        impostor.setAlgorithm("EC");
        impostor.setKeySize(256);
        PublicKey pinned = impostor.loadKeys(null).get(0).getPublic();
        polledPartner(code, PublicKeyEntry.toString(pinned));
        Path outbox = partnerRoot.resolve(code + "/outbox");
        Files.write(outbox.resolve("po-x.edi"), X12Documents.interchange(code + "EDI", "8301",
                new X12Documents.Order("SFTP-BAD-1", "DC042", List.of("1*EA*450*VN*FURN_7800"))));

        JsonObject status = await("the poll failing", () -> Optional.ofNullable(channelStatus(code, "sftp"))
                .filter(s -> s.getString("state").equals("FAILING")));
        assertThat(status.getString("lastError")).startsWith("TRANSPORT: ").contains("host key mismatch")
                .contains(HostKeyFingerprint.of(partnerHostKey)).contains(HostKeyFingerprint.of(pinned));
        TradeHubApi.sleep(3000);
        assertThat(outbox.resolve("po-x.edi")).exists();
        assertThat(Files.exists(outbox.resolve("done"))).isFalse();
        assertThat(api.get("/api/v1/messages?partner=" + code).json().getJsonArray("items")).isEmpty();
        JsonObject health = api.getWithoutToken("/health/ready").json();
        assertThat(health.toString()).contains("\"channels\"").contains(code + ".sftp");
        assertThat(Files.readString(tradeHub.server().logFile()))
                .contains("alert=SFTP_POLL_FAILED partner=" + code + " channel=sftp category=TRANSPORT");

        // The operator's partner page says it too.
        String password = "viewer password " + System.nanoTime();
        assertThat(api.postJson("/api/v1/users", "{\"username\": \"sftp-viewer\", \"role\": \"VIEWER\", \"password\": \""
                + password + "\"}").status()).isEqualTo(201);
        PortalSession portal = PortalSession.signIn(tradeHub.url("/"), "sftp-viewer", password);
        // The partner page is a protected view: reached through a portal link, which carries the session's token.
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("jakarta\\.faces\\.Token=([^&\"'\\s]+)")
                .matcher(portal.get("/"));
        assertThat(token.find()).isTrue();
        String page = portal.get("/partners/partner.xhtml?code=" + code + "&jakarta.faces.Token=" + token.group(1));
        assertThat(page).contains("sftp status").contains("FAILING").contains("host key mismatch");
    }

    @Test
    void aPartnerPutsAnOrderIntoItsMailboxAndFetchesThe855WhileOthersSeeNothingOfIt() throws Exception {
        putPartner("MBOXCO", """
                {"name": "Mailbox Co", "standard": "X12", "versions": ["004010"], "odooCustomerRef": "CUST-0001",
                 "interchangeIds": [{"qualifier": "ZZ", "id": "MBOXCOEDI"}], "ourIds": [{"qualifier": "ZZ", "id": "TRADEHUB"}],
                 "outbound": {"transport": "SFTP_MAILBOX", "lineEnding": "LF"},
                 "channels": {"inbound": ["SFTP_MAILBOX"], "mailbox": {"user": "mboxco-edi", "passwordRef": "sftpit.mailbox.password"}}}""");
        putPartner("MBOXOTHER", """
                {"name": "Another mailbox", "standard": "X12", "versions": ["004010"], "odooCustomerRef": "CUST-0001",
                 "interchangeIds": [{"qualifier": "ZZ", "id": "MBOXOTHEREDI"}],
                 "channels": {"mailbox": {"user": "other-edi", "passwordRef": "sftpit.other-mailbox.password"}}}""");
        TradeHubApi.Answer taken = api.put("/api/v1/partners/MBOXTHIRD", """
                {"name": "Same account", "standard": "X12", "interchangeIds": [{"qualifier": "ZZ", "id": "THIRDEDI"}],
                 "channels": {"mailbox": {"user": "mboxco-edi", "passwordRef": "sftpit.other-mailbox.password"}}}""");
        assertThat(taken.status()).isEqualTo(400);
        assertThat(taken.body()).contains("already the SFTP mailbox account of partner MBOXCO");

        JsonObject mailboxServer = api.get("/api/v1/channels").json().getJsonObject("sftpMailbox");
        assertThat(mailboxServer.getString("state")).isEqualTo("LISTENING");
        String pinned = mailboxServer.getString("hostKey").split(" ")[1];
        String po = "MBOX-PO-" + System.nanoTime() % 1_000_000;
        try (SftpClient sftp = signInToMailbox("mboxco-edi", MAILBOX_PASSWORD, pinned)) {
            assertThat(names(sftp, "/")).containsExactly("in", "out");
            try (OutputStream upload = sftp.write("/in/.po-m1.edi.part")) {
                upload.write(X12Documents.interchange("MBOXCOEDI", "8401",
                        new X12Documents.Order(po, "DC042", List.of("3*EA*450*VN*FURN_7800"))));
            }
            sftp.rename("/in/.po-m1.edi.part", "/in/po-m1.edi");
            JsonObject order = awaitMessage("poNumber=" + po);
            assertThat(order.getString("status")).as(order.toString()).isEqualTo("COMPLETED");
            assertThat(order.getString("channel")).isEqualTo("sftp-mailbox");
            await("the taken file moved out of in", () -> !names(sftp, "/in").contains("po-m1.edi"));
            assertThat(names(sftp, "/in/done")).contains("po-m1.edi");

            String response = await("the 855 in out", () -> names(sftp, "/out").stream()
                    .filter(name -> name.contains("-855-")).findFirst());
            String edi855 = new String(sftp.read("/out/" + response).readAllBytes(), StandardCharsets.UTF_8);
            assertThat(edi855).contains("ST*855*", "BAK*00*AD*" + po);

            try (SftpClient other = signInToMailbox("other-edi", OTHER_MAILBOX_PASSWORD, pinned)) {
                assertThat(names(other, "/")).containsExactly("in", "out");
                assertThat(names(other, "/out")).doesNotContain(response);
                assertThat(names(other, "/..")).containsExactly("in", "out");
                assertThatThrownBy(() -> other.read("/../MBOXCO/out/" + response).readAllBytes())
                        .isInstanceOf(IOException.class);
                assertThatThrownBy(() -> other.stat("/out/" + response)).isInstanceOf(IOException.class);
            }
            sftp.remove("/out/" + response);
        }
        assertThatThrownBy(() -> signInToMailbox("mboxco-edi", "not the password", pinned))
                .isInstanceOf(IOException.class);
        assertThatThrownBy(() -> signInToMailbox("mboxco-edi", OTHER_MAILBOX_PASSWORD, pinned))
                .isInstanceOf(IOException.class);
        assertThat(Files.readString(tradeHub.server().logFile())).contains("sign-in of 'mboxco-edi' by password refused");
    }

    private SftpClient signInToMailbox(String user, String password, String hostKeyFingerprint) throws IOException {
        ClientSession session = null;
        try {
            client.setServerKeyVerifier((s, address, key) -> HostKeyFingerprint.of(key).equals(hostKeyFingerprint));
            session = client.connect(user, "127.0.0.1", MAILBOX_PORT).verify(Duration.ofSeconds(10)).getSession();
            session.addPasswordIdentity(password);
            session.auth().verify(Duration.ofSeconds(10));
            return SftpClientFactory.instance().createSftpClient(session);
        } catch (IOException e) {
            if (session != null) {
                session.close(true);
            }
            throw e;
        }
    }

    private static List<String> names(SftpClient sftp, String folder) {
        try {
            return StreamSupport.stream(sftp.readDir(folder).spliterator(), false).map(SftpClient.DirEntry::getFilename)
                    .filter(name -> !name.equals(".") && !name.equals("..")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonObject channelStatus(String partner, String channel) {
        return api.get("/api/v1/channels").json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("partner").equals(partner) && s.getString("channel").equals(channel))
                .findFirst().orElse(null);
    }

    /** The first inbound message the search finds, once it is finished. */
    private JsonObject awaitMessage(String query) {
        return api.awaitTerminal(awaitMessages(query, 1).get(0).getString("id"), WAIT);
    }

    /** At least {@code count} messages the search finds (as listed). */
    private List<JsonObject> awaitMessages(String query, int count) {
        return await(count + " message(s) for " + query, () -> {
            List<JsonObject> items = api.get("/api/v1/messages?" + query).json().getJsonArray("items")
                    .getValuesAs(JsonObject.class);
            return items.size() >= count ? Optional.of(items) : Optional.empty();
        });
    }

    private JsonObject awaitDelivery(String id) {
        return await("delivery of " + id, () -> {
            JsonObject message = api.get("/api/v1/messages/" + id).json();
            return message.toString().contains("\"DELIVERED\"") ? Optional.of(message) : Optional.empty();
        });
    }

    private static List<Path> files(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void await(String what, Check check) {
        await(what, () -> check.holds() ? Optional.of(true) : Optional.empty());
    }

    private static <T> T await(String what, Supplier<Optional<T>> value) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            Optional<T> found = value.get();
            if (found.isPresent()) {
                return found.get();
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Waited " + WAIT.toSeconds() + " s for " + what);
            }
            TradeHubApi.sleep(250);
        }
    }

    private interface Check {
        boolean holds();
    }

    /** A key's SHA-256 fingerprint as OpenSSH prints it. */
    private static final class HostKeyFingerprint {
        static String of(PublicKey key) {
            return KeyUtils.getFingerPrint(BuiltinDigests.sha256, key).replaceAll("=+$", "");
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
