package dev.tradehub.partner;

import java.util.List;
import java.util.Locale;

/**
 * How a partner's documents reach TradeHub other than over the REST API, and the connection details of the channels
 * its outbound documents take ({@code outbound.transport} names which one). Secrets never sit in a profile: a
 * password or key is named by a configuration key ({@code ...Ref}) whose value the server's configuration holds.
 *
 * @param inbound the channels the partner may send on ({@code REST}, {@code AS2}, {@code SFTP}, {@code SFTP_MAILBOX},
 *                {@code FOLDER}, {@code JMS}); empty = any. A document that arrives on another one is kept and fails
 *                as {@code UNKNOWN_PARTNER}.
 * @param as2     the partner's AS2 identity, certificate and MDN wishes
 * @param sftp    the partner's SFTP server that TradeHub polls for files and uploads files to
 * @param mailbox the partner's account on TradeHub's own SFTP server
 * @param folder  the folder watched for the partner's files
 */
public record ChannelSettings(List<String> inbound, As2Settings as2, SftpSettings sftp, MailboxSettings mailbox,
        FolderSettings folder) {

    /** The channel names a profile may use in {@code inbound}. */
    public static final List<String> INBOUND = List.of("REST", "AS2", "SFTP", "SFTP_MAILBOX", "FOLDER", "JMS");

    public ChannelSettings {
        inbound = inbound == null ? List.of()
                : inbound.stream().map(c -> c == null ? "" : c.trim().toUpperCase(Locale.ROOT)).toList();
    }

    /** Whether the partner may send on this channel (the intake's name of it, e.g. {@code sftp-mailbox}). */
    public boolean allowsInbound(String channel) {
        return inbound.isEmpty() || inbound.contains(channelName(channel));
    }

    /** A channel as the profile spells it: {@code sftp-mailbox} becomes {@code SFTP_MAILBOX}. */
    public static String channelName(String channel) {
        return channel == null ? "" : channel.trim().replace('-', '_').toUpperCase(Locale.ROOT);
    }

    /**
     * AS2 (RFC 4130) with the partner.
     *
     * @param partnerId       the partner's AS2 ID ({@code AS2-From} of what it sends us, {@code AS2-To} of ours)
     * @param ourId           our AS2 ID as the partner addresses us; null = {@code tradehub.as2.id}
     * @param url             where we send the partner's documents
     * @param certificate     the partner's X.509 certificate, PEM: checks its signatures, encrypts what we send
     * @param sign            whether what we send is signed (default true)
     * @param encrypt         whether what we send is encrypted (default true)
     * @param compress        whether what we send is compressed (default false)
     * @param signingAlgorithm    the MIC algorithm of our signatures, e.g. {@code sha-256} (default)
     * @param encryptionAlgorithm e.g. {@code aes256-cbc} (default {@code aes128-cbc})
     * @param mdn             the receipt we ask for: {@code SYNC} (default), {@code ASYNC} or {@code NONE}
     * @param signedMdn       whether we ask for a signed MDN (default true)
     * @param mdnWithinMinutes how long an asynchronous MDN may take before the delivery is retried (default 30)
     */
    public record As2Settings(String partnerId, String ourId, String url, String certificate, Boolean sign,
            Boolean encrypt, Boolean compress, String signingAlgorithm, String encryptionAlgorithm, String mdn,
            Boolean signedMdn, Integer mdnWithinMinutes) {
    }

    /**
     * The partner's SFTP server ({@code docs/channels-sftp.md}).
     *
     * @param host           host name or address
     * @param port           default 22
     * @param user           the account TradeHub signs in with
     * @param passwordRef    the configuration key holding the password, or null
     * @param privateKeyRef  the configuration key holding an unencrypted OpenSSH or PEM private key, or the path of
     *                       its file, or null
     * @param hostKey        the server's public host key as in {@code known_hosts} ({@code ssh-ed25519 AAAA...})
     *                       or its SHA-256 fingerprint ({@code SHA256:...}): connections to any other key fail
     * @param inboundFolder  the remote folder polled for the partner's files; null = no polling
     * @param filePattern    a glob of the files taken, e.g. {@code *.edi} (default {@code *}); names starting with
     *                       a dot or ending in {@code .part}, {@code .tmp}, {@code .filepart} are never taken
     * @param doneFolder     where a file taken in goes; null = deleted
     * @param errorFolder    where a file that cannot be read, or that intake refused, goes (default
     *                       {@code <inboundFolder>/error})
     * @param pollSeconds    how often the folder is polled (default 60)
     * @param settleSeconds  how long a file's size and time stamp must hold still before it is taken (default 0:
     *                       unchanged between two polls)
     * @param outboundFolder the remote folder our documents are uploaded to, for {@code outbound.transport} SFTP
     */
    public record SftpSettings(String host, Integer port, String user, String passwordRef, String privateKeyRef,
            String hostKey, String inboundFolder, String filePattern, String doneFolder, String errorFolder,
            Integer pollSeconds, Integer settleSeconds, String outboundFolder) {
    }

    /**
     * The partner's account on TradeHub's SFTP server: it sees only its own {@code in} and {@code out}.
     *
     * @param user          the account name (unique among partners)
     * @param passwordRef   the configuration key holding its password, or null
     * @param authorizedKeys the public keys it may sign in with, as in {@code authorized_keys}
     *                      ({@code ssh-ed25519 AAAA... comment})
     */
    public record MailboxSettings(String user, String passwordRef, List<String> authorizedKeys) {

        public MailboxSettings {
            authorizedKeys = authorizedKeys == null ? List.of() : List.copyOf(authorizedKeys);
        }
    }

    /**
     * A local folder watched for the partner's files.
     *
     * @param inbound     the folder; relative to the data folder unless absolute
     * @param filePattern a glob of the files taken (default {@code *}; names starting with a dot and ending in
     *                    {@code .part} or {@code .tmp} are always left alone)
     * @param doneFolder  where a file taken in goes (default {@code inbound/done}); {@code DELETE} deletes it
     * @param errorFolder where a file that cannot be taken in goes (default {@code inbound/error})
     */
    public record FolderSettings(String inbound, String filePattern, String doneFolder, String errorFolder) {
    }
}
