package dev.tradehub.access;

/**
 * Who did something and from where, as the audit log records it: a portal user, an API token's owner, or TradeHub
 * itself.
 *
 * @param name a username, {@code token:<prefix>} for an API token, or {@code system}
 * @param address the remote address, when there is one
 */
public record Actor(String name, String address) {

    public static final Actor SYSTEM = new Actor("system", null);
}
