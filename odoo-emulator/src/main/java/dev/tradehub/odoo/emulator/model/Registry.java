package dev.tradehub.odoo.emulator.model;

import static dev.tradehub.odoo.emulator.orm.Field.many2many;
import static dev.tradehub.odoo.emulator.orm.Field.many2one;
import static dev.tradehub.odoo.emulator.orm.Field.of;
import static dev.tradehub.odoo.emulator.orm.Field.one2many;
import static dev.tradehub.odoo.emulator.orm.FieldType.BOOLEAN;
import static dev.tradehub.odoo.emulator.orm.FieldType.CHAR;
import static dev.tradehub.odoo.emulator.orm.FieldType.FLOAT;
import static dev.tradehub.odoo.emulator.orm.FieldType.INTEGER;
import static dev.tradehub.odoo.emulator.orm.FieldType.SELECTION;
import static dev.tradehub.odoo.emulator.orm.FieldType.TEXT;

import dev.tradehub.odoo.emulator.orm.Env;
import dev.tradehub.odoo.emulator.orm.Method;
import dev.tradehub.odoo.emulator.orm.Model;
import dev.tradehub.odoo.emulator.orm.OdooException;
import dev.tradehub.odoo.emulator.orm.Record;
import dev.tradehub.odoo.emulator.orm.StandardMethods;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The models of the emulated database, with Odoo 19 field names. */
public final class Registry {
    private Registry() {
    }

    public static Map<String, Model> build(OrderGuard guard) {
        Map<String, Model> models = new LinkedHashMap<>();
        for (Model m : List.of(users(), company(), currency(), country(), state(), partner(), uom(), product(), tax(),
                SaleLogic.order(guard), SaleLogic.line(), warehouse(), location(), pickingType(), StockLogic.picking(),
                StockLogic.move(), StockLogic.moveLine(), StockLogic.smsWizard(),
                InvoiceLogic.paymentTerm(), InvoiceLogic.paymentTermLine(), InvoiceLogic.wizard(), InvoiceLogic.move(),
                InvoiceLogic.moveLine(), AutomationLogic.irModel(), AutomationLogic.irModelFields(),
                AutomationLogic.irModelFieldsSelection(), AutomationLogic.serverAction(), AutomationLogic.automation())) {
            models.put(m.name(), StandardMethods.addTo(m));
        }
        return models;
    }

    private static Model users() {
        Model m = new Model("res.users", "User").order("name, login")
                .add(of("name", CHAR, "Name")).add(of("login", CHAR, "Login").required())
                .add(many2one("partner_id", "Related Partner", "res.partner"))
                .add(many2one("company_id", "Company", "res.company"))
                .add(many2many("company_ids", "Companies", "res.company"))
                .add(of("tz", SELECTION, "Timezone")).add(of("lang", SELECTION, "Language"))
                .add(of("share", BOOLEAN, "Share User").defaultTo(false))
                .add(of("active", BOOLEAN, "Active").defaultTo(true));
        m.method(new Method("context_get", false, true, List.of(), "ResUsers.context_get", false, (env, ids, kw) -> {
            Record user = env.browse("res.users", env.uid());
            Map<String, Object> ctx = new LinkedHashMap<>();
            ctx.put("lang", user == null || user.stored("lang") == null ? "en_US" : user.stored("lang"));
            ctx.put("tz", user == null || user.stored("tz") == null ? Boolean.FALSE : user.stored("tz"));
            ctx.put("uid", env.uid());
            return ctx;
        }));
        return m;
    }

    private static Model company() {
        return new Model("res.company", "Companies").order("sequence, name")
                .add(of("name", CHAR, "Company Name").required()).add(of("sequence", INTEGER, "Sequence").defaultTo(10))
                .add(many2one("currency_id", "Currency", "res.currency"))
                .add(many2one("partner_id", "Partner", "res.partner"))
                // stock_sms: validating a delivery to a partner with a phone asks once whether to send an SMS
                .add(of("stock_move_sms_validation", BOOLEAN, "SMS Confirmation").defaultTo(true))
                .add(of("has_received_warning_stock_sms", BOOLEAN, "Has Received Warning Stock Sms").defaultTo(false));
    }

    private static Model currency() {
        return new Model("res.currency", "Currency").order("active desc, name")
                .add(of("name", CHAR, "Currency").required()).add(of("symbol", CHAR, "Symbol"))
                .add(of("active", BOOLEAN, "Active").defaultTo(true));
    }

    private static Model country() {
        return new Model("res.country", "Country").order("name, id")
                .add(of("name", CHAR, "Country Name").required()).add(of("code", CHAR, "Country Code"));
    }

