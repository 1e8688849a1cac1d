/**
 * Answering a partner's interchange with the acknowledgements its profile and its envelope ask for (X12 997 or 999
 * and TA1, EDIFACT CONTRL), built from what translation found and issued as outbound documents in the unit of work
 * that records the interchange's outcome: once per received message, whatever the retries, replays and crashes.
 */
package dev.tradehub.acknowledgement.answering;
