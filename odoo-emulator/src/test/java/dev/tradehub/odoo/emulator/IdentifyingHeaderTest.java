package dev.tradehub.odoo.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Every answer says it comes from the emulator, so that TradeHub can tell its user it is not talking to a real Odoo. */
class IdentifyingHeaderTest {
    @Test
    void theHeaderIsTheOneTradeHubLooksFor() {
        assertThat(OdooEmulator.IDENTIFYING_HEADER).isEqualTo("X-TradeHub-Emulator");
        assertThat(OdooEmulator.IDENTIFYING_HEADER_VALUE).isEqualTo("Odoo 19 emulator");
    }

    @Test
    void everyKindOfAnswerCarriesTheHeader() {
        try (OdooEmulator odoo = OdooEmulator.builder().port(0).start()) {
            Rpc rpc = new Rpc(odoo);
            assertIdentifies(rpc.json2("res.partner", "search_count", Map.of("domain", List.of())), 200);
            assertIdentifies(rpc.json2("res.partner", "no_such_method", Map.of()), 404);
            assertIdentifies(rpc.jsonrpc(Map.of("service", "common", "method", "version", "args", List.of())), 200);
            assertIdentifies(get(odoo, "/web/version"), 200);
            assertIdentifies(get(odoo, "/json/version"), 200);
            assertIdentifies(get(odoo, "/no/such/page"), 404);
            assertIdentifies(rpc.control("GET", "/emulator/calls", null), 200);
            assertIdentifies(rpc.control("GET", "/emulator/no-such-endpoint", null), 404);
            odoo.faults().down();
            assertIdentifies(rpc.json2("res.partner", "search_count", Map.of("domain", List.of())), 503);
        }
    }

    private static Rpc.Reply get(OdooEmulator odoo, String path) {
        return Rpc.send(HttpRequest.newBuilder(URI.create(odoo.url() + path)).GET().build());
    }

    private static void assertIdentifies(Rpc.Reply reply, int status) {
        assertThat(reply.status()).as(reply.text()).isEqualTo(status);
        assertThat(reply.headers().firstValue(OdooEmulator.IDENTIFYING_HEADER)).contains(OdooEmulator.IDENTIFYING_HEADER_VALUE);
    }
}
