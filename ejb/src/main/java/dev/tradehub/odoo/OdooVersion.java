package dev.tradehub.odoo;

/**
 * An Odoo server version.
 *
 * @param major e.g. 19
 * @param minor e.g. 0
 * @param text  the server's own text, e.g. {@code 19.0} or {@code saas~18.3}
 */
public record OdooVersion(int major, int minor, String text) {

    /** Odoo 19 renamed {@code sale.order.line.product_uom} to {@code product_uom_id}. */
    public boolean namesSaleLineUnitProductUomId() {
        return major >= 19;
    }
}
