package dev.tradehub.odoo.emulator.orm;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** One field of a model. Stored fields live in the row; computed fields are evaluated on access. */
public final class Field {
    /** Computes a raw value (as stored: ids for many2one, id lists for x2many). */
    @FunctionalInterface
    public interface Compute {
        Object compute(Env env, Record rec);
    }

    private final String name;
    private final FieldType type;
    private final String label;
    private String comodel;
    private String inverse;
    private boolean required;
    private Compute compute;
    private Function<Env, Object> defaultValue;
    private List<String[]> selection = List.of();

    private Field(String name, FieldType type, String label) {
        this.name = name;
        this.type = type;
        this.label = label;
    }

    public static Field of(String name, FieldType type, String label) {
        return new Field(name, type, label);
    }

    public static Field many2one(String name, String label, String comodel) {
        Field f = new Field(name, FieldType.MANY2ONE, label);
        f.comodel = comodel;
        return f;
    }

    public static Field one2many(String name, String label, String comodel, String inverse) {
        Field f = new Field(name, FieldType.ONE2MANY, label);
        f.comodel = comodel;
        f.inverse = inverse;
        return f;
    }

    public static Field many2many(String name, String label, String comodel) {
        Field f = new Field(name, FieldType.MANY2MANY, label);
        f.comodel = comodel;
        return f;
    }

    /** The values of a selection field with their labels: {@code "draft", "Quotation", "sale", "Sales Order"}. */
    public Field selection(String... valueLabelPairs) {
        List<String[]> values = new ArrayList<>();
        for (int i = 0; i + 1 < valueLabelPairs.length; i += 2) {
            values.add(new String[] {valueLabelPairs[i], valueLabelPairs[i + 1]});
        }
        this.selection = List.copyOf(values);
        return this;
    }

    /** The declared values of a selection field, as {@code [value, label]} pairs (empty if not declared). */
    public List<String[]> selectionValues() {
        return selection;
    }

    public Field required() {
        this.required = true;
        return this;
    }

    public Field computed(Compute compute) {
        this.compute = compute;
        return this;
    }

    public Field defaultTo(Object value) {
        this.defaultValue = env -> value;
        return this;
    }

    public Field defaultFrom(Function<Env, Object> supplier) {
        this.defaultValue = supplier;
        return this;
    }

    public String name() {
        return name;
    }

    public FieldType type() {
        return type;
    }

    public String label() {
        return label;
    }

    public String comodel() {
        return comodel;
    }

    public String inverse() {
        return inverse;
    }

    public boolean isRequired() {
        return required;
    }

    public boolean isComputed() {
        return compute != null;
    }

    /** Stored in the row (one2many values are derived from their inverse many2one). */
    public boolean isStored() {
        return compute == null && type != FieldType.ONE2MANY;
    }

    Compute compute() {
        return compute;
    }

    Function<Env, Object> defaultValue() {
        return defaultValue;
    }
}
