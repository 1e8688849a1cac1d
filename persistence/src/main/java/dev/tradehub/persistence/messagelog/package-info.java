/**
 * The message log: every document TradeHub received (raw bytes kept), its transaction sets with their
 * canonical form and Odoo records, its errors and its timeline, and the idempotency records (interchange
 * receipts, purchase-order claims) that make redelivery and replay safe.
 *
 * <p>Times are UTC {@link java.time.LocalDateTime}s (no {@code Instant} fields: their column type differs between
 * EclipseLink 4 and 5).
 */
package dev.tradehub.persistence.messagelog;
