/**
 * Reading a partner's acknowledgements of what TradeHub sent: an X12 TA1, 997 or 999, or an EDIFACT CONTRL
 * (syntax 3 and 4), streamed with StAEDI into a standard-neutral
 * {@link dev.tradehub.acknowledgement.ReceivedAcknowledgement}: the verdicts on our interchanges, groups and
 * transaction sets by their control numbers, with every reason given as a sentence carrying the standard's code.
 * {@link dev.tradehub.acknowledgement.reading.AcknowledgementReader} is the entry point; it never throws for bad
 * input. Knows no JMS, JPA or HTTP.
 */
package dev.tradehub.acknowledgement.reading;
