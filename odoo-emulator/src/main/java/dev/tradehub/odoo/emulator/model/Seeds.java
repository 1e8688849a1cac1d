package dev.tradehub.odoo.emulator.model;

import dev.tradehub.odoo.emulator.orm.Database;
import dev.tradehub.odoo.emulator.orm.Env;
import dev.tradehub.odoo.emulator.orm.Json;
import dev.tradehub.odoo.emulator.orm.StandardMethods;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads a seed into a database. The seed format (JSON):
 *
 * <pre>
 * {
 *   "records":   { "&lt;model&gt;": [ {"id": 45, "field": value, ...}, ... ], ... },
 *   "next_ids":  { "&lt;model&gt;": 49, ... },
 *   "sequences": { "sale.order": {"prefix": "S", "padding": 5, "next": 27},
 *                  "stock.picking.out": {"prefix": "WH/OUT/", "padding": 5, "next": 12} }
 * }
 * </pre>
 *
 * Record values are written as in a {@code create} call (many2one as an id, x2many as commands, e.g. a
 * partner's {@code child_ids: [[0, 0, {...}]]}); {@code id} is allowed here and kept. Records that the
 * emulator itself needs (currency 1, company 1, the API user, stock locations 2 and 5, warehouse 1,
 * delivery picking type 2) are added when the seed does not define them.
 */
public final class Seeds {
    private Seeds() {
    }

    @SuppressWarnings("unchecked")
    public static void load(Database db, String seedJson, int uid, String login) {
        Object parsed = Json.parse(seedJson);
        if (!(parsed instanceof Map)) {
            throw new IllegalArgumentException("a seed must be a JSON object");
        }
        Map<String, Object> seed = (Map<String, Object>) parsed;
        db.defineSequence("sale.order", "S", 5, 1);
        db.defineSequence("stock.picking.out", "WH/OUT/", 5, 1);
        // invoice numbers are INV/<year of the invoice date>/NNNNN: the sequence holds the number only
        db.defineSequence(InvoiceLogic.INVOICE_SEQUENCE, "", 5, 1);
        db.defineSequence(InvoiceLogic.REFUND_SEQUENCE, "", 5, 1);
        Env.runSeeding(db, env -> {
            Map<String, Object> records = StandardMethods.map(seed.get("records"));
            for (Map.Entry<String, Object> e : records.entrySet()) {
                if (db.model(e.getKey()) == null) {
                    throw new IllegalArgumentException("seed: unknown model " + e.getKey());
                }
                env.create(e.getKey(), StandardMethods.valsList(e.getValue()));
            }
            ensureBase(env, uid, login);
            AutomationLogic.ensureMetadata(env, db);
            return null;
        });
        StandardMethods.map(seed.get("next_ids")).forEach((model, next) -> db.setNextId(model, ((Number) next).intValue()));
        StandardMethods.map(seed.get("sequences")).forEach((code, spec) -> {
            Map<String, Object> s = StandardMethods.map(spec);
            db.defineSequence(code, String.valueOf(s.getOrDefault("prefix", "")),
                    ((Number) s.getOrDefault("padding", 5)).intValue(), ((Number) s.getOrDefault("next", 1)).intValue());
        });
    }

    private static void ensureBase(Env env, int uid, String login) {
        missing(env, "res.currency", 1, "name", "USD", "symbol", "$");
        missing(env, "res.company", 1, "name", "YourCompany", "currency_id", 1);
        missing(env, "res.users", uid, "name", "Administrator", "login", login, "company_id", 1, "company_ids",
                List.of(List.of(6, 0, List.of(1))), "tz", "Europe/Brussels", "lang", "en_US");
        missing(env, "stock.location", 2, "name", "Customers", "usage", "customer");
        missing(env, "stock.location", 5, "name", "WH/Stock", "usage", "internal");
        missing(env, "stock.warehouse", 1, "name", "YourCompany", "code", "WH", "company_id", 1);
        missing(env, "stock.picking.type", 2, "name", "Delivery Orders", "code", "outgoing", "sequence_code", "OUT",
                "warehouse_id", 1);
    }

    private static void missing(Env env, String model, int id, Object... keyValues) {
        if (env.exists(model, id)) {
            return;
        }
        Map<String, Object> vals = new LinkedHashMap<>();
        vals.put("id", id);
        for (int i = 0; i < keyValues.length; i += 2) {
            vals.put((String) keyValues[i], keyValues[i + 1]);
        }
        env.create(model, List.of(vals));
    }
}
