package dev.tradehub.web.portal;

import dev.tradehub.bootstrap.OdooConnection;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * What even the login page says: whether orders go to the Odoo emulator (a demo must be recognisable as one before
 * anybody signs in). Nothing else is shown to a visitor who has not signed in.
 */
@Named
@RequestScoped
public class PortalFacts {

    @Inject
    private OdooConnection odoo;

    public boolean isEmulator() {
        return odoo.isEmulator();
    }
}
