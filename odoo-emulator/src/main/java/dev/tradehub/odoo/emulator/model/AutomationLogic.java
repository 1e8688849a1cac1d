package dev.tradehub.odoo.emulator.model;

import static dev.tradehub.odoo.emulator.orm.Field.many2many;
import static dev.tradehub.odoo.emulator.orm.Field.many2one;
import static dev.tradehub.odoo.emulator.orm.Field.of;
import static dev.tradehub.odoo.emulator.orm.Field.one2many;
import static dev.tradehub.odoo.emulator.orm.FieldType.BOOLEAN;
import static dev.tradehub.odoo.emulator.orm.FieldType.CHAR;
import static dev.tradehub.odoo.emulator.orm.FieldType.INTEGER;
import static dev.tradehub.odoo.emulator.orm.FieldType.SELECTION;
import static dev.tradehub.odoo.emulator.orm.FieldType.TEXT;

import dev.tradehub.odoo.emulator.orm.Database;
import dev.tradehub.odoo.emulator.orm.Env;
import dev.tradehub.odoo.emulator.orm.Field;
import dev.tradehub.odoo.emulator.orm.FieldType;
import dev.tradehub.odoo.emulator.orm.Json;
import dev.tradehub.odoo.emulator.orm.Model;
import dev.tradehub.odoo.emulator.orm.PyLiteral;
import dev.tradehub.odoo.emulator.orm.PyRepr;
import dev.tradehub.odoo.emulator.orm.Record;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The models' metadata ({@code ir.model}, {@code ir.model.fields}, {@code ir.model.fields.selection}) and
 * base_automation's rules with webhook server actions: when a call creates or changes a record so that a rule
 * matches, the webhook's payload is read at the end of the call and POSTed once the call has committed (README,
 * "Automation-rule webhooks"; see {@link Webhooks}).
 */
public final class AutomationLogic {
    /** Triggers that fire on create (with the filter domain matching). */
    private static final Set<String> CREATE_TRIGGERS = Set.of("on_create", "on_create_or_write", "on_priority_set",
            "on_stage_set", "on_state_set", "on_tag_set", "on_user_set");
    /** Triggers that fire on a change of a trigger field (with the filter domain matching after it). */
    private static final Set<String> WRITE_TRIGGERS = Set.of("on_write", "on_create_or_write", "on_priority_set",
            "on_stage_set", "on_state_set", "on_tag_set", "on_user_set", "on_archive", "on_unarchive");
    /** The field each "value set" trigger watches. */
    private static final Map<String, String> TRIGGER_FIELD = Map.of("on_state_set", "state", "on_priority_set", "priority",
            "on_stage_set", "stage_id", "on_tag_set", "tag_ids", "on_user_set", "user_id", "on_archive", "active",
            "on_unarchive", "active");

    private AutomationLogic() {
    }

    // ------------------------------------------------------------------ models

    static Model irModel() {
        return new Model("ir.model", "Models").order("model")
                .add(of("name", CHAR, "Model Description").required())
                .add(of("model", CHAR, "Model").required())
                .add(of("state", SELECTION, "Type").defaultTo("base"))
                .add(one2many("field_id", "Fields", "ir.model.fields", "model_id"))
                .add(of("transient", BOOLEAN, "Transient Model").defaultTo(false));
    }

    static Model irModelFields() {
        return new Model("ir.model.fields", "Fields").order("name")
                .add(of("name", CHAR, "Field Name").required())
                .add(of("model", CHAR, "Model Name").required())
                .add(many2one("model_id", "Model", "ir.model"))
                .add(of("field_description", CHAR, "Field Label"))
                .add(of("ttype", SELECTION, "Field Type"))
                .add(of("relation", CHAR, "Related Model"))
                .add(of("relation_field", CHAR, "Related Field"))
                .add(of("required", BOOLEAN, "Required").defaultTo(false))
                .add(of("readonly", BOOLEAN, "Readonly").defaultTo(false))
                .add(of("store", BOOLEAN, "Stored").defaultTo(true))
                .add(one2many("selection_ids", "Selection Options", "ir.model.fields.selection", "field_id"))
                .add(of("state", SELECTION, "Type").defaultTo("base"))
                // Odoo 19: "<label> (<model description>)", e.g. "Status (Sales Order)"
                .displayName((env, rec) -> {
                    Record model = env.browse("ir.model", rec.stored("model_id"));
                    return rec.stored("field_description") + " (" + (model == null ? rec.stored("model") : model.stored("name")) + ")";
                });
    }

