/**
 * The business transaction's process manager: from a stored interchange to confirmed sale orders in Odoo
 * (translate, resolve the partner, deduplicate, map, place), each step idempotent so that a redelivered or
 * replayed message never creates a second order.
 */
package dev.tradehub.orchestration;
