/**
 * How mapped orders reach Odoo: idempotent placement (look up by {@code client_order_ref}, create what is missing,
 * confirm what is not confirmed, a rejected batch split down to the guilty orders), and the aggregator that places
 * the orders of concurrent interchanges together, one batch per Odoo database at a time.
 */
package dev.tradehub.orchestration.placement;
