package dev.tradehub.bootstrap;

import dev.tradehub.odoo.OdooException;

/** Odoo cannot be used right now (unreachable, overloaded, credentials refused): the circuit breaker counts it. */
public class OdooUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public OdooUnavailableException(OdooException cause) {
        super(cause.getMessage(), cause);
    }
}
