package dev.tradehub.partner;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PartnerSettingsTest {

    private static PartnerProfile profile(String mode, PartnerProfile.AcknowledgementSettings acks,
            PartnerProfile.OutboundSettings outbound) {
        return new PartnerProfile("ACME", "Acme", "X12", List.of("004010"), "CUST-0001", true,
                List.of(new PartnerProfile.EnvelopeId("ZZ", "ACMEEDI")), List.of(),
                List.of(new PartnerProfile.EnvelopeId("ZZ", "TRADEHUB")), List.of(), Map.of(), null, mode, acks, outbound, null, null, null);
    }

    @Test
    void theShippedSeedReadsAsProfilesWithTheirSettings() throws Exception {
        try (Jsonb jsonb = JsonbBuilder.create();
                Reader seed = Files.newBufferedReader(Path.of("../server-config/seed/partners.json"))) {
            List<PartnerProfile> profiles = jsonb.fromJson(seed,
                    new java.util.ArrayList<PartnerProfile>() { }.getClass().getGenericSuperclass());
            assertThat(profiles).extracting(PartnerProfile::code).containsExactly("ACME", "BETA");
            assertThat(profiles).allSatisfy(profile -> assertThat(profile.settingsProblems()).isEmpty());
            assertThat(profiles.get(0).acknowledgements().interchange()).isEqualTo("ON_ERROR");
            assertThat(profiles.get(1).acknowledgements().functional()).isEqualTo("CONTRL");
            assertThat(profiles.get(1).outbound().transport()).isEqualTo("MAILBOX");
        }
    }

    @Test
    void theSettingsAreStoredAsOneDocumentAndReadBackWhole() {
        PartnerProfile.AcknowledgementSettings acks = new PartnerProfile.AcknowledgementSettings("999", "ON_ERROR",
                false, 12);
        PartnerProfile.OutboundSettings outbound = new PartnerProfile.OutboundSettings(
                new PartnerProfile.EnvelopeId("01", "123456789"), null, "00501", "|", "\\", "^", "!", "CRLF",
                "TH-APP", null, "FOLDER", "/srv/out/acme");
        String json = PartnerSettings.write(profile("TEST", acks, outbound));
        PartnerSettings read = PartnerSettings.read(json);
        assertThat(read.acknowledgements()).isEqualTo(acks);
        assertThat(read.outbound()).isEqualTo(outbound);
        assertThat(PartnerSettings.write(profile(null, null, null))).isNull();
        assertThat(PartnerSettings.read(null)).isEqualTo(new PartnerSettings(null, null, null, null, null));
    }

    @Test
    void documentSettingsRoundTripAndDefault() {
        PartnerProfile.DocumentSettings documents = new PartnerProfile.DocumentSettings(true, true, false, null, 48,
                null, 72, true);
        PartnerProfile withDocuments = new PartnerProfile("DOCS", "Documents", "X12", List.of("004010"), "CUST-0001",
                true, List.of(), List.of(), List.of(), List.of(), Map.of(), null, null, null, null, documents, null, null);
        assertThat(PartnerSettings.read(PartnerSettings.write(withDocuments)).documents()).isEqualTo(documents);
        assertThat(documents.wantsShipNotice()).isFalse();
        assertThat(documents.wantsInvoice()).isTrue();
        assertThat(documents.wantsOrderResponseOnChange()).isTrue();
        assertThat(documents.shipNoticeHours()).isEqualTo(1);
        assertThat(documents.invoiceHours()).isEqualTo(72);
        PartnerProfile.DocumentSettings defaults = profile(null, null, null).documentSettings();
        assertThat(defaults.wantsOrderResponse() && defaults.wantsShipNotice() && defaults.wantsInvoice()).isTrue();
        assertThat(defaults.wantsOrderResponseOnChange()).isFalse();
        assertThat(defaults.claimsCustomerOrders()).isFalse();
        assertThat(documents.claimsCustomerOrders()).isTrue();
        assertThat(defaults.orderResponseHours()).isEqualTo(24);
        PartnerProfile badLevels = new PartnerProfile("DOCS", "Documents", "X12", List.of(), null, true, List.of(),
                List.of(), List.of(), List.of(), Map.of(), null, null, null, null,
                new PartnerProfile.DocumentSettings(null, null, null, null, 0, 745, null, null), null, null);
        assertThat(badLevels.settingsProblems()).containsExactly(
                "documents.orderResponseWithinHours must be between 1 and 744",
                "documents.shipNoticeWithinHours must be between 1 and 744");
    }

    @Test
    void badSettingsAreNamedOneByOne() {
        List<String> problems = profile("LIVE", new PartnerProfile.AcknowledgementSettings("998", "SOMETIMES", null, 0),
                new PartnerProfile.OutboundSettings(null, null, null, "*", "*", "AB", "x", "CR", null, null, "FOLDER",
                        null)).settingsProblems();
        assertThat(problems).containsExactly(
                "mode must be one of [PRODUCTION, TEST], not 'LIVE'",
                "acknowledgements.functional must be one of [BY_VERSION, 997, 999, CONTRL, NONE], not '998'",
                "acknowledgements.interchange must be one of [WHEN_REQUESTED, ALWAYS, ON_ERROR, NEVER], not 'SOMETIMES'",
                "acknowledgements.overdueHours must be between 1 and 744",
                "outbound.lineEnding must be one of [NONE, LF, CRLF], not 'CR'",
                "outbound.componentSeparator '*' is already used by another separator",
                "outbound.repetitionSeparator must be one character that is no letter, digit or space",
                "outbound.segmentTerminator must be one character that is no letter, digit or space",
                "outbound.folder is required with the FOLDER transport");
        assertThat(profile("test", null, null).settingsProblems()).isEmpty();
        assertThat(profile("test", null, null).isTest()).isTrue();
    }
}
