package dev.tradehub.odoo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tradehub.odoo.OdooSettings.Protocol;
import java.net.URI;
import org.junit.jupiter.api.Test;

class OdooSettingsTest {

    private static final String KEY = "9f8e7d6c5b4a39281706f5e4d3c2b1a098765432";

    @Test
    void toStringNeverShowsTheKey() {
        OdooSettings settings = OdooSettings.of(URI.create("http://odoo:8069/"), "prod", "admin", KEY, Protocol.JSON2);

        assertThat(settings.toString()).doesNotContain(KEY).contains("apiKey=***", "prod", "JSON2");
        assertThat(settings.baseUrl()).isEqualTo(URI.create("http://odoo:8069"));
        assertThat(settings.maxConcurrentCalls()).isEqualTo(OdooSettings.DEFAULT_MAX_CONCURRENT_CALLS);
    }

    @Test
    void protocolParsesConfigurationValues() {
        assertThat(Protocol.parse("json2")).isEqualTo(Protocol.JSON2);
        assertThat(Protocol.parse(" JSONRPC ")).isEqualTo(Protocol.JSONRPC);
        assertThat(Protocol.parse("json-rpc")).isEqualTo(Protocol.JSONRPC);
        assertThatThrownBy(() -> Protocol.parse("xmlrpc")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsIncompleteSettings() {
        URI url = URI.create("http://odoo:8069");
        assertThatThrownBy(() -> OdooSettings.of(url, "db", "admin", " ", Protocol.JSON2))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OdooSettings.of(url, "db", null, KEY, Protocol.JSONRPC))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OdooSettings.of(url, "db", "admin", KEY, Protocol.JSON2)
                .withConcurrency(0, java.time.Duration.ofSeconds(1))).isInstanceOf(IllegalArgumentException.class);
        assertThat(OdooSettings.of(url, null, null, KEY, Protocol.JSON2).database()).isNull();
    }

    @Test
    void commitmentDateIsNaiveUtcNoon() {
        assertThat(RemoteOdooClient.odooDatetime(java.time.LocalDate.of(2026, 12, 5))).isEqualTo("2026-12-05 12:00:00");
    }
}
