package dev.tradehub.translation.csv;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How a partner's CSV names the order's fields: the header of each field's column (a field without a column is
 * not read), the delimiter, the decimal separator and the date pattern. The default layout uses the canonical JSON
 * order's field names as headers ({@code poNumber, poDate, ..., qty, uom, unitPrice, upc, vendorSku, buyerSku}).
 *
 * @param columns      the header of each field's column, compared without case and surrounding blanks
 * @param delimiter    between cells, usually {@code ,} or {@code ;}
 * @param decimalComma whether numbers are written {@code 12,50}
 * @param datePattern  a {@link java.time.format.DateTimeFormatter} pattern, or null for ISO dates
 */
public record CsvLayout(Map<Field, String> columns, char delimiter, boolean decimalComma, String datePattern) {

    /** What a column can hold. */
    public enum Field {
        PO_NUMBER("poNumber", true),
        PO_DATE("poDate", true),
        CURRENCY("currency", false),
        BUYER_ID("buyerId", false),
        BUYER_NAME("buyerName", false),
        SHIP_TO_ID("shipToId", false),
        SHIP_TO_NAME("shipToName", false),
        SHIP_TO_STREET("shipToStreet", false),
        SHIP_TO_CITY("shipToCity", false),
        SHIP_TO_ZIP("shipToZip", false),
        SHIP_TO_COUNTRY("shipToCountry", false),
        REQUESTED_SHIP_DATE("requestedShipDate", false),
        LINE_NO("lineNo", false),
        QTY("qty", true),
        UOM("uom", false),
        UNIT_PRICE("unitPrice", false),
        UPC("upc", false),
        VENDOR_SKU("vendorSku", false),
        BUYER_SKU("buyerSku", false),
        DESCRIPTION("description", false);

        private final String defaultHeader;
        private final boolean required;

        Field(String defaultHeader, boolean required) {
            this.defaultHeader = defaultHeader;
            this.required = required;
        }

        public String defaultHeader() {
            return defaultHeader;
        }

        public boolean required() {
            return required;
        }

        /** The same order's fields: a later row of the order must not say otherwise. */
        boolean ofTheOrder() {
            return ordinal() <= REQUESTED_SHIP_DATE.ordinal();
        }
    }

    public CsvLayout {
        columns = Map.copyOf(columns);
    }

    /** The canonical field names as headers, comma separated, ISO dates, decimal point. */
    public static CsvLayout standard() {
        Map<Field, String> columns = new EnumMap<>(Field.class);
        for (Field field : Field.values()) {
            columns.put(field, field.defaultHeader());
        }
        return new CsvLayout(columns, ',', false, null);
    }

    /** The standard layout with some headers renamed (a partner's export names its columns its own way). */
    public CsvLayout renamed(Map<Field, String> headers) {
        Map<Field, String> merged = new EnumMap<>(Field.class);
        merged.putAll(columns);
        merged.putAll(headers);
        return new CsvLayout(merged, delimiter, decimalComma, datePattern);
    }

    Optional<String> header(Field field) {
        return Optional.ofNullable(columns.get(field)).map(CsvLayout::normalized);
    }

    static String normalized(String header) {
        return header.strip().toLowerCase(Locale.ROOT);
    }
}
