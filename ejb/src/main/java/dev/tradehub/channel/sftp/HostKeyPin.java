package dev.tradehub.channel.sftp;

import java.security.PublicKey;
import java.util.List;
import java.util.Locale;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.config.keys.PublicKeyEntryResolver;
import org.apache.sshd.common.digest.BuiltinDigests;

/**
 * The one host key a partner's SFTP server may present, as the profile pins it ({@code channels.sftp.hostKey}):
 * either a {@code known_hosts} line (with or without its host names: {@code sftp.acme.example ssh-ed25519 AAAA...})
 * or a public key line ({@code ecdsa-sha2-nistp256 AAAA...}), or the key's SHA-256 fingerprint as {@code ssh-keygen
 * -lf} and OpenSSH print it ({@code SHA256:...}). There is no "trust on first use" and no "accept any": a server
 * presenting another key is refused before the password or key is ever sent.
 */
public final class HostKeyPin {

    private final String fingerprint;

    private HostKeyPin(String fingerprint) {
        this.fingerprint = fingerprint;
    }

    /** The pin; an IllegalArgumentException says what is wrong with the setting. */
    public static HostKeyPin parse(String hostKey) {
        if (hostKey == null || hostKey.isBlank()) {
            throw new IllegalArgumentException("channels.sftp.hostKey is required: the server's public key (a"
                    + " known_hosts line) or its SHA256 fingerprint; TradeHub never trusts an unknown server");
        }
        String value = hostKey.trim();
        if (value.regionMatches(true, 0, "SHA256:", 0, 7)) {
            String digest = value.substring(7).replaceAll("=+$", "");
            if (!digest.matches("[A-Za-z0-9+/]{43}")) {
                throw new IllegalArgumentException("channels.sftp.hostKey '" + value + "' is no SHA256 fingerprint"
                        + " (SHA256: and 43 base64 characters, as ssh-keygen -lf prints it)");
            }
            return new HostKeyPin("SHA256:" + digest);
        }
        if (value.regionMatches(true, 0, "MD5:", 0, 4) || value.matches("([0-9a-fA-F]{2}:){15}[0-9a-fA-F]{2}")) {
            throw new IllegalArgumentException("channels.sftp.hostKey is an MD5 fingerprint: pin the SHA256"
                    + " fingerprint or the key itself");
        }
        return new HostKeyPin(fingerprintOf(publicKeyOf(value)));
    }

    /** What is wrong with the setting, or null when it pins a key. */
    public static String problem(String hostKey) {
        try {
            parse(hostKey);
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    /** Whether the server's key is the pinned one. */
    public boolean matches(PublicKey presented) {
        return presented != null && fingerprint.equals(fingerprintOf(presented));
    }

    /** The pinned key's SHA-256 fingerprint. */
    public String fingerprint() {
        return fingerprint;
    }

    /** A key's SHA-256 fingerprint as OpenSSH prints it ({@code SHA256:} + unpadded base64). */
    public static String fingerprintOf(PublicKey key) {
        String printed = KeyUtils.getFingerPrint(BuiltinDigests.sha256, key);
        return printed.replaceAll("=+$", "");
    }

    /** A key's type name ({@code ssh-ed25519}, {@code ecdsa-sha2-nistp256}, {@code ssh-rsa}). */
    public static String typeOf(PublicKey key) {
        return KeyUtils.getKeyType(key);
    }

    private static PublicKey publicKeyOf(String line) {
        if (line.startsWith("@")) {
            throw new IllegalArgumentException("channels.sftp.hostKey '" + abbreviated(line) + "' is a marked"
                    + " known_hosts line (@cert-authority, @revoked): pin the server's own key");
        }
        List<String> tokens = List.of(line.split("\\s+"));
        for (int i = 0; i + 1 < tokens.size(); i++) {
            String type = tokens.get(i);
            if (KeyUtils.getPublicKeyEntryDecoder(type) == null) {
                continue;
            }
            try {
                PublicKey key = PublicKeyEntry.parsePublicKeyEntry(type + " " + tokens.get(i + 1))
                        .resolvePublicKey(null, java.util.Map.of(), PublicKeyEntryResolver.FAILING);
                if (key == null) {
                    break;
                }
                return key;
            } catch (java.io.IOException | java.security.GeneralSecurityException | RuntimeException e) {
                throw new IllegalArgumentException("channels.sftp.hostKey: the " + type + " key of '"
                        + abbreviated(line) + "' cannot be read (" + e.getMessage() + ")");
            }
        }
        throw new IllegalArgumentException("channels.sftp.hostKey '" + abbreviated(line) + "' is neither a SHA256"
                + " fingerprint nor a known_hosts or public key line of a key type TradeHub knows"
                + " (ssh-ed25519, ecdsa-sha2-nistp256/384/521, ssh-rsa)");
    }

    private static String abbreviated(String value) {
        return value.length() <= 60 ? value : value.substring(0, 57) + "...";
    }
}
