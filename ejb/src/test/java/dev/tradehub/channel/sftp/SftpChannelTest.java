package dev.tradehub.channel.sftp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tradehub.channel.SettledFiles;
import dev.tradehub.intake.Receipt;
import dev.tradehub.partner.ChannelSettings.SftpSettings;
import dev.tradehub.persistence.messagelog.MessageStatus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Polling and upload against a partner's SFTP server running in the test JVM. */
class SftpChannelTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    /** The private key's configuration value: the key file's path, or the key itself. */
    private static volatile String privateKeyValue;
    private static final SftpConnector.Secrets SECRETS = (field, key) -> {
        if (key.equals("partner.sftp.key")) {
            return privateKeyValue;
        }
        if (key.equals("partner.sftp.password")) {
            return "s3cret";
        }
        if (key.equals("partner.sftp.wrong")) {
            return "wrong";
        }
        throw new IOException(field + " names the configuration key '" + key + "', which has no value");
    };

    @TempDir
    Path root;

    private PartnerServer partner;
    private SshClient client;
    private final List<String> takenIn = new ArrayList<>();

    @BeforeEach
    void start() throws IOException {
        Files.createDirectories(root.resolve("outbox"));
        Files.createDirectories(root.resolve("inbox"));
        partner = new PartnerServer(root, "tradehub", "s3cret");
        client = SftpConnector.pinnedClient();
        client.start();
    }

    @AfterEach
    void stop() throws IOException {
        client.stop();
        partner.close();
    }

    private SftpSettings settings(String hostKey, String passwordRef) {
        return new SftpSettings("127.0.0.1", partner.port(), "tradehub", passwordRef, null, hostKey, "/outbox",
                "*.edi", "/outbox/done", null, 1, 0, "/inbox");
    }

    private SftpConnector.PartnerSftp open(SftpSettings settings) throws IOException {
        return SftpConnector.open(client, SECRETS, "ACME", settings, TIMEOUT);
    }

    private Receipt accept(String name, java.io.InputStream content) throws IOException {
        takenIn.add(name + "=" + new String(content.readAllBytes(), StandardCharsets.UTF_8));
        return new Receipt("id-" + takenIn.size(), name.contains("refused") ? MessageStatus.FAILED
                : MessageStatus.RECEIVED, name.contains("refused") ? Receipt.Refusal.UNSUPPORTED_CONTENT_TYPE : null);
    }

    @Test
    void aCompleteFileIsTakenOnTheSecondLookThenMovedToDoneWhileTemporaryAndGrowingOnesWait() throws IOException {
        Path outbox = root.resolve("outbox");
        Files.writeString(outbox.resolve("po-1.edi"), "ISA*first");
        Files.writeString(outbox.resolve(".po-2.edi"), "ISA*hidden");
        Files.writeString(outbox.resolve("po-3.edi.part"), "ISA*partial");
        Files.writeString(outbox.resolve("notes.txt"), "not matching the pattern");
        Files.writeString(outbox.resolve("po-4.edi"), "ISA*gro");
        SftpSettings settings = settings(partner.knownHostsLine(), "partner.sftp.password");
        SettledFiles settled = new SettledFiles(Duration.ZERO);
        Instant now = Instant.now();
        try (var remote = open(settings)) {
            RemoteFolderPoll.Outcome first = RemoteFolderPoll.poll("ACME", remote, settings, settled, this::accept, now);
            assertThat(first.taken()).isZero();
            Files.writeString(outbox.resolve("po-4.edi"), "ISA*growing");
            RemoteFolderPoll.Outcome second = RemoteFolderPoll.poll("ACME", remote, settings, settled, this::accept,
                    now.plusSeconds(1));
            assertThat(second.taken()).isEqualTo(1);
            assertThat(takenIn).containsExactly("po-1.edi=ISA*first");
            RemoteFolderPoll.poll("ACME", remote, settings, settled, this::accept, now.plusSeconds(2));
        }
        assertThat(takenIn).containsExactly("po-1.edi=ISA*first", "po-4.edi=ISA*growing");
        assertThat(outbox.resolve("done/po-1.edi")).hasContent("ISA*first");
        assertThat(outbox.resolve("done/po-4.edi")).hasContent("ISA*growing");
        assertThat(outbox.resolve("po-1.edi")).doesNotExist();
        assertThat(outbox.resolve(".po-2.edi")).exists();
        assertThat(outbox.resolve("po-3.edi.part")).exists();
        assertThat(outbox.resolve("notes.txt")).exists();
    }

    @Test
    void aFileOfTheSameNameAsOneAlreadyDoneIsKeptBesideItNotOverIt() throws IOException {
        Path outbox = root.resolve("outbox");
        Files.createDirectories(outbox.resolve("done"));
        Files.writeString(outbox.resolve("done/po-1.edi"), "ISA*earlier");
        Files.writeString(outbox.resolve("po-1.edi"), "ISA*later");
        SftpSettings settings = settings(partner.knownHostsLine(), "partner.sftp.password");
        SettledFiles settled = new SettledFiles(Duration.ZERO);
        try (var remote = open(settings)) {
            RemoteFolderPoll.poll("ACME", remote, settings, settled, this::accept, Instant.now());
            RemoteFolderPoll.poll("ACME", remote, settings, settled, this::accept, Instant.now().plusSeconds(1));
        }
        assertThat(outbox.resolve("done/po-1.edi")).hasContent("ISA*earlier");
        assertThat(outbox.resolve("done/po-1.edi.1")).hasContent("ISA*later");
    }

    @Test
    void anUnreadableFileAndOneIntakeRefusedGoToTheErrorFolderAndNothingElseStops() throws IOException {
        Path outbox = root.resolve("outbox");
        Files.writeString(outbox.resolve("locked-1.edi"), "ISA*cannot be read");
        Files.writeString(outbox.resolve("refused-1.edi"), "garbage");
        Files.writeString(outbox.resolve("po-9.edi"), "ISA*fine");
        SftpSettings settings = settings(partner.knownHostsLine(), "partner.sftp.password");
        SettledFiles settled = new SettledFiles(Duration.ZERO);
        RemoteFolderPoll.Outcome outcome;
        try (var remote = open(settings)) {
            RemoteFolderPoll.poll("ACME", remote, settings, settled, this::accept, Instant.now());
            outcome = RemoteFolderPoll.poll("ACME", remote, settings, settled, this::accept,
                    Instant.now().plusSeconds(1));
        }
        assertThat(outcome.unreadable()).isEqualTo(1);
        assertThat(outcome.refused()).isEqualTo(1);
        assertThat(outcome.taken()).isEqualTo(1);
        assertThat(takenIn).containsExactly("po-9.edi=ISA*fine", "refused-1.edi=garbage");
        assertThat(outbox.resolve("error/locked-1.edi")).hasContent("ISA*cannot be read");
        assertThat(outbox.resolve("error/refused-1.edi")).exists();
        assertThat(outbox.resolve("done/po-9.edi")).exists();
    }

    @Test
    void withoutADoneFolderATakenFileIsDeleted() throws IOException {
        Files.writeString(root.resolve("outbox/po-1.edi"), "ISA*first");
        SftpSettings base = settings(partner.knownHostsLine(), "partner.sftp.password");
        SftpSettings settings = new SftpSettings(base.host(), base.port(), base.user(), base.passwordRef(), null,
                base.hostKey(), "outbox", "*", null, null, 1, 0, null);
        SettledFiles settled = new SettledFiles(Duration.ZERO);
        try (var remote = open(settings)) {
            RemoteFolderPoll.poll("ACME", remote, settings, settled, this::accept, Instant.now());
            RemoteFolderPoll.poll("ACME", remote, settings, settled, this::accept, Instant.now().plusSeconds(1));
        }
        assertThat(takenIn).containsExactly("po-1.edi=ISA*first");
        assertThat(root.resolve("outbox/po-1.edi")).doesNotExist();
    }

    @Test
    void theFingerprintPinWorksLikeTheKnownHostsLine() throws IOException {
        String fingerprint = HostKeyPin.fingerprintOf(partner.hostKey);
        assertThat(fingerprint).startsWith("SHA256:").hasSize(50);
        try (var remote = open(settings(fingerprint, "partner.sftp.password"))) {
            assertThat(remote.sftp().readDir(".")).isNotNull();
        }
        try (var remote = open(settings(PublicKeyEntry.toString(partner.hostKey), "partner.sftp.password"))) {
            assertThat(remote.target()).isEqualTo("sftp://tradehub@127.0.0.1:" + partner.port());
        }
    }

    @Test
    void anotherHostKeyIsRefusedBeforeTheSignInWithBothFingerprintsNamed() throws Exception {
        SimpleGeneratorHostKeyProvider other = new SimpleGeneratorHostKeyProvider();
        other.setAlgorithm("EC");
        String otherKey = PublicKeyEntry.toString(other.loadKeys(null).get(0).getPublic());
        assertThatThrownBy(() -> open(settings(otherKey, "partner.sftp.password")))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("host key mismatch")
                .hasMessageContaining(HostKeyPin.fingerprintOf(partner.hostKey))
                .hasMessageContaining(HostKeyPin.parse(otherKey).fingerprint());
    }

    @Test
    void aWrongPasswordAndAMissingSecretSayWhat() {
        assertThatThrownBy(() -> open(settings(partner.knownHostsLine(), "partner.sftp.wrong")))
                .hasMessageContaining("refused the sign-in");
        assertThatThrownBy(() -> open(settings(partner.knownHostsLine(), "partner.sftp.unset")))
                .hasMessageContaining("'partner.sftp.unset', which has no value");
    }

    @Test
    void aRefusedConnectionIsATransportProblemThatNamesTheTarget() throws IOException {
        int port;
        try (var socket = new java.net.ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        SftpSettings base = settings(partner.knownHostsLine(), "partner.sftp.password");
        SftpSettings closed = new SftpSettings("127.0.0.1", port, "tradehub", base.passwordRef(), null,
                base.hostKey(), "/outbox", null, null, null, 1, 0, null);
        assertThatThrownBy(() -> open(closed)).hasMessageContaining("sftp://tradehub@127.0.0.1:" + port)
                .hasMessageContaining("cannot connect");
    }

    @Test
    void anUploadIsWrittenUnderATemporaryNameThenRenamedAndARetryReplacesTheSameFile() throws IOException {
        SftpSettings settings = settings(partner.knownHostsLine(), "partner.sftp.password");
        try (var remote = open(settings)) {
            assertThat(SftpUploadTransport.upload(remote, "/inbox", "acme-855-1.x12",
                    "ISA*855".getBytes(StandardCharsets.UTF_8))).isEqualTo("/inbox/acme-855-1.x12");
            SftpUploadTransport.upload(remote, "/inbox/", "acme-855-1.x12", "ISA*855 again".getBytes(StandardCharsets.UTF_8));
        }
        try (var files = Files.list(root.resolve("inbox"))) {
            assertThat(files.map(file -> file.getFileName().toString())).containsExactly("acme-855-1.x12");
        }
        assertThat(root.resolve("inbox/acme-855-1.x12")).hasContent("ISA*855 again");
    }

    @Test
    void anEd25519PrivateKeyNamedByItsFileOrGivenWholeSignsIn() throws Exception {
        java.security.KeyPair key = org.apache.sshd.common.config.keys.KeyUtils.generateKeyPair("ssh-ed25519", 256);
        partner.authorizedKey = key.getPublic();
        java.io.ByteArrayOutputStream pem = new java.io.ByteArrayOutputStream();
        org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter.INSTANCE.writePrivateKey(key,
                "tradehub@test", null, pem);
        Path keyFile = Files.write(Files.createTempFile("partner-key", ""), pem.toByteArray());
        SftpSettings settings = new SftpSettings("127.0.0.1", partner.port(), "tradehub", null, "partner.sftp.key",
                partner.knownHostsLine(), "/outbox", null, null, null, 1, 0, null);
        privateKeyValue = keyFile.toString();
        try (var remote = open(settings)) {
            assertThat(remote.sftp().readDir("/outbox")).isNotNull();
        }
        privateKeyValue = pem.toString(StandardCharsets.UTF_8);
        try (var remote = open(settings)) {
            assertThat(remote.sftp().readDir("/outbox")).isNotNull();
        }
        privateKeyValue = keyFile + ".missing";
        assertThatThrownBy(() -> open(settings)).hasMessageContaining("does not exist");
        partner.authorizedKey = org.apache.sshd.common.config.keys.KeyUtils.generateKeyPair("ssh-ed25519", 256)
                .getPublic();
        privateKeyValue = keyFile.toString();
        assertThatThrownBy(() -> open(settings)).hasMessageContaining("refused the sign-in");
    }

    @Test
    void pinsAreReadFromKnownHostsLinesKeyLinesAndFingerprints() {
        String key = PublicKeyEntry.toString(partner.hostKey);
        String fingerprint = HostKeyPin.fingerprintOf(partner.hostKey);
        assertThat(HostKeyPin.parse("sftp.acme.example,10.0.0.5 " + key).fingerprint()).isEqualTo(fingerprint);
        assertThat(HostKeyPin.parse(key + " comment").matches(partner.hostKey)).isTrue();
        assertThat(HostKeyPin.parse(fingerprint + "=").matches(partner.hostKey)).isTrue();
        assertThat(HostKeyPin.problem(null)).contains("hostKey is required");
        assertThat(HostKeyPin.problem("SHA256:short")).contains("no SHA256 fingerprint");
        assertThat(HostKeyPin.problem("MD5:12:34")).contains("MD5");
        assertThat(HostKeyPin.problem("sftp.acme.example ssh-ed25519 notbase64")).contains("cannot be read");
        assertThat(HostKeyPin.problem("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl")).isNull();
        assertThat(HostKeyPin.problem("trust me")).contains("neither a SHA256 fingerprint");
        assertThat(HostKeyPin.problem("@cert-authority *.example " + key)).contains("marked");
    }
}
