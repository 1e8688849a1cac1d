package dev.tradehub.canonical;

/**
 * What an inbound transaction set becomes, whatever the standard: an order, a change to an order, an inventory
 * report. The intake routes each kind to its own service (a content-based router on this type).
 */
public sealed interface CanonicalDocument permits CanonicalOrder, OrderChange, InventoryReport {
}
