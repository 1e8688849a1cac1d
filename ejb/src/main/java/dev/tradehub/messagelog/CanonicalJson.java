package dev.tradehub.messagelog;

import dev.tradehub.canonical.CanonicalDocument;
import dev.tradehub.canonical.CanonicalOrder;
import dev.tradehub.canonical.OrderChange;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;

/** The canonical documents as stored in the message log and shown by the API: JSON-B, nulls written out. */
public final class CanonicalJson {

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withNullValues(true));

    private CanonicalJson() {
    }

    public static String write(CanonicalDocument document) {
        return JSONB.toJson(document);
    }

    public static CanonicalOrder readOrder(String json) {
        return JSONB.fromJson(json, CanonicalOrder.class);
    }

    public static OrderChange readChange(String json) {
        return JSONB.fromJson(json, OrderChange.class);
    }
}
