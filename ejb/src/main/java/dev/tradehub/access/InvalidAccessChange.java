package dev.tradehub.access;

import jakarta.ejb.ApplicationException;

/** A change of users or tokens that is refused, with a message for the person who asked for it. */
@ApplicationException(rollback = true)
public class InvalidAccessChange extends RuntimeException {

    public InvalidAccessChange(String message) {
        super(message);
    }
}
