package dev.tradehub.server.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tradehub.server.payara.Profile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LaunchOptionsTest {

    @TempDir
    Path tmp;

    @Test
    void argumentsOverrideSystemProperties() {
        Map<String, String> o = LaunchOptions.options(
                new String[] {"--ear", "/a.ear", "--port-base", "18000", "--exit-when-ready", "--reset"},
                Map.of("tradehub.ear", "/old.ear", "tradehub.odoo.url", "http://odoo", "user.home", "/root"));
        assertEquals(Map.of("tradehub.ear", "/a.ear", "tradehub.port-base", "18000", "tradehub.exit-when-ready", "true",
                "tradehub.reset", "true", "tradehub.odoo.url", "http://odoo"), o);
        assertThrows(LaunchFailure.class, () -> LaunchOptions.options(new String[] {"--ear"}, Map.of()));
        assertThrows(LaunchFailure.class, () -> LaunchOptions.options(new String[] {"x.ear"}, Map.of()));
    }

    @Test
    void onlyApplicationSettingsArePassedThrough() {
        Map<String, String> passed = LaunchOptions.passThrough(Map.of(
                "tradehub.ear", "/a.ear", "tradehub.db.password", "secret", "tradehub.data-dir", "/d",
                "tradehub.reset", "true", "tradehub.emulator.port", "8070",
                "tradehub.odoo.url", "http://odoo", "tradehub.api.token", "t"));
        assertEquals(Map.of("tradehub.odoo.url", "http://odoo", "tradehub.api.token", "t"), passed);
    }

    @Test
    void parsesWhatTheRunBuildPasses() throws IOException {
        Path ear = Files.writeString(tmp.resolve("tradehub.ear"), "ear");
        Path rar = Files.writeString(tmp.resolve("ra.rar"), "rar");
        LaunchOptions options = LaunchOptions.parse(new String[0], Map.of("tradehub.default.ear", ear.toString(),
                "tradehub.rar", rar.toString(), "tradehub.data-dir", tmp.resolve("data").toString(),
                "tradehub.reset", "true", "tradehub.partners.seed-file", "/seed.json"));
        assertEquals(ear, options.ear());
        assertEquals(8000, options.portBase());
        assertEquals(8069, options.emulatorPort());
        assertEquals(Profile.EMBEDDED, options.profile());
        assertTrue(options.reset());
        assertFalse(options.odooConfigured());
        assertEquals(Map.of("tradehub.partners.seed-file", "/seed.json"), options.application());
    }

    @Test
    void aMissingArchiveOrABadNumberIsSaidInOneLine() throws IOException {
        LaunchFailure missing = assertThrows(LaunchFailure.class, () -> LaunchOptions.parse(new String[0], Map.of()));
        assertTrue(missing.getMessage().startsWith("Missing -Dtradehub.ear=<path>"), missing.getMessage());
        Path ear = Files.writeString(tmp.resolve("tradehub.ear"), "ear");
        LaunchFailure port = assertThrows(LaunchFailure.class, () -> LaunchOptions.parse(new String[0], Map.of(
                "tradehub.ear", ear.toString(), "tradehub.rar", ear.toString(), "tradehub.port-base", "80x")));
        assertEquals("tradehub.port-base must be a number, not '80x'", port.getMessage());
    }
}
