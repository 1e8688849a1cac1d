package dev.tradehub.canonical;

import java.util.Objects;

/**
 * One problem found with a document, in the public vocabulary.
 *
 * @param category the public category
 * @param location where it is
 * @param message  a readable sentence for an operator (no stack trace)
 * @param reason   what exactly is wrong there, when translation knows it (acknowledgements report it), or null
 */
public record DocumentError(ErrorCategory category, Location location, String message, ErrorReason reason) {

    public DocumentError {
        Objects.requireNonNull(category, "category");
        location = location == null ? Location.ofPayload() : location;
        Objects.requireNonNull(message, "message");
    }

    /** An error without a syntax reason (mapping, Odoo, transport, duplicates ...). */
    public DocumentError(ErrorCategory category, Location location, String message) {
        this(category, location, message, null);
    }
}
