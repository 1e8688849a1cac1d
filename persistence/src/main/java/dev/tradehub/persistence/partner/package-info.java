/**
 * The trading partner registry: who a partner is in envelopes (theirs and ours), which standard and versions it
 * speaks, which Odoo customer it is, its item cross-references and unit-of-measure codes.
 */
package dev.tradehub.persistence.partner;