    private static Model state() {
        return new Model("res.country.state", "Country state").order("country_id, name, id")
                .add(of("name", CHAR, "State Name").required()).add(of("code", CHAR, "State Code").required())
                .add(many2one("country_id", "Country", "res.country").required())
                .displayName((env, rec) -> {
                    Record country = env.browse("res.country", rec.stored("country_id"));
                    Object code = country == null ? null : country.stored("code");
                    return rec.stored("name") + (code == null ? "" : " (" + code + ")");
                });
    }

    private static Model partner() {
        Model m = new Model("res.partner", "Contact").order("complete_name ASC, id DESC")
                .add(of("name", CHAR, "Name"))
                .add(of("complete_name", CHAR, "Complete Name").computed((env, rec) -> env.displayName(rec)))
                .add(of("ref", CHAR, "Reference"))
                .add(of("type", SELECTION, "Address Type").defaultTo("contact"))
                .add(many2one("parent_id", "Related Company", "res.partner"))
                .add(one2many("child_ids", "Contact", "res.partner", "parent_id"))
                .add(many2one("commercial_partner_id", "Commercial Entity", "res.partner")
                        .computed((env, rec) -> commercial(env, rec).id()))
                .add(of("is_company", BOOLEAN, "Is a Company").defaultTo(false))
                .add(of("customer_rank", INTEGER, "Customer Rank").defaultTo(0))
                .add(of("supplier_rank", INTEGER, "Supplier Rank").defaultTo(0))
                .add(of("street", CHAR, "Street")).add(of("street2", CHAR, "Street2"))
                .add(of("city", CHAR, "City")).add(of("zip", CHAR, "Zip"))
                .add(many2one("state_id", "State", "res.country.state"))
                .add(many2one("country_id", "Country", "res.country"))
                .add(of("email", CHAR, "Email")).add(of("phone", CHAR, "Phone")).add(of("vat", CHAR, "Tax ID"))
                .add(of("website", CHAR, "Website Link")).add(of("comment", TEXT, "Notes"))
                .add(of("barcode", CHAR, "Barcode")).add(of("lang", SELECTION, "Language"))
                .add(many2one("company_id", "Company", "res.company"))
                .add(many2one("user_id", "Salesperson", "res.users"))
                .add(many2one("property_payment_term_id", "Customer Payment Terms", "account.payment.term"))
                .add(of("active", BOOLEAN, "Active").defaultTo(true))
                .displayName(Registry::partnerName)
                .beforeCreate((env, row) -> {
                    Object type = row.get("type");
                    if (row.get("name") == null && (type == null || "contact".equals(type))) {
                        throw OdooException.validationError("The operation cannot be completed: Contacts require a name");
                    }
                });
        return m;
    }

    private static Record commercial(Env env, Record rec) {
        Record current = rec;
        for (int guard = 0; guard < 20; guard++) {
            Record parent = env.browse("res.partner", current.stored("parent_id"));
            if (Boolean.TRUE.equals(current.stored("is_company")) || parent == null) {
                return current;
            }
            current = parent;
        }
        return current;
    }

    private static String partnerName(Env env, Record rec) {
        Object name = rec.stored("name");
        String own = name != null ? name.toString() : switch (String.valueOf(rec.stored("type"))) {
            case "invoice" -> "Invoice Address";
            case "delivery" -> "Delivery Address";
            case "other" -> "Other Address";
            default -> "";
        };
        Record parent = env.browse("res.partner", rec.stored("parent_id"));
        if (parent != null && parent.id() != rec.id()) {
            String p = env.displayName(parent);
            return own.isEmpty() ? p : p + ", " + own;
        }
        return own;
    }

    private static Model uom() {
        return new Model("uom.uom", "Product Unit of Measure").order("sequence, id")
                .add(of("name", CHAR, "Unit Name").required())
                .add(of("sequence", INTEGER, "Sequence").defaultTo(0))
                .add(of("relative_factor", FLOAT, "Contains").defaultTo(1.0))
                .add(many2one("relative_uom_id", "Reference Unit", "uom.uom"))
                .add(of("factor", FLOAT, "Absolute Quantity").computed((env, rec) -> factor(env, rec)))
                .add(of("rounding", FLOAT, "Rounding Precision").defaultTo(0.01))
                .add(of("active", BOOLEAN, "Active").defaultTo(true));
    }

    /** The absolute factor of a unit: its relative factor times the factor of its reference unit. */
    static double factor(Env env, Record uom) {
        return factor(env, uom, 0);
    }

