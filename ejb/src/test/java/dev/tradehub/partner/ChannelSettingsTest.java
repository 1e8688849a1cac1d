package dev.tradehub.partner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChannelSettingsTest {

    @Test
    void aPartnerSendsOnlyOnTheChannelsItsProfileNames() {
        ChannelSettings channels = new ChannelSettings(List.of("folder", " SFTP_MAILBOX "), null, null, null, null);
        assertThat(channels.allowsInbound("folder")).isTrue();
        assertThat(channels.allowsInbound("sftp-mailbox")).isTrue();
        assertThat(channels.allowsInbound("rest")).isFalse();
        assertThat(new ChannelSettings(null, null, null, null, null).allowsInbound("rest")).as("none named: any").isTrue();
        TradingPartner partner = new TradingPartner("P", "P", true, "C", Map.of(), Map.of(), null, null, channels);
        assertThat(partner.sendsOn("jms")).isFalse();
    }

    @Test
    void theChannelsAreKeptWithTheProfileAndAnUnknownChannelIsNamed() {
        ChannelSettings channels = new ChannelSettings(List.of("FOLDER"), null, null, null,
                new ChannelSettings.FolderSettings("in/acme", "*.x12", "DELETE", null));
        PartnerProfile profile = profile(channels, "FOLDER");
        PartnerSettings read = PartnerSettings.read(PartnerSettings.write(profile));
        assertThat(read.channels()).isEqualTo(channels);
        assertThat(profile(new ChannelSettings(List.of("FAX"), null, null, null, null), null).settingsProblems())
                .containsExactly("channels.inbound must be one of " + ChannelSettings.INBOUND + ", not 'FAX'");
        assertThat(profile(null, "PIGEON").settingsProblems()).singleElement().asString()
                .startsWith("outbound.transport must be one of [MAILBOX, FOLDER, SFTP, SFTP_MAILBOX, AS2]");
    }

    private static PartnerProfile profile(ChannelSettings channels, String transport) {
        PartnerProfile.OutboundSettings outbound = transport == null ? null : new PartnerProfile.OutboundSettings(null,
                null, null, null, null, null, null, null, null, null, transport, "out/acme");
        return new PartnerProfile("P", "P", "X12", List.of(), "C", true, List.of(), List.of(), List.of(), List.of(),
                Map.of(), null, null, null, outbound, null, null, channels);
    }
}
