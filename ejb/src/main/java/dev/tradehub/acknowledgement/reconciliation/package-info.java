/**
 * Reconciliation of the partners' acknowledgements with what we sent: a received TA1, 997, 999 or CONTRL is matched
 * by its control numbers to our outbound interchanges, groups and transaction sets, which become ACCEPTED,
 * ACCEPTED_WITH_ERRORS or REJECTED with the partner's errors; what matches nothing is kept and flagged. Documents
 * whose acknowledgement does not come within the partner's window become OVERDUE, with an alert.
 */
package dev.tradehub.acknowledgement.reconciliation;
