/** The persistent state of outbound interchanges: the control-number counters per partner and sender ID. */
package dev.tradehub.persistence.outbound;
