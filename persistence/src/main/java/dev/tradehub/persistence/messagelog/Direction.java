package dev.tradehub.persistence.messagelog;

/** Whether a message came from a partner or goes to one. */
public enum Direction {
    INBOUND,
    OUTBOUND
}