    private static double factor(Env env, Record uom, int depth) {
        Object rel = uom.stored("relative_factor");
        double own = rel == null ? 1.0 : ((Number) rel).doubleValue();
        Record parent = env.browse("uom.uom", uom.stored("relative_uom_id"));
        return parent == null || depth > 20 ? own : own * factor(env, parent, depth + 1);
    }

    private static Model product() {
        return new Model("product.product", "Product Variant").order("default_code, name, id")
                .add(of("name", CHAR, "Name").required())
                .add(of("default_code", CHAR, "Internal Reference")).add(of("barcode", CHAR, "Barcode"))
                .add(many2one("uom_id", "Unit", "uom.uom").defaultFrom(env -> env.exists("uom.uom", 1) ? 1 : null))
                .add(of("list_price", FLOAT, "Sales Price").defaultTo(1.0))
                .add(of("lst_price", FLOAT, "Sales Price").computed((env, rec) -> rec.stored("list_price")))
                .add(of("standard_price", FLOAT, "Cost").defaultTo(0.0))
                .add(of("qty_available", FLOAT, "Quantity On Hand").defaultTo(0.0))
                .add(of("free_qty", FLOAT, "Free To Use Quantity").defaultTo(0.0))
                .add(of("virtual_available", FLOAT, "Forecasted Quantity").defaultTo(0.0))
                .add(of("type", SELECTION, "Product Type").defaultTo("consu"))
                // Odoo 19's default: a goods product that does not track inventory, whose moves are always reserved
                .add(of("is_storable", BOOLEAN, "Track Inventory").defaultTo(false))
                .add(of("sale_ok", BOOLEAN, "Can be Sold").defaultTo(true))
                .add(of("description_sale", TEXT, "Sales Description"))
                .add(of("weight", FLOAT, "Weight").defaultTo(0.0))
                .add(of("tracking", SELECTION, "Tracking").defaultTo("none"))
                .add(of("invoice_policy", SELECTION, "Invoicing Policy").defaultTo("order"))
                .add(many2many("taxes_id", "Sales Taxes", "account.tax"))
                .add(of("active", BOOLEAN, "Active").defaultTo(true))
                .displayName((env, rec) -> {
                    Object code = rec.stored("default_code");
                    return code == null ? String.valueOf(rec.stored("name")) : "[" + code + "] " + rec.stored("name");
                });
    }

    private static Model tax() {
        return new Model("account.tax", "Tax").order("sequence, id")
                .add(of("name", CHAR, "Tax Name").required()).add(of("sequence", INTEGER, "Sequence").defaultTo(1))
                .add(of("amount", FLOAT, "Amount").defaultTo(0.0))
                .add(of("amount_type", SELECTION, "Tax Computation").defaultTo("percent"))
                .add(of("type_tax_use", SELECTION, "Tax Type").defaultTo("sale"))
                .add(many2one("company_id", "Company", "res.company"))
                .add(of("active", BOOLEAN, "Active").defaultTo(true));
    }

    private static Model warehouse() {
        return new Model("stock.warehouse", "Warehouse").order("sequence, id")
                .add(of("name", CHAR, "Warehouse").required()).add(of("code", CHAR, "Short Name"))
                .add(of("sequence", INTEGER, "Sequence").defaultTo(10))
                .add(many2one("company_id", "Company", "res.company"))
                .add(of("active", BOOLEAN, "Active").defaultTo(true));
    }

    private static Model location() {
        return new Model("stock.location", "Inventory Locations").order("complete_name, id")
                .add(of("name", CHAR, "Location Name").required())
                .add(of("complete_name", CHAR, "Full Location Name").computed((env, rec) -> rec.stored("name")))
                .add(of("usage", SELECTION, "Location Type").defaultTo("internal"))
                .add(of("active", BOOLEAN, "Active").defaultTo(true));
    }

    private static Model pickingType() {
        return new Model("stock.picking.type", "Picking Type").order("sequence, id")
                .add(of("name", CHAR, "Operation Type").required())
                .add(of("code", SELECTION, "Type of Operation").defaultTo("outgoing"))
                .add(of("sequence", INTEGER, "Sequence").defaultTo(0))
                .add(of("sequence_code", CHAR, "Sequence Prefix"))
                .add(many2one("warehouse_id", "Warehouse", "stock.warehouse"))
                .add(of("active", BOOLEAN, "Active").defaultTo(true))
                .displayName((env, rec) -> {
                    Record wh = env.browse("stock.warehouse", rec.stored("warehouse_id"));
                    return wh == null ? String.valueOf(rec.stored("name")) : wh.stored("name") + ": " + rec.stored("name");
                });
    }
}