    static Model irModelFieldsSelection() {
        return new Model("ir.model.fields.selection", "Fields Selection").order("sequence, id")
                .add(many2one("field_id", "Field", "ir.model.fields").required())
                .add(of("value", CHAR, "Value").required())
                .add(of("name", CHAR, "Name").required())
                .add(of("sequence", INTEGER, "Sequence").defaultTo(1000));
    }

    static Model serverAction() {
        return new Model("ir.actions.server", "Server Action").order("sequence,name")
                .add(of("name", CHAR, "Action Name").required())
                .add(of("type", CHAR, "Action Type").defaultTo("ir.actions.server"))
                .add(of("state", SELECTION, "Type").defaultTo("object_write").required())
                .add(of("sequence", INTEGER, "Sequence").defaultTo(5))
                .add(many2one("model_id", "Model", "ir.model").required())
                .add(of("model_name", CHAR, "Model Name").computed((env, rec) -> modelName(env, rec)))
                .add(of("usage", SELECTION, "Usage").defaultTo("ir_actions_server"))
                .add(many2one("base_automation_id", "Automation Rule", "base.automation"))
                .add(of("webhook_url", CHAR, "Webhook URL"))
                .add(many2many("webhook_field_ids", "Webhook Fields", "ir.model.fields"))
                .add(of("webhook_sample_payload", TEXT, "Sample Payload").computed(AutomationLogic::samplePayload))
                .add(of("code", TEXT, "Python Code"))
                .add(of("active", BOOLEAN, "Active").defaultTo(true))
                .beforeCreate((env, row) -> {
                    if (row.get("base_automation_id") != null) {
                        row.put("usage", "base_automation");
                    }
                });
    }

    static Model automation() {
        return new Model("base.automation", "Automation Rule").order("sequence, id")
                .add(of("name", CHAR, "Automation Rule Name").required())
                .add(many2one("model_id", "Model", "ir.model").required())
                .add(of("model_name", CHAR, "Model Name").computed((env, rec) -> modelName(env, rec)))
                .add(of("trigger", SELECTION, "Trigger").required())
                .add(many2one("trg_selection_field_id", "Trigger Field", "ir.model.fields.selection"))
                .add(of("trg_field_ref", INTEGER, "Trigger Reference"))
                .add(of("filter_domain", CHAR, "Apply on"))
                .add(of("filter_pre_domain", CHAR, "Before Update Domain"))
                .add(many2many("trigger_field_ids", "Trigger Fields", "ir.model.fields"))
                .add(one2many("action_server_ids", "Actions", "ir.actions.server", "base_automation_id"))
                .add(of("sequence", INTEGER, "Sequence").defaultTo(10))
                .add(of("description", TEXT, "Description"))
                .add(of("active", BOOLEAN, "Active").defaultTo(true))
                .afterCreate(AutomationLogic::computeTrigger)
                .afterWrite((env, rec, vals) -> {
                    if (vals.containsKey("trigger") || vals.containsKey("trg_selection_field_id") || vals.containsKey("trg_field_ref")) {
                        computeTrigger(env, rec);
                    }
                });
    }

    private static Object modelName(Env env, Record rec) {
        Record model = env.browse("ir.model", rec.stored("model_id"));
        return model == null ? null : model.stored("model");
    }

    /**
     * A "value set" trigger computes its trigger field and filter domain (unless given): on_state_set with the
     * selection value "sale" gives {@code trigger_field_ids} [the state field] and {@code "[('state', '=', 'sale')]"}.
     */
    private static void computeTrigger(Env env, Record rule) {
        String trigger = String.valueOf(rule.stored("trigger"));
        String fieldName = TRIGGER_FIELD.get(trigger);
        String model = (String) modelName(env, rule);
        if (fieldName == null || model == null) {
            return;
        }
        Integer fieldId = fieldId(env, model, fieldName);
        if (fieldId == null) {
            return;
        }
        if (isEmptyList(rule.stored("trigger_field_ids"))) {
            env.set(rule, "trigger_field_ids", List.of(fieldId));
        }
        if (rule.stored("filter_domain") != null) {
            return;
        }
        Object value = null;
        Record selection = env.browse("ir.model.fields.selection", rule.stored("trg_selection_field_id"));
        if (selection != null) {
            value = selection.stored("value");
        } else if (rule.stored("trg_field_ref") != null) {
            value = rule.stored("trg_field_ref");
        } else if (trigger.equals("on_archive") || trigger.equals("on_unarchive")) {
            value = trigger.equals("on_unarchive");
        }
        if (value == null) {
            return;
        }
        Record field = env.browse("ir.model.fields", fieldId);
        boolean many = "many2many".equals(field.stored("ttype"));
        String domain = "[(" + PyRepr.of(fieldName) + ", " + PyRepr.of(many ? "in" : "=") + ", "
                + (many ? "[" + PyRepr.of(value) + "]" : PyRepr.of(value)) + ")]";
        env.set(rule, "filter_domain", domain);
    }

