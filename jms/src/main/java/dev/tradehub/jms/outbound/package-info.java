/** The consumer of the outbound channel {@code tradehub.outbound}: it hands each queued document to delivery. */
package dev.tradehub.jms.outbound;
