package dev.tradehub.web.landing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradehub.bootstrap.Installation;
import dev.tradehub.bootstrap.OdooConnection;
import dev.tradehub.persistence.messagelog.MessageStatus;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LandingHtmlTest {

    private static final Installation.Facts EMBEDDED = new Installation.Facts("embedded",
            "H2 2.2.224 at jdbc:h2:file:/srv/data/db/tradehub", "ActiveMQ Artemis embedded in the resource adapter",
            "/srv/data");

    private static Map<MessageStatus, Long> counts() {
        Map<MessageStatus, Long> counts = new EnumMap<>(MessageStatus.class);
        for (MessageStatus status : MessageStatus.values()) {
            counts.put(status, 0L);
        }
        counts.put(MessageStatus.COMPLETED, 12L);
        counts.put(MessageStatus.FAILED, 3L);
        return counts;
    }

    @Test
    void theEmulatorIsNamedAsSuchAndItsOrdersAreLinked() {
        String html = LandingHtml.render(EMBEDDED, "http://127.0.0.1:8069", "Odoo at http://127.0.0.1:8069 (json2)",
                true, new OdooConnection.Probe(true, "HTTP 200", 3), counts(), counts());
        assertThat(html).contains("id=\"emulator\"", "Odoo emulator", "http://127.0.0.1:8069/emulator/sale-orders",
                "embedded", "/srv/data", "reachable");
    }

    @Test
    void aRealOdooHasNoEmulatorWarningAndEveryStatusIsCounted() {
        String html = LandingHtml.render(EMBEDDED, "https://odoo.example.com", "Odoo at https://odoo.example.com",
                false, new OdooConnection.Probe(false, "ConnectException: refused", 1), counts(), counts());
        assertThat(html).doesNotContain("id=\"emulator\"", "/emulator/sale-orders").contains("not reachable");
        for (MessageStatus status : MessageStatus.values()) {
            assertThat(html).contains("<th>" + status.name() + "</th>");
        }
        assertThat(html).contains("<th>COMPLETED</th><td class=\"n\">12</td>", "<th>all</th><td class=\"n\">15</td>");
        assertThat(html).contains("href=\"/health\"", "href=\"/openapi\"", "href=\"/api/v1/messages\"");
    }

    @Test
    void valuesAreEscaped() {
        Installation.Facts odd = new Installation.Facts("production", "<script>alert(1)</script>", "b&b", "\"x\"");
        String html = LandingHtml.render(odd, "http://o", "d", false, new OdooConnection.Probe(true, "<b>", 1), counts(), counts());
        assertThat(html).doesNotContain("<script>alert").contains("&lt;script&gt;", "b&amp;b", "&quot;x&quot;", "&lt;b&gt;");
    }
}
