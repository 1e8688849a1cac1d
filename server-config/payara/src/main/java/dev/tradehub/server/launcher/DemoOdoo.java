package dev.tradehub.server.launcher;

import dev.tradehub.odoo.emulator.OdooEmulator;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * The demo's Odoo: the Odoo emulator with its demo data, run in the launcher's process beside the server when no
 * Odoo is configured, its orders kept in the data folder. Odoo's default port 8069 is where a user's real Odoo
 * usually listens: when it is taken the emulator moves to the next free port and says so, and TradeHub is pointed
 * wherever it listens. The product itself has no Odoo of its own.
 */
final class DemoOdoo implements AutoCloseable {

    static final int DEFAULT_PORT = 8069;
    private static final int PORTS_TRIED = 50;

    private final OdooEmulator emulator;
    private final String note;

    private DemoOdoo(OdooEmulator emulator, String note) {
        this.emulator = emulator;
        this.note = note;
    }

    /** Starts the emulator on {@code preferredPort}, or the first free port after it. */
    static DemoOdoo start(int preferredPort, Path dataDir) {
        int port = FreePorts.firstFreeOnLoopback(preferredPort, PORTS_TRIED);
        String note = port == preferredPort ? null
                : "port " + preferredPort + " is taken (a real Odoo on its default port?): the Odoo emulator listens on "
                        + port + " instead (-Dtradehub.emulator.port=<port> chooses one)";
        OdooEmulator emulator = OdooEmulator.builder().port(port).dataDir(dataDir).start();
        return new DemoOdoo(emulator, note);
    }

    /** Why the emulator is not where it was asked to be, or {@code null}. */
    String portNote() {
        return note;
    }

    String url() {
        return emulator.url();
    }

    /** The settings that point TradeHub at this emulator. */
    Map<String, String> settings() {
        Map<String, String> settings = new TreeMap<>();
        settings.put("tradehub.odoo.url", emulator.url());
        settings.put("tradehub.odoo.database", emulator.database());
        settings.put("tradehub.odoo.api-key", emulator.apiKey());
        settings.put("tradehub.odoo.protocol", "json2");
        return settings;
    }

    @Override
    public void close() {
        emulator.stop();
    }
}
