package dev.tradehub.server.payara;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;

import org.junit.jupiter.api.Test;

class TradeHubLauncherTest {

    @Test
    void argumentsOverrideSystemProperties() {
        Map<String, String> o = TradeHubLauncher.options(
                new String[] {"--ear", "/a.ear", "--port-base", "18000", "--exit-when-ready"},
                Map.of("tradehub.ear", "/old.ear", "tradehub.odoo.url", "http://odoo", "user.home", "/root"));
        assertEquals(Map.of("tradehub.ear", "/a.ear", "tradehub.port-base", "18000", "tradehub.exit-when-ready", "true",
                "tradehub.odoo.url", "http://odoo"), o);
        assertThrows(IllegalArgumentException.class, () -> TradeHubLauncher.options(new String[] {"--ear"}, Map.of()));
        assertThrows(IllegalArgumentException.class, () -> TradeHubLauncher.options(new String[] {"x.ear"}, Map.of()));
    }

    @Test
    void onlyApplicationSettingsArePassedThrough() {
        Map<String, String> passed = TradeHubLauncher.passThrough(Map.of(
                "tradehub.ear", "/a.ear", "tradehub.db.password", "secret", "tradehub.data-dir", "/d",
                "tradehub.odoo.url", "http://odoo", "tradehub.api.token", "t"));
        assertEquals(Map.of("tradehub.odoo.url", "http://odoo", "tradehub.api.token", "t"), passed);
    }

    @Test
    void tokensAreLongAndRandom() {
        String token = TradeHubLauncher.newToken();
        assertEquals(48, token.length());
        assertNotEquals(token, TradeHubLauncher.newToken());
    }
}
