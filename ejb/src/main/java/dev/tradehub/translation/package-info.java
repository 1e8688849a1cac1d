/**
 * The translator: raw X12 and EDIFACT interchanges (read with StAEDI) into envelope facts and one
 * canonical document per transaction set, with every problem as a categorised, located error.
 *
 * <p>Knows no JMS, JPA or HTTP. Never throws for bad input: a payload that cannot be read at all is an
 * {@link dev.tradehub.translation.Interchange} with an interchange-level error.
 */
package dev.tradehub.translation;
