package dev.tradehub.channel.sftp.mailbox;

import dev.tradehub.channel.sftp.HostKeyPin;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.KeyPair;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.apache.sshd.common.AttributeRepository;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.common.session.SessionContext;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.forward.RejectAllForwardingFilter;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.server.session.ServerSession;
import org.apache.sshd.sftp.server.FileHandle;
import org.apache.sshd.sftp.server.Handle;
import org.apache.sshd.sftp.server.SftpEventListener;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;

/**
 * The SSH server under the mailbox (no container in it, so that tests run it alone): SFTP only (no shell, no
 * commands, no forwarding), password or public key sign-in against the partners' accounts, each session rooted at
 * its partner's folder, writing allowed only below {@code in}. It also knows which files are open for writing right
 * now, so that a file is never taken while a partner is still uploading it.
 */
final class MailboxSshServer implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(MailboxSshServer.class.getName());
    private static final AttributeRepository.AttributeKey<String> PARTNER = new AttributeRepository.AttributeKey<>();

    private final SshServer server;
    private final String hostKeyFingerprint;
    /** partner + virtual path of each file open for writing -> the session writing it. */
    private final Map<String, ServerSession> writing = new ConcurrentHashMap<>();

    private MailboxSshServer(SshServer server, String hostKeyFingerprint) {
        this.server = server;
        this.hostKeyFingerprint = hostKeyFingerprint;
    }

    /** Starts listening; an IOException when the port cannot be bound. */
    static MailboxSshServer start(String host, int port, Path hostKeyFile, Path root,
            MailboxServer.AccountLookup accounts) throws IOException {
        SshServer server = SshServer.setUpDefaultServer();
        server.setHost(host);
        server.setPort(port);
        SimpleGeneratorHostKeyProvider hostKeys = new SimpleGeneratorHostKeyProvider(hostKeyFile);
        hostKeys.setAlgorithm("EC");
        hostKeys.setKeySize(256);
        server.setKeyPairProvider(hostKeys);
        String fingerprint;
        try {
            List<KeyPair> keys = hostKeys.loadKeys(null);
            fingerprint = HostKeyPin.typeOf(keys.get(0).getPublic()) + " " + HostKeyPin.fingerprintOf(keys.get(0)
                    .getPublic());
        } catch (RuntimeException e) {
            throw new IOException("the host key " + hostKeyFile + " cannot be made or read: " + e.getMessage(), e);
        }
        MailboxSshServer mailbox = new MailboxSshServer(server, fingerprint);
        server.setPasswordAuthenticator((user, password, session) -> {
            Optional<MailboxAccount> account = accounts.find(user);
            boolean accepted = account.isPresent() && account.get().acceptsPassword(password);
            signedIn(session, user, account, accepted, "password");
            return accepted;
        });
        server.setPublickeyAuthenticator((user, key, session) -> {
            Optional<MailboxAccount> account = accounts.find(user);
            boolean accepted = account.isPresent() && account.get().acceptsKey(key);
            signedIn(session, user, account, accepted, "public key");
            return accepted;
        });
        server.setKeyboardInteractiveAuthenticator(null);
        server.setForwardingFilter(RejectAllForwardingFilter.INSTANCE);
        server.setFileSystemFactory(new VirtualFileSystemFactory() {
            @Override
            public Path getUserHomeDir(SessionContext session) throws IOException {
                String partner = session.getAttribute(PARTNER);
                if (partner == null) {
                    throw new AccessDeniedException("no mailbox for this session");
                }
                return MailboxFolders.home(root, partner);
            }
        });
        SftpSubsystemFactory sftp = new SftpSubsystemFactory.Builder().build();
        sftp.addSftpEventListener(mailbox.new InOnlyWrites());
        server.setSubsystemFactories(List.of(sftp));
        server.start();
        return mailbox;
    }

    private static void signedIn(ServerSession session, String user, Optional<MailboxAccount> account,
            boolean accepted, String method) {
        if (accepted) {
            session.setAttribute(PARTNER, account.get().partner());
            LOG.info(() -> "SFTP mailbox: " + user + " (partner " + account.get().partner()
                    + ") signed in by " + method + " from " + session.getClientAddress());
        } else {
            LOG.warning(() -> "SFTP mailbox: sign-in of '" + user + "' by " + method + " refused from "
                    + session.getClientAddress() + (account.isEmpty() ? " (no such account)" : ""));
        }
    }

    int port() {
        return server.getPort();
    }

    String hostKeyFingerprint() {
        return hostKeyFingerprint;
    }

    /** Whether a session has the partner's {@code in/<name>} open for writing right now. */
    boolean openForWriting(String partner, String name) {
        return writing.containsKey(partner + ":/" + MailboxFolders.IN + "/" + name);
    }

    @Override
    public void close() {
        try {
            server.stop(true);
        } catch (IOException | RuntimeException e) {
            LOG.warning(() -> "The SFTP mailbox did not stop cleanly: " + e);
        }
    }

    /** Writing (files and folders) only below {@code /in}; tracks the files open for writing. */
    private final class InOnlyWrites implements SftpEventListener {

        @Override
        public void opening(ServerSession session, String remoteHandle, Handle localHandle) throws IOException {
            if (localHandle instanceof FileHandle file && writes(file) && !belowIn(file.getFile())) {
                throw new AccessDeniedException(file.getFile().toString(), null, "only /in takes files");
            }
        }

        @Override
        public void open(ServerSession session, String remoteHandle, Handle localHandle) {
            if (localHandle instanceof FileHandle file && writes(file)) {
                writing.put(key(session, file.getFile()), session);
            }
        }

        @Override
        public void closed(ServerSession session, String remoteHandle, Handle localHandle, Throwable thrown) {
            if (localHandle instanceof FileHandle file) {
                writing.remove(key(session, file.getFile()), session);
            }
        }

        @Override
        public void destroying(ServerSession session) {
            writing.values().removeIf(writer -> writer == session);
        }

        @Override
        public void creating(ServerSession session, Path path, Map<String, ?> attrs) throws IOException {
            if (!belowIn(path)) {
                throw new AccessDeniedException(path.toString(), null, "folders can only be made in /in");
            }
        }

        @Override
        public void moving(ServerSession session, Path source, Path target, java.util.Collection<java.nio.file.CopyOption> opts)
                throws IOException {
            if (!belowIn(target) && !sameFolder(source, target)) {
                throw new AccessDeniedException(target.toString(), null, "files can only be moved into /in");
            }
        }

        private boolean writes(FileHandle file) {
            Set<StandardOpenOption> options = file.getOpenOptions();
            return options.contains(StandardOpenOption.WRITE) || options.contains(StandardOpenOption.APPEND);
        }

        private boolean belowIn(Path path) {
            Path absolute = path.toAbsolutePath().normalize();
            return absolute.getNameCount() >= 2 && absolute.getName(0).toString().equals(MailboxFolders.IN);
        }

        private boolean sameFolder(Path source, Path target) {
            Path from = source.toAbsolutePath().normalize().getParent();
            Path to = target.toAbsolutePath().normalize().getParent();
            return from != null && from.equals(to) && from.getNameCount() >= 1;
        }

        private String key(ServerSession session, Path file) {
            return session.getAttribute(PARTNER) + ":" + file.toAbsolutePath().normalize();
        }
    }
}
