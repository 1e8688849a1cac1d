package dev.tradehub.partner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradehub.partner.ChannelSettings.As2Settings;
import java.math.BigInteger;
import java.security.KeyPairGenerator;
import java.security.KeyPair;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.Test;

class As2SettingsTest {

    private static final String PEM = certificatePem();

    private static PartnerProfile withAs2(String transport, As2Settings as2) {
        return new PartnerProfile("ACME", "Acme", "X12", List.of("004010"), "CUST-0001", true, List.of(), List.of(),
                List.of(), List.of(), Map.of(), null, null, null,
                transport == null ? null : new PartnerProfile.OutboundSettings(null, null, null, null, null, null,
                        null, null, null, null, transport, null),
                null, null, as2 == null ? null : new ChannelSettings(List.of("AS2"), as2, null, null, null));
    }

    private static As2Settings as2(String partnerId, String url, String certificate) {
        return new As2Settings(partnerId, null, url, certificate, null, null, null, null, null, null, null, null, null);
    }

    @Test
    void theAs2TransportNeedsUrlPartnerIdAndCertificate() {
        assertThat(withAs2("AS2", null).settingsProblems())
                .containsExactly("channels.as2 (url, partnerId, certificate) is required with the AS2 transport");
        assertThat(withAs2("AS2", as2(null, " ", null)).settingsProblems()).containsExactly(
                "channels.as2.url is required with the AS2 transport",
                "channels.as2.partnerId is required with the AS2 transport",
                "channels.as2.certificate is required with the AS2 transport");
        assertThat(withAs2("AS2", as2("ACMEAS2", "ftp://acme.example/as2", PEM)).settingsProblems())
                .containsExactly("channels.as2.url must be an http:// or https:// URL, not 'ftp://acme.example/as2'");
        assertThat(withAs2("AS2", as2("ACMEAS2", "https://as2.acme.example/receive", PEM)).settingsProblems())
                .isEmpty();
        assertThat(withAs2("as2", as2("ACMEAS2", "https://as2.acme.example/receive", PEM)).settingsProblems())
                .isEmpty();
        // Inbound AS2 alone needs no URL.
        assertThat(withAs2("MAILBOX", as2("ACMEAS2", null, PEM)).settingsProblems()).isEmpty();
    }

    @Test
    void theCertificateMustParseAndTheOptionsBeKnown() {
        List<String> problems = withAs2("AS2", new As2Settings("ACMEAS2", null, "https://as2.acme.example",
                "-----BEGIN CERTIFICATE-----\nnot a certificate\n-----END CERTIFICATE-----", null, null, null, "md2",
                "rot13", "SOMETIMES", null, 0, null)).settingsProblems();
        assertThat(problems).hasSize(5);
        assertThat(problems.get(0)).startsWith("channels.as2.certificate is not an X.509 certificate in PEM");
        assertThat(problems.subList(1, 5)).containsExactly(
                "channels.as2.mdn must be one of [SYNC, ASYNC, NONE], not 'SOMETIMES'",
                "channels.as2.mdnWithinMinutes must be between 1 and 1440",
                "channels.as2.signingAlgorithm must be one of [sha-256, sha-384, sha-512, sha-1], not 'md2'",
                "channels.as2.encryptionAlgorithm must be one of [aes128-cbc, aes192-cbc, aes256-cbc, aes128-gcm,"
                        + " aes192-gcm, aes256-gcm, 3des], not 'rot13'");
    }

    @Test
    void defaultsAreSignedEncryptedSynchronousSignedMdns() {
        As2Settings defaults = as2("ACMEAS2", "https://as2.acme.example", PEM);
        assertThat(defaults.signs()).isTrue();
        assertThat(defaults.encrypts()).isTrue();
        assertThat(defaults.compresses()).isFalse();
        assertThat(defaults.mdnMode()).isEqualTo("SYNC");
        assertThat(defaults.asksSignedMdn()).isTrue();
        assertThat(defaults.acceptsUnsigned()).isFalse();
        assertThat(defaults.mdnWithinMinutesOrDefault()).isEqualTo(30);
        assertThat(defaults.signingAlgorithmOrDefault()).isEqualTo("sha-256");
        assertThat(defaults.encryptionAlgorithmOrDefault()).isEqualTo("aes128-cbc");
        assertThat(defaults.partnerCertificate().getSubjectX500Principal().getName()).isEqualTo("CN=acme-as2");
    }

    @Test
    void theAs2SettingsAreStoredWithTheProfile() {
        As2Settings settings = new As2Settings("ACMEAS2", "TRADEHUB", "https://as2.acme.example", PEM, true, false,
                true, "sha-384", "aes256-cbc", "ASYNC", false, 10, true);
        PartnerSettings read = PartnerSettings.read(PartnerSettings.write(withAs2("AS2", settings)));
        assertThat(read.channels().as2()).isEqualTo(settings);
    }

    private static String certificatePem() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            X500Name name = new X500Name("CN=acme-as2");
            byte[] der = new JcaX509v3CertificateBuilder(name, BigInteger.ONE, Date.from(Instant.now()),
                    Date.from(Instant.now().plusSeconds(86_400)), name, pair.getPublic())
                    .build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())).getEncoded();
            return "-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder().encodeToString(der)
                    + "\n-----END CERTIFICATE-----\n";
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
