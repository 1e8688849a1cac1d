package dev.tradehub.partner;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
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
     * AS2 (RFC 4130) with the partner. What the partner sends is recognised by its AS2 ID, decrypted with our key
     * ({@code tradehub.as2.keystore}) and checked against its certificate; what we send is signed with our key and
     * encrypted for its certificate.
     *
     * @param partnerId           the partner's AS2 ID ({@code AS2-From} of what it sends us, {@code AS2-To} of ours);
     *                            compared exactly (AS2 IDs are case-sensitive)
     * @param ourId               our AS2 ID as the partner addresses us; null = {@code tradehub.as2.id}
     * @param url                 where we send the partner's documents (its AS2 endpoint)
     * @param certificate         the partner's X.509 certificate, PEM: checks its signatures (messages and MDNs),
     *                            encrypts what we send
     * @param sign                whether what we send is signed (default true)
     * @param encrypt             whether what we send is encrypted (default true)
     * @param compress            whether what we send is compressed, before signing (default false)
     * @param signingAlgorithm    the digest of our signatures and the MIC we ask for, e.g. {@code sha-256} (default)
     * @param encryptionAlgorithm e.g. {@code aes256-cbc} (default {@code aes128-cbc})
     * @param mdn                 the receipt we ask for: {@code SYNC} (default), {@code ASYNC} (to
     *                            {@code tradehub.as2.async-mdn-url}) or {@code NONE} (delivered once the partner's
     *                            server answers 2xx)
     * @param signedMdn           whether we ask for a signed MDN (default true); a signed MDN asked for that comes
     *                            unsigned fails the delivery
     * @param mdnWithinMinutes    how long an asynchronous MDN may take before the delivery counts as failed and is
     *                            retried (default 30)
     * @param acceptUnsigned      whether an unsigned message from the partner is taken in (default false: refused
     *                            with {@code authentication-failed}, since only the signature proves who sent it)
     */
    public record As2Settings(String partnerId, String ourId, String url, String certificate, Boolean sign,
            Boolean encrypt, Boolean compress, String signingAlgorithm, String encryptionAlgorithm, String mdn,
            Boolean signedMdn, Integer mdnWithinMinutes, Boolean acceptUnsigned) {

        /** The {@code mdn} values. */
        public static final List<String> MDN_MODES = List.of("SYNC", "ASYNC", "NONE");
        public static final String DEFAULT_SIGNING_ALGORITHM = "sha-256";
        public static final String DEFAULT_ENCRYPTION_ALGORITHM = "aes128-cbc";
        public static final int DEFAULT_MDN_WITHIN_MINUTES = 30;

        public boolean signs() {
            return sign == null || sign;
        }

        public boolean encrypts() {
            return encrypt == null || encrypt;
        }

        public boolean compresses() {
            return compress != null && compress;
        }

        public boolean asksSignedMdn() {
            return signedMdn == null || signedMdn;
        }

        public boolean acceptsUnsigned() {
            return acceptUnsigned != null && acceptUnsigned;
        }

        /** {@code SYNC}, {@code ASYNC} or {@code NONE}. */
        public String mdnMode() {
            return mdn == null || mdn.isBlank() ? "SYNC" : mdn.trim().toUpperCase(Locale.ROOT);
        }

        public String signingAlgorithmOrDefault() {
            return signingAlgorithm == null || signingAlgorithm.isBlank() ? DEFAULT_SIGNING_ALGORITHM
                    : signingAlgorithm.trim().toLowerCase(Locale.ROOT);
        }

        public String encryptionAlgorithmOrDefault() {
            return encryptionAlgorithm == null || encryptionAlgorithm.isBlank() ? DEFAULT_ENCRYPTION_ALGORITHM
                    : encryptionAlgorithm.trim().toLowerCase(Locale.ROOT);
        }

        public int mdnWithinMinutesOrDefault() {
            return mdnWithinMinutes == null ? DEFAULT_MDN_WITHIN_MINUTES : mdnWithinMinutes;
        }

        /** The partner's certificate, read from its PEM; throws {@link IllegalArgumentException} saying why not. */
        public X509Certificate partnerCertificate() {
            if (certificate == null || certificate.isBlank()) {
                throw new IllegalArgumentException("channels.as2.certificate is missing");
            }
            try {
                return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(
                        new ByteArrayInputStream(certificate.trim().getBytes(StandardCharsets.US_ASCII)));
            } catch (CertificateException | ClassCastException e) {
                throw new IllegalArgumentException("channels.as2.certificate is not an X.509 certificate in PEM ("
                        + e.getMessage() + ")");
            }
        }

        /** What is wrong with these settings for a partner whose documents go out by AS2, as sentences. */
        public List<String> problemsAsOutboundTransport() {
            List<String> problems = new ArrayList<>();
            if (url == null || url.isBlank()) {
                problems.add("channels.as2.url is required with the AS2 transport");
            } else if (!url.trim().matches("(?i)https?://\\S+")) {
                problems.add("channels.as2.url must be an http:// or https:// URL, not '" + url + "'");
            }
            if (partnerId == null || partnerId.isBlank()) {
                problems.add("channels.as2.partnerId is required with the AS2 transport");
            }
            if (certificate == null || certificate.isBlank()) {
                problems.add("channels.as2.certificate is required with the AS2 transport");
            }
            return problems;
        }

        /** What is wrong with the values given, whatever the transport, as sentences. */
        public List<String> problems() {
            List<String> problems = new ArrayList<>();
            if (certificate != null && !certificate.isBlank()) {
                try {
                    partnerCertificate();
                } catch (IllegalArgumentException e) {
                    problems.add(e.getMessage());
                }
            }
            if (mdn != null && !MDN_MODES.contains(mdnMode())) {
                problems.add("channels.as2.mdn must be one of " + MDN_MODES + ", not '" + mdn + "'");
            }
            if (mdnWithinMinutes != null && (mdnWithinMinutes < 1 || mdnWithinMinutes > 24 * 60)) {
                problems.add("channels.as2.mdnWithinMinutes must be between 1 and 1440");
            }
            if (signingAlgorithm != null && !SIGNING_ALGORITHMS.contains(signingAlgorithmOrDefault())) {
                problems.add("channels.as2.signingAlgorithm must be one of " + SIGNING_ALGORITHMS + ", not '"
                        + signingAlgorithm + "'");
            }
            if (encryptionAlgorithm != null && !ENCRYPTION_ALGORITHMS.contains(encryptionAlgorithmOrDefault())) {
                problems.add("channels.as2.encryptionAlgorithm must be one of " + ENCRYPTION_ALGORITHMS + ", not '"
                        + encryptionAlgorithm + "'");
            }
            return problems;
        }

        /** The digests TradeHub signs with (the MIC algorithms of RFC 5751, and sha-1 for older partners). */
        public static final List<String> SIGNING_ALGORITHMS = List.of("sha-256", "sha-384", "sha-512", "sha-1");
        /** The content encryption algorithms TradeHub encrypts with. */
        public static final List<String> ENCRYPTION_ALGORITHMS = List.of("aes128-cbc", "aes192-cbc", "aes256-cbc",
                "aes128-gcm", "aes192-gcm", "aes256-gcm", "3des");
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
     * @param filePattern a glob of the files taken, case-insensitive ({@link FilePattern}; default {@code *});
     *                    temporary names (a leading dot, {@code .part}, {@code .tmp} ...) are always left alone
     * @param doneFolder  where a file taken in goes (default {@code inbound/done}); {@code DELETE} deletes it
     * @param errorFolder where a file that cannot be taken in goes (default {@code inbound/error})
     */
    public record FolderSettings(String inbound, String filePattern, String doneFolder, String errorFolder) {
    }
}
