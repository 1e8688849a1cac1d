package dev.tradehub.messagelog;

import dev.tradehub.canonical.CanonicalOrder;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;

/** The canonical documents as stored in the message log and shown by the API: JSON-B, nulls written out. */
public final class CanonicalJson {

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withNullValues(true));

    private CanonicalJson() {
    }

    public static String write(CanonicalOrder order) {
        return JSONB.toJson(order);
    }

    public static CanonicalOrder readOrder(String json) {
        return JSONB.fromJson(json, CanonicalOrder.class);
    }
}