    private static boolean isEmptyList(Object raw) {
        return raw == null || (raw instanceof List<?> l && l.isEmpty());
    }

    private static Integer fieldId(Env env, String model, String name) {
        List<Integer> ids = env.search("ir.model.fields", List.of(List.of("model", "=", model), List.of("name", "=", name)),
                0, 1, "id");
        return ids.isEmpty() ? null : ids.get(0);
    }

    // ------------------------------------------------------------------ metadata of the emulated models

    /**
     * Adds what a seed did not define: an {@code ir.model} per model, an {@code ir.model.fields} per field, an
     * {@code ir.model.fields.selection} per declared selection value; and completes the seed's own rows (model_id,
     * label, type), so that a seed only needs to give the ids a client must see.
     */
    static void ensureMetadata(Env env, Database db) {
        Map<String, Integer> models = new HashMap<>();
        for (Integer id : db.allIds("ir.model")) {
            models.put((String) env.browse("ir.model", id).stored("model"), id);
        }
        for (String name : db.modelNames()) {
            if (!models.containsKey(name)) {
                models.put(name, env.create("ir.model", List.of(Map.of("model", name, "name", db.model(name).label()))).get(0));
            }
        }
        Map<String, Integer> fields = new HashMap<>();
        for (Integer id : db.allIds("ir.model.fields")) {
            Record f = env.browse("ir.model.fields", id);
            String model = (String) f.stored("model");
            Field field = db.model(model) == null ? null : db.model(model).field((String) f.stored("name"));
            if (f.stored("model_id") == null) {
                env.set(f, "model_id", models.get(model));
            }
            if (field != null && f.stored("ttype") == null) {
                env.set(f, "ttype", field.type().odooName());
            }
            if (field != null && f.stored("field_description") == null) {
                env.set(f, "field_description", field.label());
            }
            fields.put(model + "." + f.stored("name"), id);
        }
        for (String name : db.modelNames()) {
            for (Field field : db.model(name).fields()) {
                if (!fields.containsKey(name + "." + field.name())) {
                    Map<String, Object> vals = new LinkedHashMap<>();
                    vals.put("name", field.name());
                    vals.put("model", name);
                    vals.put("model_id", models.get(name));
                    vals.put("field_description", field.label());
                    vals.put("ttype", field.type().odooName());
                    vals.put("relation", field.comodel() == null ? false : field.comodel());
                    vals.put("required", field.isRequired());
                    vals.put("store", !field.isComputed());
                    fields.put(name + "." + field.name(), env.create("ir.model.fields", List.of(vals)).get(0));
                }
            }
        }
        Set<String> values = new LinkedHashSet<>();
        for (Integer id : db.allIds("ir.model.fields.selection")) {
            Record s = env.browse("ir.model.fields.selection", id);
            values.add(s.stored("field_id") + "/" + s.stored("value"));
        }
        for (String name : db.modelNames()) {
            for (Field field : db.model(name).fields()) {
                int sequence = 0;
                for (String[] v : field.selectionValues()) {
                    Integer fieldId = fields.get(name + "." + field.name());
                    if (values.add(fieldId + "/" + v[0])) {
                        env.create("ir.model.fields.selection", List.of(Map.of("field_id", fieldId, "value", v[0],
                                "name", v[1], "sequence", sequence)));
                    }
                    sequence++;
                }
            }
        }
    }

    // ------------------------------------------------------------------ firing

    /** Installs the rules' evaluation at the end of every call of the database, and their webhooks after commit. */
    public static void install(Database db, Webhooks webhooks) {
        db.beforeCommit(env -> fire(env, webhooks));
    }

