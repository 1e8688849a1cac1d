package dev.tradehub.odoo;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * One record as Odoo returned it, with Odoo's value conventions made readable: {@code false} for an empty
 * value, {@code [id, "display name"]} for a many2one.
 */
public record OdooRecord(JsonObject values) {

    public long id() {
        return values.getJsonNumber("id").longValue();
    }

    /** A char field, or null when Odoo says {@code false}. */
    public String text(String field) {
        JsonValue value = values.get(field);
        return value instanceof JsonString string ? string.getString() : null;
    }

    /** The id of a many2one field ({@code [id, name]} or a bare id), or null when Odoo says {@code false}. */
    public Long reference(String field) {
        JsonValue value = values.get(field);
        if (value instanceof JsonArray pair && !pair.isEmpty()) {
            return pair.getJsonNumber(0).longValue();
        }
        if (value instanceof JsonNumber number) {
            return number.longValue();
        }
        return null;
    }

    public String name() {
        return text("name");
    }
}
