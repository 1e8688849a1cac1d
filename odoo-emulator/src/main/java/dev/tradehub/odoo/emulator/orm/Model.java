package dev.tradehub.odoo.emulator.orm;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The definition of one model: fields, default order, display name, hooks and public methods. */
public final class Model {
    /** Called before a new row is inserted (defaults from other records, sequences, validation). */
    @FunctionalInterface
    public interface RowHook {
        void apply(Env env, Map<String, Object> row);
    }

    /** Called after a create or write, with all x2many commands applied. */
    @FunctionalInterface
    public interface RecordHook {
        void apply(Env env, Record rec);
    }

    /** Called after a write of one record, with the values written (x2many commands applied). */
    @FunctionalInterface
    public interface WriteHook {
        void apply(Env env, Record rec, Map<String, Object> vals);
    }

    /** Computes the display name. */
    @FunctionalInterface
    public interface DisplayName {
        String of(Env env, Record rec);
    }

    private final String name;
    private final String label;
    private final Map<String, Field> fields = new LinkedHashMap<>();
    private final Map<String, Method> methods = new LinkedHashMap<>();
    private String order = "id";
    private DisplayName displayName;
    private RowHook beforeCreate = (env, row) -> { };
    private RecordHook afterCreate = (env, rec) -> { };
    private WriteHook beforeWrite = (env, rec, vals) -> { };
    private WriteHook afterWrite = (env, rec, vals) -> { };
    private RecordHook beforeUnlink = (env, rec) -> { };

    public Model(String name, String label) {
        this.name = name;
        this.label = label;
        add(Field.of("id", FieldType.INTEGER, "ID"));
        add(Field.of("display_name", FieldType.CHAR, "Display Name").computed((env, rec) -> env.displayName(rec)));
        add(Field.of("create_date", FieldType.DATETIME, "Created on"));
        add(Field.of("write_date", FieldType.DATETIME, "Last Updated on"));
        add(Field.many2one("create_uid", "Created by", "res.users"));
        add(Field.many2one("write_uid", "Last Updated by", "res.users"));
    }

    public Model add(Field field) {
        fields.put(field.name(), field);
        return this;
    }

    public Model method(Method method) {
        methods.put(method.name(), method);
        return this;
    }

    public Model order(String order) {
        this.order = order;
        return this;
    }

    public Model displayName(DisplayName displayName) {
        this.displayName = displayName;
        return this;
    }

    public Model beforeCreate(RowHook hook) {
        this.beforeCreate = hook;
        return this;
    }

    public Model afterCreate(RecordHook hook) {
        this.afterCreate = hook;
        return this;
    }

    /** Checks before any value of the write is applied (refusals that must leave the record untouched). */
    public Model beforeWrite(WriteHook hook) {
        this.beforeWrite = hook;
        return this;
    }

    public Model afterWrite(WriteHook hook) {
        this.afterWrite = hook;
        return this;
    }

    public Model beforeUnlink(RecordHook hook) {
        this.beforeUnlink = hook;
        return this;
    }

    public String name() {
        return name;
    }

    public String label() {
        return label;
    }

    public String order() {
        return order;
    }

    public Field field(String fieldName) {
        return fields.get(fieldName);
    }

    public Collection<Field> fields() {
        return Collections.unmodifiableCollection(fields.values());
    }

    public List<String> fieldNames() {
        return List.copyOf(fields.keySet());
    }

    public boolean hasActive() {
        return fields.containsKey("active");
    }

    public Method method(String methodName) {
        return methods.get(methodName);
    }

    DisplayName displayNameFn() {
        return displayName;
    }

    RowHook beforeCreate() {
        return beforeCreate;
    }

    RecordHook afterCreate() {
        return afterCreate;
    }

    WriteHook beforeWrite() {
        return beforeWrite;
    }

    WriteHook afterWrite() {
        return afterWrite;
    }

    RecordHook beforeUnlink() {
        return beforeUnlink;
    }
}
