package dev.tradehub.incontainer;

import dev.tradehub.odoo.emulator.OdooEmulator;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;

/**
 * The Odoo of the in-container tests: an Odoo emulator inside the test deployment, on the port the build reserved
 * ({@code tradehub.it.odoo-port}) and that {@code tradehub.odoo.url} names. The product has no Odoo of its own.
 */
@Singleton
@Startup
public class EmulatedOdoo {

    private OdooEmulator emulator;

    @PostConstruct
    void start() {
        emulator = OdooEmulator.builder().port(Integer.getInteger("tradehub.it.odoo-port")).start();
    }

    public OdooEmulator emulator() {
        return emulator;
    }

    @PreDestroy
    void stop() {
        emulator.stop();
    }
}
