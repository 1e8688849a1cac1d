package dev.tradehub.canonical;

import java.util.Objects;

/**
 * One problem found with a document, in the public vocabulary.
 *
 * @param category the public category
 * @param location where it is
 * @param message  a readable sentence for an operator (no stack trace)
 */
public record DocumentError(ErrorCategory category, Location location, String message) {

    public DocumentError {
        Objects.requireNonNull(category, "category");
        location = location == null ? Location.ofPayload() : location;
        Objects.requireNonNull(message, "message");
    }
}
