package dev.tradehub.odoo.emulator.orm;

import java.util.Map;

/** A row of a model as the ORM sees it: the model, the id and the stored values. */
public record Record(Model model, int id, Map<String, Object> row) {
    public Object stored(String field) {
        return row.get(field);
    }
}
