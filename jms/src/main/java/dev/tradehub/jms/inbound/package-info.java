/**
 * The consumer of {@code tradehub.inbound}: a thin message-driven bean that unwraps the message-log id and hands
 * it to the process manager. Delivery is at least once; the process manager makes it exactly-once in effect.
 */
package dev.tradehub.jms.inbound;
