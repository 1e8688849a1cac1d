package dev.tradehub.channel.sftp.mailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tradehub.channel.sftp.HostKeyPin;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.SftpClientFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The mailbox's SSH server alone: accounts, each rooted at its partner's folder, writes only below /in. */
class MailboxSshServerTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @TempDir
    Path data;

    private MailboxSshServer server;
    private SshClient client;
    private KeyPair betaKey;
    private final List<String> lookedUp = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        betaKey = KeyUtils.generateKeyPair(KeyPairProvider_ECDSA, 256);
        Map<String, MailboxAccount> accounts = Map.of(
                "acme-edi", new MailboxAccount("ACME", "acme-edi", "acme password", List.of()),
                "beta-edi", MailboxAccount.of("BETA", new dev.tradehub.partner.ChannelSettings.MailboxSettings(
                        "beta-edi", null, List.of(PublicKeyEntry.toString(betaKey.getPublic()) + " beta@host")), null));
        server = MailboxSshServer.start("127.0.0.1", 0, data.resolve("sftp-host-key.ser"), data.resolve("mailbox"),
                user -> {
                    lookedUp.add(user);
                    return Optional.ofNullable(accounts.get(user));
                });
        client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier((session, address, key) -> true); // the test trusts its own server
        client.start();
    }

    private static final String KeyPairProvider_ECDSA = "ecdsa-sha2-nistp256";

    @AfterEach
    void stop() {
        client.stop();
        server.close();
    }

    private SftpClient signIn(String user, String password, KeyPair key) throws IOException {
        ClientSession session = client.connect(user, "127.0.0.1", server.port()).verify(TIMEOUT).getSession();
        if (password != null) {
            session.addPasswordIdentity(password);
        }
        if (key != null) {
            session.addPublicKeyIdentity(key);
        }
        try {
            session.auth().verify(TIMEOUT);
        } catch (IOException e) {
            session.close(true);
            throw e;
        }
        return SftpClientFactory.instance().createSftpClient(session);
    }

    private static List<String> names(SftpClient sftp, String folder) throws IOException {
        return StreamSupport.stream(sftp.readDir(folder).spliterator(), false).map(SftpClient.DirEntry::getFilename)
                .filter(name -> !name.equals(".") && !name.equals("..")).sorted().toList();
    }

    @Test
    void aPartnerSeesOnlyItsInAndOutAndCannotClimbOut() throws IOException {
        Files.createDirectories(data.resolve("mailbox/BETA/in"));
        Files.writeString(data.resolve("mailbox/BETA/in/secret.edi"), "BETA's");
        try (SftpClient sftp = signIn("acme-edi", "acme password", null)) {
            assertThat(names(sftp, "/")).containsExactly("in", "out");
            assertThat(names(sftp, "/..")).containsExactly("in", "out");
            assertThat(names(sftp, "../../")).containsExactly("in", "out");
            assertThatThrownBy(() -> sftp.stat("/../BETA/in/secret.edi")).isInstanceOf(IOException.class);
            assertThatThrownBy(() -> sftp.read("../BETA/in/secret.edi").readAllBytes()).isInstanceOf(IOException.class);
        }
    }

    @Test
    void filesGoIntoInOnlyAndAnOpenUploadIsKnownUntilItCloses() throws IOException {
        try (SftpClient sftp = signIn("acme-edi", "acme password", null)) {
            try (OutputStream upload = sftp.write("/in/po-1.edi")) {
                upload.write("ISA*".getBytes(StandardCharsets.UTF_8));
                upload.flush();
                assertThat(server.openForWriting("ACME", "po-1.edi")).isTrue();
            }
            assertThat(server.openForWriting("ACME", "po-1.edi")).isFalse();
            assertThat(data.resolve("mailbox/ACME/in/po-1.edi")).hasContent("ISA*");
            assertThatThrownBy(() -> {
                try (OutputStream out = sftp.write("/out/forged.x12")) {
                    out.write(1);
                }
            }).isInstanceOf(IOException.class);
            assertThatThrownBy(() -> {
                try (OutputStream out = sftp.write("/top.edi")) {
                    out.write(1);
                }
            }).isInstanceOf(IOException.class);
            assertThatThrownBy(() -> sftp.mkdir("/elsewhere")).isInstanceOf(IOException.class);
            sftp.mkdir("/in/batch");
            sftp.rename("/in/po-1.edi", "/in/batch/po-1.edi");
            assertThatThrownBy(() -> sftp.rename("/in/batch/po-1.edi", "/out/po-1.edi")).isInstanceOf(IOException.class);
        }
        assertThat(data.resolve("mailbox/ACME/out/forged.x12")).doesNotExist();
        assertThat(data.resolve("mailbox/ACME/top.edi")).doesNotExist();
    }

    @Test
    void theOutFolderIsReadAndEmptiedByItsPartner() throws IOException {
        Files.createDirectories(data.resolve("mailbox/ACME/out"));
        Files.writeString(data.resolve("mailbox/ACME/out/acme-855.x12"), "ISA*855");
        try (SftpClient sftp = signIn("acme-edi", "acme password", null)) {
            assertThat(new String(sftp.read("/out/acme-855.x12").readAllBytes(), StandardCharsets.UTF_8))
                    .isEqualTo("ISA*855");
            sftp.remove("/out/acme-855.x12");
        }
        assertThat(data.resolve("mailbox/ACME/out/acme-855.x12")).doesNotExist();
    }

    @Test
    void aWrongPasswordAnUnknownUserAndAnotherKeyAreRefused() throws Exception {
        assertThatThrownBy(() -> signIn("acme-edi", "wrong", null)).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> signIn("nobody", "acme password", null)).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> signIn("beta-edi", "acme password", null)).isInstanceOf(IOException.class);
        KeyPair stranger = KeyUtils.generateKeyPair(KeyPairProvider_ECDSA, 256);
        assertThatThrownBy(() -> signIn("beta-edi", null, stranger)).isInstanceOf(IOException.class);
        try (SftpClient sftp = signIn("beta-edi", null, betaKey)) {
            assertThat(names(sftp, "/")).containsExactly("in", "out");
        }
        assertThat(lookedUp).contains("acme-edi", "nobody", "beta-edi");
    }

    @Test
    void theHostKeyIsMadeOnceAndKeptAcrossRestarts() throws IOException {
        String first = server.hostKeyFingerprint();
        server.close();
        server = MailboxSshServer.start("127.0.0.1", 0, data.resolve("sftp-host-key.ser"), data.resolve("mailbox"),
                user -> Optional.empty());
        assertThat(server.hostKeyFingerprint()).isEqualTo(first).startsWith("ecdsa-sha2-nistp256 SHA256:");
        assertThat(HostKeyPin.problem(first.split(" ")[1])).isNull();
    }

    @Test
    void aStoppedServerReleasesItsPortAtOnce() throws IOException {
        int port = server.port();
        server.close();
        try (var socket = new java.net.ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new java.net.InetSocketAddress("127.0.0.1", port));
        }
        server = MailboxSshServer.start("127.0.0.1", port, data.resolve("sftp-host-key.ser"), data.resolve("mailbox"),
                user -> Optional.empty());
        assertThat(server.port()).isEqualTo(port);
    }
}
