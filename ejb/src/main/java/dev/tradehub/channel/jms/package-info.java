/**
 * The JMS contract for the distributor's own legacy systems ({@code docs/jms-contract.md}): a legacy system puts raw
 * EDI, canonical JSON or CSV on {@value dev.tradehub.channel.jms.LegacyQueues#INBOUND} with its partner, content type
 * and correlation id as properties; TradeHub takes it in through the one intake in the consumer's transaction and
 * publishes what became of it on {@value dev.tradehub.channel.jms.LegacyQueues#EVENTS} (a wire tap on the message's
 * outcome and on the documents sent for its orders). A message TradeHub cannot read as a document at all (a poison
 * message) goes to {@value dev.tradehub.channel.jms.LegacyQueues#DEAD_LETTERS} with its reason.
 */
package dev.tradehub.channel.jms;
