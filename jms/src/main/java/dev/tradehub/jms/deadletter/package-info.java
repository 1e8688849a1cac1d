/**
 * The consumer of the dead letter channel {@code tradehub.dlq}: records each dead letter in the message log.
 */
package dev.tradehub.jms.deadletter;
