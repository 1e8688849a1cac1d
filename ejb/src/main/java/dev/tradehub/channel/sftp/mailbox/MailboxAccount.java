package dev.tradehub.channel.sftp.mailbox;

import dev.tradehub.partner.ChannelSettings.MailboxSettings;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.apache.sshd.common.config.keys.AuthorizedKeyEntry;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntryResolver;

/**
 * A partner's account on the mailbox server, as its profile ({@code channels.mailbox}) and the server's
 * configuration (the password its {@code passwordRef} names) make it.
 *
 * @param partner  the partner's code: its folder is {@code <data-dir>/mailbox/<partner>/}
 * @param user     the account name
 * @param password the password, or null (no password sign-in)
 * @param keys     the public keys it may sign in with
 */
public record MailboxAccount(String partner, String user, String password, List<PublicKey> keys) {

    private static final Logger LOG = Logger.getLogger(MailboxAccount.class.getName());

    /** The account of a profile's mailbox settings; keys that cannot be read are left out, with a warning. */
    static MailboxAccount of(String partner, MailboxSettings settings, String password) {
        List<PublicKey> keys = new ArrayList<>();
        for (String line : settings.authorizedKeys()) {
            try {
                keys.add(publicKey(line));
            } catch (IllegalArgumentException e) {
                LOG.warning(() -> "partner " + partner + ": channels.mailbox.authorizedKeys: " + e.getMessage());
            }
        }
        return new MailboxAccount(partner, settings.user().trim(), password, List.copyOf(keys));
    }

    /** A public key of an {@code authorized_keys} line; an IllegalArgumentException says why it is none. */
    static PublicKey publicKey(String line) {
        try {
            AuthorizedKeyEntry entry = AuthorizedKeyEntry.parseAuthorizedKeyEntry(line == null ? "" : line.trim());
            PublicKey key = entry == null ? null
                    : entry.resolvePublicKey(null, Map.of(), PublicKeyEntryResolver.FAILING);
            if (key == null) {
                throw new IllegalArgumentException("'" + line + "' is no public key");
            }
            return key;
        } catch (java.io.IOException | java.security.GeneralSecurityException | RuntimeException e) {
            if (e instanceof IllegalArgumentException illegal && illegal.getMessage() != null
                    && illegal.getMessage().endsWith("is no public key")) {
                throw illegal;
            }
            throw new IllegalArgumentException("'" + abbreviated(line) + "' is no authorized_keys line TradeHub can"
                    + " read (" + e.getMessage() + ")");
        }
    }

    /** The password matches (compared in constant time). */
    boolean acceptsPassword(String offered) {
        return password != null && offered != null && MessageDigest.isEqual(
                password.getBytes(StandardCharsets.UTF_8), offered.getBytes(StandardCharsets.UTF_8));
    }

    boolean acceptsKey(PublicKey offered) {
        return offered != null && keys.stream().anyMatch(key -> KeyUtils.compareKeys(key, offered));
    }

    private static String abbreviated(String value) {
        return value == null ? "" : value.length() <= 60 ? value : value.substring(0, 57) + "...";
    }
}
