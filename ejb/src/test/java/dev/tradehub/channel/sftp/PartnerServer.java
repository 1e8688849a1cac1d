package dev.tradehub.channel.sftp;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.List;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.server.session.ServerSession;
import org.apache.sshd.sftp.server.FileHandle;
import org.apache.sshd.sftp.server.Handle;
import org.apache.sshd.sftp.server.SftpEventListener;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;

/** A partner's SFTP server in the test JVM: one account, a folder as its root, files named locked* unreadable. */
final class PartnerServer implements AutoCloseable {

    final SshServer server;
    final PublicKey hostKey;
    /** The client key the account accepts, if any. */
    volatile PublicKey authorizedKey;

    PartnerServer(Path root, String user, String password) throws IOException {
        server = SshServer.setUpDefaultServer();
        server.setHost("127.0.0.1");
        server.setPort(0);
        SimpleGeneratorHostKeyProvider keys = new SimpleGeneratorHostKeyProvider();
        keys.setAlgorithm("EC");
        server.setKeyPairProvider(keys);
        hostKey = keys.loadKeys(null).get(0).getPublic();
        server.setPasswordAuthenticator((u, p, session) -> u.equals(user) && p.equals(password));
        server.setPublickeyAuthenticator((u, key, session) -> u.equals(user) && authorizedKey != null
                && org.apache.sshd.common.config.keys.KeyUtils.compareKeys(authorizedKey, key));
        server.setFileSystemFactory(new VirtualFileSystemFactory(root));
        SftpSubsystemFactory sftp = new SftpSubsystemFactory.Builder().build();
        sftp.addSftpEventListener(new SftpEventListener() {
            @Override
            public void opening(ServerSession session, String remoteHandle, Handle localHandle) throws IOException {
                if (localHandle instanceof FileHandle && localHandle.getFile().getFileName().toString().startsWith("locked")) {
                    throw new AccessDeniedException(localHandle.getFile().toString());
                }
            }
        });
        server.setSubsystemFactories(List.of(sftp));
        server.start();
    }

    int port() {
        return server.getPort();
    }

    String knownHostsLine() {
        return "[127.0.0.1]:" + port() + " " + PublicKeyEntry.toString(hostKey);
    }

    @Override
    public void close() throws IOException {
        server.stop(true);
    }
}
