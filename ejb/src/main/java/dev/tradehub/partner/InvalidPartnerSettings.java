package dev.tradehub.partner;

import jakarta.ejb.ApplicationException;

/** Partner settings that are refused, with every reason, for the engineer who sent them. */
@ApplicationException(rollback = true)
public class InvalidPartnerSettings extends RuntimeException {

    public InvalidPartnerSettings(String message) {
        super(message);
    }
}