    /**
     * Evaluates the active rules against what the call created and changed: a created record fires a create
     * trigger, a changed trigger field (any field if the rule names none) a write trigger, when the record matches
     * the rule's filter domain at the end of the call. Each webhook action then gets its payload now, sent after
     * the commit, once per record and action.
     */
    @SuppressWarnings("unchecked")
    static void fire(Env env, Webhooks webhooks) {
        Database db = env.database();
        if (db.model("base.automation") == null || db.allIds("base.automation").isEmpty()
                || (env.created().isEmpty() && env.changed().isEmpty())) {
            return;
        }
        List<Integer> rules = env.search("base.automation", List.of(List.of("active", "=", true)), 0, null, null);
        for (Integer ruleId : rules) {
            Record rule = env.browse("base.automation", ruleId);
            String model = (String) modelName(env, rule);
            String trigger = String.valueOf(rule.stored("trigger"));
            if (model == null || db.model(model) == null) {
                continue;
            }
            Set<String> triggerFields = new LinkedHashSet<>();
            for (Integer fieldId : (List<Integer>) listOrEmpty(rule.stored("trigger_field_ids"))) {
                Record f = env.browse("ir.model.fields", fieldId);
                if (f != null) {
                    triggerFields.add((String) f.stored("name"));
                }
            }
            Set<Integer> candidates = new LinkedHashSet<>();
            Set<Integer> created = env.created().getOrDefault(model, Set.of());
            if (CREATE_TRIGGERS.contains(trigger)) {
                candidates.addAll(created);
            }
            if (WRITE_TRIGGERS.contains(trigger)) {
                env.changed().getOrDefault(model, Map.of()).forEach((id, changedFields) -> {
                    if (!created.contains(id) && (triggerFields.isEmpty() || changedFields.stream().anyMatch(triggerFields::contains))) {
                        candidates.add(id);
                    }
                });
            }
            candidates.removeIf(id -> !env.exists(model, id));
            if (candidates.isEmpty()) {
                continue;
            }
            List<Object> domain = new ArrayList<>();
            domain.add(List.of("id", "in", new ArrayList<>(candidates)));
            if (rule.stored("filter_domain") instanceof String text && !text.isBlank()) {
                domain.addAll((List<Object>) PyLiteral.parse(text));
            }
            List<Integer> matching = env.search(model, domain, 0, null, "id");
            for (Integer actionId : env.children("ir.actions.server", "base_automation_id", ruleId)) {
                Record action = env.browse("ir.actions.server", actionId);
                if (!"webhook".equals(action.stored("state")) || action.stored("webhook_url") == null) {
                    continue;
                }
                for (Integer recordId : matching) {
                    String url = (String) action.stored("webhook_url");
                    String body = Json.write(payload(env, action, env.browse(model, recordId)));
                    env.afterCommit(() -> webhooks.post(url, body));
                }
            }
        }
    }

    private static List<?> listOrEmpty(Object raw) {
        return raw instanceof List<?> l ? l : List.of();
    }

    /**
     * {@code {"_action": "<name>(#<id>)", "_id", "_model"}} plus, with webhook fields, those fields and {@code id}
     * read with {@code load=None}; keys sorted, as {@code json.dumps(vals, sort_keys=True, default=str)} writes them.
     */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> payload(Env env, Record action, Record rec) {
        Map<String, Object> vals = new TreeMap<>();
        vals.put("_action", action.stored("name") + "(#" + action.id() + ")");
        vals.put("_id", rec.id());
        vals.put("_model", rec.model().name());
        List<Integer> fieldIds = (List<Integer>) listOrEmpty(action.stored("webhook_field_ids"));
        if (!fieldIds.isEmpty()) {
            vals.put("id", rec.id());
            for (Integer fieldId : fieldIds) {
                Record f = env.browse("ir.model.fields", fieldId);
                Field field = f == null ? null : rec.model().field((String) f.stored("name"));
                if (field != null) {
                    vals.put(field.name(), loadNone(env, field, env.get(rec, field.name())));
                }
            }
        }
        return vals;
    }

    /** A value as {@code read(load=None)} gives it and {@code default=str} writes it: bare ids, Python datetimes. */
    private static Object loadNone(Env env, Field field, Object raw) {
        if (field.type() == FieldType.MANY2ONE) {
            return raw == null ? Boolean.FALSE : raw;
        }
        if (field.type() == FieldType.DATETIME && raw instanceof String s) {
            // str(datetime) leaves out a zero microsecond part
            return s.endsWith(".000000") ? s.substring(0, s.length() - 7) : s;
        }
        return env.format(field, raw);
    }

    /**
     * The preview Odoo shows: the payload for the model's first record in its default order, indented by 4
     * ({@code json.dumps(payload, indent=4, sort_keys=True, default=str)}).
     */
    private static Object samplePayload(Env env, Record action) {
        if (!"webhook".equals(action.stored("state"))) {
            return null;
        }
        String model = (String) modelName(env, action);
        Map<String, Object> sample;
        List<Integer> first = model == null || env.database().model(model) == null ? List.of()
                : env.search(model, List.of(), 0, 1, null);
        if (first.isEmpty()) {
            sample = new TreeMap<>();
            sample.put("_action", action.stored("name") + "(#" + action.id() + ")");
            sample.put("_model", model);
        } else {
            sample = payload(env, action, env.browse(model, first.get(0)));
        }
        return Json.writeIndented(sample, 4);
    }
}
