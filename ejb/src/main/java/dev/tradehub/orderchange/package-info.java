/**
 * The buyer's changes to its orders (X12 860, EDIFACT ORDCHG) applied to the sale order in Odoo: quantities up or
 * down, prices, added and cancelled lines, a new date, or the whole order cancelled; once per change (an idempotent
 * consumer keyed by partner, PO and the change), with Odoo's refusals kept and shown.
 */
package dev.tradehub.orderchange;
