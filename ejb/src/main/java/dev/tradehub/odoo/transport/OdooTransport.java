package dev.tradehub.odoo.transport;

import dev.tradehub.odoo.OdooException;
import dev.tradehub.odoo.OdooVersion;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * One Odoo external API protocol. Implementations are thread-safe and throw {@link OdooException} only.
 */
public interface OdooTransport {

    /**
     * Calls {@code model.method} as one Odoo transaction.
     *
     * @param model     e.g. {@code sale.order}
     * @param method    e.g. {@code search_read}
     * @param ids       the records for a record method ({@code action_confirm}, {@code read}), or null for a model method
     * @param namedArgs the method's parameters by name ({@code domain}, {@code fields}, {@code vals_list},
     *                  {@code context}, ...), as JSON-2 names them
     * @return Odoo's bare return value
     */
    JsonValue call(String model, String method, JsonArray ids, JsonObject namedArgs);

    /** The server version, asked from the server (callers cache it). */
    OdooVersion version();
}
