package dev.tradehub.channel.sftp;

import dev.tradehub.channel.ChannelSecrets;
import dev.tradehub.partner.ChannelSettings.SftpSettings;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.AttributeRepository;
import org.apache.sshd.common.NamedResource;
import org.apache.sshd.common.util.security.SecurityUtils;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.SftpClientFactory;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Opens SFTP sessions to partners' servers, for polling and for upload: one SSH client for the whole server (its
 * threads started once, stopped with the application), a session per poll or upload. Every session checks the
 * server's key against the profile's pin before anything is sent, and signs in with the password or private key
 * the profile names by configuration key. Every wait is bounded ({@code tradehub.sftp.client.timeout-seconds}).
 */
@ApplicationScoped
public class SftpConnector {

    private static final Logger LOG = Logger.getLogger(SftpConnector.class.getName());

    /** What a session's host key check needs: the pin, and where it leaves what the server presented. */
    record HostKeyCheck(HostKeyPin pin, AtomicReference<String> presented) {
    }

    static final AttributeRepository.AttributeKey<HostKeyCheck> HOST_KEY_CHECK = new AttributeRepository.AttributeKey<>();

    @Inject
    ChannelSecrets secrets;

    @Inject
    @ConfigProperty(name = "tradehub.sftp.client.timeout-seconds", defaultValue = "20")
    long timeoutSeconds;

    private SshClient client;

    @PostConstruct
    void start() {
        client = pinnedClient();
        client.start();
    }

    @PreDestroy
    void stop() {
        if (client != null) {
            try {
                client.stop();
            } catch (RuntimeException e) {
                LOG.warning(() -> "The SFTP client did not stop cleanly: " + e);
            }
        }
    }

    /** An SSH client that accepts a server only when its key matches the pin its session was opened with. */
    static SshClient pinnedClient() {
        SshClient client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier((session, address, key) -> {
            HostKeyCheck check = session.getConnectionContext() == null ? null
                    : session.getConnectionContext().getAttribute(HOST_KEY_CHECK);
            if (check == null) {
                return false;
            }
            check.presented().set(HostKeyPin.typeOf(key) + " " + HostKeyPin.fingerprintOf(key));
            return check.pin().matches(key);
        });
        // No ~/.ssh of the server's account: only what the profile says is used.
        client.setKeyIdentityProvider(session -> java.util.List.of());
        return client;
    }

    /** A signed-in SFTP session to the partner's server; an IOException says in words why there is none. */
    public PartnerSftp open(String partner, SftpSettings settings) throws IOException {
        return open(client, secrets::resolve, partner, settings, Duration.ofSeconds(timeoutSeconds));
    }

    static PartnerSftp open(SshClient client, Secrets secrets, String partner, SftpSettings settings,
            Duration timeout) throws IOException {
        if (settings == null || blank(settings.host()) || blank(settings.user())) {
            throw new IOException("partner " + partner + " has no channels.sftp host and user");
        }
        HostKeyPin pin;
        try {
            pin = HostKeyPin.parse(settings.hostKey());
        } catch (IllegalArgumentException e) {
            throw new IOException(e.getMessage());
        }
        int port = settings.port() == null ? 22 : settings.port();
        String target = "sftp://" + settings.user() + "@" + settings.host() + ":" + port;
        String password = blank(settings.passwordRef()) ? null
                : secrets.resolve("channels.sftp.passwordRef", settings.passwordRef());
        KeyPair key = blank(settings.privateKeyRef()) ? null
                : privateKey(secrets.resolve("channels.sftp.privateKeyRef", settings.privateKeyRef()),
                        settings.privateKeyRef());
        if (password == null && key == null) {
            throw new IOException("partner " + partner + " names neither channels.sftp.passwordRef nor privateKeyRef");
        }
        HostKeyCheck check = new HostKeyCheck(pin, new AtomicReference<>());
        ClientSession session = null;
        try {
            session = client.connect(settings.user(), settings.host(), port,
                    AttributeRepository.ofKeyValuePair(HOST_KEY_CHECK, check), null).verify(timeout).getSession();
            if (password != null) {
                session.addPasswordIdentity(password);
            }
            if (key != null) {
                session.addPublicKeyIdentity(key);
            }
            session.auth().verify(timeout);
            SftpClient sftp = SftpClientFactory.instance().createSftpClient(session);
            return new PartnerSftp(target, session, sftp);
        } catch (IOException | RuntimeException e) {
            if (session != null) {
                session.close(true);
            }
            throw new IOException(describe(target, check, pin, e), e);
        }
    }

    private static String describe(String target, HostKeyCheck check, HostKeyPin pin, Exception e) {
        String presented = check.presented().get();
        if (presented != null && !presented.endsWith(pin.fingerprint())) {
            return target + ": host key mismatch: the server presented " + presented + " but the profile pins "
                    + pin.fingerprint() + " (channels.sftp.hostKey); nothing was sent. If the partner changed its"
                    + " key, confirm the new one with the partner and update the profile";
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (message.contains("No more authentication methods") || message.toLowerCase(java.util.Locale.ROOT)
                .contains("auth")) {
            return target + ": the server refused the sign-in (" + message + "): check channels.sftp.user and the"
                    + " password or key its ...Ref names";
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String cause = root == e ? message : message + " (" + root.getClass().getSimpleName() + ": "
                + root.getMessage() + ")";
        return target + ": cannot connect: " + cause;
    }

    /** The key pair of an OpenSSH or PEM private key: the configuration value is the key itself or its file's path. */
    static KeyPair privateKey(String value, String ref) throws IOException {
        try (InputStream in = value.contains("-----BEGIN")
                ? new ByteArrayInputStream(value.getBytes(StandardCharsets.UTF_8))
                : Files.newInputStream(Path.of(value.trim()))) {
            Iterable<KeyPair> pairs = SecurityUtils.loadKeyPairIdentities(null, NamedResource.ofName(ref), in, null);
            if (pairs != null) {
                for (KeyPair pair : pairs) {
                    return pair;
                }
            }
            throw new IOException("the private key that " + ref + " names holds no key");
        } catch (java.nio.file.NoSuchFileException e) {
            throw new IOException("the private key file that " + ref + " names does not exist: " + e.getFile());
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new IOException("the private key that " + ref + " names cannot be read (" + e.getMessage()
                    + "); an unencrypted OpenSSH or PEM key is needed");
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** Where the values of the profile's ...Ref keys come from ({@link ChannelSecrets} in the server). */
    interface Secrets {
        String resolve(String field, String key) throws IOException;
    }

    /** A signed-in session; closing it ends the SSH session. */
    public record PartnerSftp(String target, ClientSession session, SftpClient sftp) implements AutoCloseable {

        @Override
        public void close() {
            try {
                sftp.close();
            } catch (IOException | RuntimeException ignored) {
                // the session below is closed anyway
            }
            session.close(true);
        }
    }
}
