/**
 * The consumer of the JMS contract's inbound queue for legacy systems ({@code docs/jms-contract.md}): unwraps a JMS
 * message into bytes and properties and hands it to {@link dev.tradehub.channel.jms.LegacyIntake}.
 */
package dev.tradehub.jms.legacy;
