package dev.tradehub.odoo.emulator.model;

/** A hook that may reject a sale order (fault injection): throw an {@code OdooException} to reject it. */
@FunctionalInterface
public interface OrderGuard {
    /**
     * @param method         {@code create} or {@code action_confirm}
     * @param clientOrderRef the order's {@code client_order_ref} (may be null)
     */
    void check(String method, String clientOrderRef);

    OrderGuard NONE = (method, ref) -> { };
}
