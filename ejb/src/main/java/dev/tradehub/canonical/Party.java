package dev.tradehub.canonical;

/**
 * A trading party as a document names it.
 *
 * @param id   the party's identifier as sent (DUNS, GLN, the partner's own code)
 * @param name the party's name, or null
 */
public record Party(String id, String name) {
}
