package dev.tradehub.partner;

import dev.tradehub.translation.csv.CsvLayout;
import dev.tradehub.translation.csv.CsvLayout.Field;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A partner's CSV layout as engineers write it (API, storage):
 * {@code {"delimiter": ";", "decimalComma": true, "datePattern": "dd.MM.yyyy",
 * "columns": {"poNumber": "Bestellnummer", "qty": "Menge"}}}. Columns are named by the canonical field
 * ({@code poNumber, poDate, currency, buyerId, buyerName, shipToId, shipToName, shipToStreet, shipToCity, shipToZip,
 * shipToCountry, requestedShipDate, lineNo, qty, uom, unitPrice, upc, vendorSku, buyerSku, description}); a field
 * left out keeps its canonical name as header.
 */
public record CsvLayoutSettings(String delimiter, Boolean decimalComma, String datePattern,
        Map<String, String> columns) {

    public static CsvLayoutSettings of(CsvLayout layout) {
        Map<String, String> columns = new LinkedHashMap<>();
        layout.columns().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(column -> columns.put(column.getKey().defaultHeader(), column.getValue()));
        return new CsvLayoutSettings(String.valueOf(layout.delimiter()), layout.decimalComma(), layout.datePattern(),
                columns);
    }

    /** The layout these settings describe, or every reason they do not describe one. */
    public CsvLayout toLayout() {
        List<String> problems = new ArrayList<>();
        char separator = ',';
        if (delimiter != null) {
            if (delimiter.length() != 1 || "\"\r\n".contains(delimiter)) {
                problems.add("delimiter must be one character other than a quote or a line break, not '" + delimiter
                        + "'");
            } else {
                separator = delimiter.charAt(0);
            }
        }
        if (datePattern != null) {
            try {
                DateTimeFormatter.ofPattern(datePattern);
            } catch (IllegalArgumentException e) {
                problems.add("datePattern '" + datePattern + "' is not a date pattern such as dd.MM.yyyy");
            }
        }
        Map<Field, String> headers = new EnumMap<>(Field.class);
        Map<String, Field> byName = new LinkedHashMap<>();
        for (Field field : Field.values()) {
            byName.put(field.defaultHeader(), field);
        }
        if (columns != null) {
            columns.forEach((name, header) -> {
                Field field = byName.get(name);
                if (field == null) {
                    problems.add("no field '" + name + "'; the fields are " + byName.keySet());
                } else if (header == null || header.isBlank()) {
                    problems.add("the column of " + name + " needs a header");
                } else {
                    headers.put(field, header.strip());
                }
            });
        }
        if (!problems.isEmpty()) {
            throw new InvalidPartnerSettings("The CSV layout is not valid: " + String.join("; ", problems));
        }
        CsvLayout standard = CsvLayout.standard().renamed(headers);
        return new CsvLayout(standard.columns(), separator, Boolean.TRUE.equals(decimalComma),
                datePattern == null || datePattern.isBlank() ? null : datePattern);
    }
}
