package dev.tradehub.partner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradehub.partner.ChannelSettings.MailboxSettings;
import dev.tradehub.partner.ChannelSettings.SftpSettings;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a profile's SFTP and mailbox settings must say before they are stored, and how they survive storage. */
class SftpSettingsValidationTest {

    private static final String FINGERPRINT = "SHA256:" + "A".repeat(43);
    private static final String ED25519 = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl";

    private static PartnerProfile profile(String transport, SftpSettings sftp, MailboxSettings mailbox) {
        PartnerProfile.OutboundSettings outbound = transport == null ? null : new PartnerProfile.OutboundSettings(null,
                null, null, null, null, null, null, null, null, null, transport, null);
        return new PartnerProfile("ACME", "Acme", "X12", List.of("004010"), "CUST-0001", true,
                List.of(new PartnerProfile.EnvelopeId("ZZ", "ACMEEDI")), List.of(), List.of(), List.of(), Map.of(),
                null, null, null, outbound, null, null, new ChannelSettings(List.of("SFTP"), null, sftp, mailbox, null));
    }

    private static SftpSettings sftp(String host, String user, String passwordRef, String hostKey, String pattern) {
        return new SftpSettings(host, 22, user, passwordRef, null, hostKey, "/outbox", pattern, "/outbox/done", null,
                60, null, "/inbox");
    }

    @Test
    void pollingAndUploadNeedHostUserPinnedKeyAndACredential() {
        assertThat(profile("SFTP", sftp("sftp.acme.example", "tradehub", "acme.sftp.password", FINGERPRINT, "*.edi"),
                null).settingsProblems()).isEmpty();
        assertThat(profile("SFTP", sftp("sftp.acme.example", "tradehub", "acme.sftp.password",
                "sftp.acme.example " + ED25519, null), null).settingsProblems()).isEmpty();
        assertThat(profile("SFTP", sftp(null, null, null, null, "*.{edi"), null).settingsProblems())
                .anySatisfy(p -> assertThat(p).contains("channels.sftp.host is required"))
                .anySatisfy(p -> assertThat(p).contains("channels.sftp.user is required"))
                .anySatisfy(p -> assertThat(p).contains("passwordRef or privateKeyRef"))
                .anySatisfy(p -> assertThat(p).contains("channels.sftp.hostKey is required"))
                .anySatisfy(p -> assertThat(p).contains("channels.sftp.filePattern"));
        assertThat(profile(null, sftp("h", "u", "ref", "accept-any", null), null).settingsProblems())
                .containsExactly("channels.sftp.hostKey 'accept-any' is neither a SHA256 fingerprint (SHA256:...) nor a"
                        + " known_hosts line (host ssh-ed25519 AAAA...)");
        assertThat(profile("SFTP", null, null).settingsProblems())
                .containsExactly("channels.sftp.outboundFolder is required with the SFTP transport");
    }

    @Test
    void aMailboxNeedsAnAccountNameAndAPasswordRefOrKeys() {
        assertThat(profile("SFTP_MAILBOX", null, new MailboxSettings("acme-edi", "acme.mailbox.password", null))
                .settingsProblems()).isEmpty();
        assertThat(profile("SFTP_MAILBOX", null, new MailboxSettings("acme-edi", null, List.of(ED25519 + " acme")))
                .settingsProblems()).isEmpty();
        assertThat(profile("SFTP_MAILBOX", null, null).settingsProblems())
                .containsExactly("channels.mailbox.user is required with the SFTP_MAILBOX transport");
        assertThat(profile(null, null, new MailboxSettings("../etc", null, List.of("not a key"))).settingsProblems())
                .anySatisfy(p -> assertThat(p).contains("channels.mailbox.user must be"))
                .anySatisfy(p -> assertThat(p).contains("'not a key' is no authorized_keys line"));
        assertThat(profile(null, null, new MailboxSettings("acme-edi", null, List.of())).settingsProblems())
                .anySatisfy(p -> assertThat(p).contains("needs passwordRef"));
    }

    @Test
    void theSettingsSurviveStorage() {
        PartnerProfile profile = profile("SFTP", sftp("sftp.acme.example", "tradehub", "acme.sftp.password",
                FINGERPRINT, "*.edi"), new MailboxSettings("acme-edi", "acme.mailbox.password", List.of(ED25519)));
        PartnerSettings stored = PartnerSettings.read(PartnerSettings.write(profile));
        assertThat(stored.channels()).isEqualTo(profile.channels());
    }
}
