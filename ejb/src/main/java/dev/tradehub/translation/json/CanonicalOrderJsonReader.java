package dev.tradehub.translation.json;

import dev.tradehub.canonical.Address;
import dev.tradehub.canonical.CanonicalOrder;
import dev.tradehub.canonical.DocumentError;
import dev.tradehub.canonical.ErrorCategory;
import dev.tradehub.canonical.Location;
import dev.tradehub.canonical.OrderLine;
import dev.tradehub.canonical.Party;
import dev.tradehub.translation.Disposition;
import dev.tradehub.translation.EnvelopeFacts;
import dev.tradehub.translation.Interchange;
import dev.tradehub.translation.Standard;
import dev.tradehub.translation.TransactionSet;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads one canonical order from JSON. The result is an {@link Interchange} of standard {@link Standard#JSON} with
 * no envelope facts and one transaction set (control number {@value #CONTROL_NUMBER}, type {@value #DOC_TYPE}).
 */
public final class CanonicalOrderJsonReader {

    public static final String CONTROL_NUMBER = "1";
    public static final String DOC_TYPE = "ORDER";
    public static final String VERSION = "canonical-v1";

    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    /** Made once: {@code Json.createReader} looks the provider up on every call. */
    private static final JsonReaderFactory READERS = JsonProvider.provider().createReaderFactory(Map.of());

    /** Reads the payload (UTF-8 JSON). Never throws for bad input. */
    public Interchange read(byte[] payload) {
        EnvelopeFacts facts = new EnvelopeFacts(Standard.JSON, VERSION, null, null, null, null, false, false);
        JsonObject json;
        try (JsonReader reader = READERS.createReader(new ByteArrayInputStream(payload))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                return new Interchange(facts, List.of(), List.of(error(ErrorCategory.SYNTAX, "$",
                        "A canonical order is a JSON object, not " + value.getValueType().name().toLowerCase())));
            }
            json = value.asJsonObject();
        } catch (JsonException | IllegalStateException e) {
            return new Interchange(facts, List.of(), List.of(error(ErrorCategory.SYNTAX, "$",
                    "The payload is not valid JSON: " + firstLine(e.getMessage()))));
        }
        Problems problems = new Problems();
        CanonicalOrder order = order(json, problems);
        TransactionSet set = problems.errors.isEmpty()
                ? new TransactionSet(CONTROL_NUMBER, DOC_TYPE, VERSION, null, null, null, order, List.of(),
                        Disposition.ACCEPTED, null)
                : new TransactionSet(CONTROL_NUMBER, DOC_TYPE, VERSION, null, null, null, null, problems.errors,
                        Disposition.REJECTED, null);
        return new Interchange(facts, List.of(set), List.of());
    }

    private static CanonicalOrder order(JsonObject json, Problems problems) {
        String poNumber = problems.requiredText(json, "poNumber", "$");
        LocalDate poDate = problems.date(json, "poDate", "$", true);
        String currency = problems.text(json, "currency", "$");
        if (currency != null && !CURRENCY.matcher(currency).matches()) {
            problems.add(ErrorCategory.INVALID_VALUE, "$.currency", "currency '" + currency
                    + "' is not an ISO 4217 code such as USD or EUR");
        }
        Party buyer = null;
        JsonObject buyerJson = problems.object(json, "buyer", "$");
        if (buyerJson != null) {
            buyer = new Party(problems.text(buyerJson, "id", "$.buyer"), problems.text(buyerJson, "name", "$.buyer"));
        }
        Address shipTo = null;
        JsonObject shipJson = problems.object(json, "shipTo", "$");
        if (shipJson != null) {
            String at = "$.shipTo";
            shipTo = new Address(problems.text(shipJson, "id", at), problems.text(shipJson, "name", at),
                    problems.text(shipJson, "street", at), problems.text(shipJson, "street2", at),
                    problems.text(shipJson, "city", at), problems.text(shipJson, "state", at),
                    problems.text(shipJson, "zip", at), problems.text(shipJson, "country", at));
        }
        LocalDate requestedShipDate = problems.date(json, "requestedShipDate", "$", false);
        List<OrderLine> lines = new ArrayList<>();
        JsonValue linesJson = json.get("lines");
        if (!(linesJson instanceof JsonArray array) || array.isEmpty()) {
            problems.add(ErrorCategory.MISSING_MANDATORY, "$.lines", "The order has no lines");
        } else {
            for (int i = 0; i < array.size(); i++) {
                String at = "$.lines[" + i + "]";
                if (!(array.get(i) instanceof JsonObject line)) {
                    problems.add(ErrorCategory.INVALID_VALUE, at, "A line is a JSON object");
                    continue;
                }
                lines.add(line(line, at, problems));
            }
        }
        JsonValue total = json.get("totalLines");
        if (total instanceof JsonNumber number && number.intValue() != lines.size()) {
            problems.add(ErrorCategory.INVALID_VALUE, "$.totalLines", "totalLines says " + number
                    + " but the order has " + lines.size() + " line(s)");
        }
        return problems.errors.isEmpty()
                ? new CanonicalOrder(poNumber, poDate, currency, buyer, shipTo, requestedShipDate, lines, lines.size())
                : null;
    }

    private static OrderLine line(JsonObject line, String at, Problems problems) {
        JsonValue lineNo = line.get("lineNo");
        String number = lineNo instanceof JsonString text ? text.getString()
                : lineNo instanceof JsonNumber n ? n.toString() : null;
        BigDecimal qty = problems.decimal(line, "qty", at, true);
        if (qty != null && qty.signum() <= 0) {
            problems.add(ErrorCategory.INVALID_VALUE, at + ".qty", "qty must be more than zero, not " + qty);
        }
        BigDecimal unitPrice = problems.decimal(line, "unitPrice", at, false);
        String upc = problems.text(line, "upc", at);
        String vendorSku = problems.text(line, "vendorSku", at);
        String buyerSku = problems.text(line, "buyerSku", at);
        if (upc == null && vendorSku == null && buyerSku == null) {
            problems.add(ErrorCategory.MISSING_MANDATORY, at, "The line names no item: give upc, vendorSku or buyerSku");
        }
        return new OrderLine(number, qty, problems.text(line, "uom", at), unitPrice, upc, vendorSku, buyerSku,
                problems.text(line, "description", at));
    }

    private static DocumentError error(ErrorCategory category, String path, String message) {
        return new DocumentError(category, new Location(path, null, null, null, CONTROL_NUMBER), message);
    }

    private static String firstLine(String text) {
        return text == null ? "unreadable" : text.lines().findFirst().orElse(text);
    }

    /** The errors found so far, and typed reads that add one when a value has the wrong shape. */
    private static final class Problems {
        private final List<DocumentError> errors = new ArrayList<>();

        void add(ErrorCategory category, String path, String message) {
            errors.add(error(category, path, message));
        }

        String text(JsonObject json, String field, String at) {
            JsonValue value = json.get(field);
            if (value == null || value == JsonValue.NULL) {
                return null;
            }
            if (value instanceof JsonString string) {
                return string.getString().isBlank() ? null : string.getString().trim();
            }
            add(ErrorCategory.INVALID_VALUE, at + "." + field, field + " must be a string");
            return null;
        }

        String requiredText(JsonObject json, String field, String at) {
            JsonValue value = json.get(field);
            if (value == null || value == JsonValue.NULL
                    || value instanceof JsonString string && string.getString().isBlank()) {
                add(ErrorCategory.MISSING_MANDATORY, at + "." + field, field + " is required");
                return null;
            }
            return text(json, field, at);
        }

        JsonObject object(JsonObject json, String field, String at) {
            JsonValue value = json.get(field);
            if (value == null || value == JsonValue.NULL) {
                return null;
            }
            if (value instanceof JsonObject object) {
                return object;
            }
            add(ErrorCategory.INVALID_VALUE, at + "." + field, field + " must be an object");
            return null;
        }

        LocalDate date(JsonObject json, String field, String at, boolean required) {
            String text = required ? requiredText(json, field, at) : text(json, field, at);
            if (text == null) {
                return null;
            }
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                add(ErrorCategory.INVALID_VALUE, at + "." + field, field + " '" + text
                        + "' is not an ISO date such as 2026-11-27");
                return null;
            }
        }

        BigDecimal decimal(JsonObject json, String field, String at, boolean required) {
            JsonValue value = json.get(field);
            if (value == null || value == JsonValue.NULL) {
                if (required) {
                    add(ErrorCategory.MISSING_MANDATORY, at + "." + field, field + " is required");
                }
                return null;
            }
            if (value instanceof JsonNumber number) {
                return number.bigDecimalValue();
            }
            add(ErrorCategory.INVALID_VALUE, at + "." + field, field + " must be a number, not " + value);
            return null;
        }
    }
}
