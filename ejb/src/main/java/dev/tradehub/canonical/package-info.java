/**
 * The canonical business documents every channel is translated into, and the public error vocabulary.
 *
 * <p>Immutable values with exact decimals: no JMS, JPA or HTTP here. Field names are part of the public
 * API (they appear as they are in {@code GET /api/v1/messages/{id}}).
 */
package dev.tradehub.canonical;
