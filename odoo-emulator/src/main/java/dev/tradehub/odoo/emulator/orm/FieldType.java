package dev.tradehub.odoo.emulator.orm;

/** Odoo field types, with how an empty value reads on the wire. */
public enum FieldType {
    CHAR, TEXT, SELECTION, DATE, DATETIME, INTEGER, FLOAT, MONETARY, BOOLEAN, MANY2ONE, ONE2MANY, MANY2MANY;

    public boolean relational() {
        return this == MANY2ONE || this == ONE2MANY || this == MANY2MANY;
    }

    public boolean x2many() {
        return this == ONE2MANY || this == MANY2MANY;
    }

    public boolean numeric() {
        return this == INTEGER || this == FLOAT || this == MONETARY;
    }

    public boolean textual() {
        return this == CHAR || this == TEXT || this == SELECTION || this == DATE || this == DATETIME;
    }

    /** The name {@code fields_get} reports. */
    public String odooName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
