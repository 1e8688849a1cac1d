package dev.tradehub.odoo;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

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

    /** A float or monetary field, or null when Odoo says {@code false}. */
    public BigDecimal decimal(String field) {
        JsonValue value = values.get(field);
        return value instanceof JsonNumber number ? number.bigDecimalValue() : null;
    }

    /** The date of a date or datetime field ({@code YYYY-MM-DD[ HH:MM:SS]}, UTC), or null when Odoo says {@code false}. */
    public LocalDate date(String field) {
        String text = text(field);
        return text == null || text.length() < 10 ? null : LocalDate.parse(text.substring(0, 10));
    }

    /** A datetime field ({@code YYYY-MM-DD HH:MM:SS}, UTC), or null when Odoo says {@code false}. */
    public LocalDateTime dateTime(String field) {
        String text = text(field);
        return text == null ? null : LocalDateTime.parse(text.replace(' ', 'T'));
    }

    /** The display name of a many2one field ({@code [id, "name"]}), or null when Odoo says {@code false}. */
    public String displayName(String field) {
        JsonValue value = values.get(field);
        return value instanceof JsonArray pair && pair.size() > 1 && pair.get(1) instanceof JsonString name
                ? name.getString() : null;
    }
}
