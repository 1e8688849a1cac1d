/**
 * Functional acknowledgements, standard-neutral: what translation found in an interchange, said the way a 997, a
 * 999, a TA1 or a CONTRL says it (accepted, accepted with errors, partially accepted, rejected; group, set, segment
 * and element detail). {@link dev.tradehub.acknowledgement.AcknowledgementBuilder} makes one from a translated
 * interchange; the writers of {@code dev.tradehub.outbound} render it in the partner's standard. Knows no JMS, JPA
 * or HTTP.
 */
package dev.tradehub.acknowledgement;
