package dev.tradehub.translation.csv;

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
import dev.tradehub.translation.csv.CsvLayout.Field;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the orders of one CSV batch. Rows are order lines; the rows of one PO number form one order, in the order
 * of their first row, whatever rows of other POs come between. The order's own fields (date, currency, ship-to
 * ...) are read from its first row; a later row that says something else is an error of that row. Every problem
 * names its row (the spreadsheet's row number: the header is row 1) and column. Never throws for bad input.
 *
 * <p>The result is an {@link Interchange} of standard {@link Standard#CSV}: no envelope (the channel names the
 * partner), one transaction set an order, numbered from 1 in the batch.
 */
public final class CsvOrderReader {

    public static final String DOC_TYPE = "ORDER";
    public static final String VERSION = "csv-v1";

    /** The position of a problem in {@link Location#segment()}: a row, its number, the column's number. */
    public static final String ROW = "ROW";

    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    private final CsvLayout layout;
    private final DateTimeFormatter dates;

    public CsvOrderReader(CsvLayout layout) {
        this.layout = Objects.requireNonNull(layout, "layout");
        this.dates = layout.datePattern() == null ? DateTimeFormatter.ISO_LOCAL_DATE
                : DateTimeFormatter.ofPattern(layout.datePattern());
    }

    public Interchange read(byte[] payload) {
        EnvelopeFacts facts = new EnvelopeFacts(Standard.CSV, VERSION, null, null, null, null, false, false);
        String text = new String(payload, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1); // a spreadsheet's byte order mark
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(layout.delimiter()).setHeader()
                .setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setTrim(true).setAllowMissingColumnNames(true)
                .get();
        Map<String, Rows> orders = new LinkedHashMap<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Map<Field, Integer> columns = new EnumMap<>(Field.class);
            List<DocumentError> headerErrors = columns(parser.getHeaderNames(), columns);
            if (!headerErrors.isEmpty()) {
                return new Interchange(facts, List.of(), headerErrors);
            }
            int row = 1;
            for (CSVRecord record : parser) {
                row++;
                Cells cells = new Cells(record, row, columns, parser.getHeaderNames().size());
                String po = cells.text(Field.PO_NUMBER);
                String key = po == null ? "(row " + row + ": no PO number)" : po;
                orders.computeIfAbsent(key, k -> new Rows(orders.size() + 1)).add(cells);
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            return new Interchange(facts, List.of(), List.of(new DocumentError(ErrorCategory.SYNTAX,
                    Location.ofPayload(), "The payload is not readable as CSV (delimiter '" + layout.delimiter()
                            + "'): " + firstLine(e.getMessage()))));
        }
        if (orders.isEmpty()) {
            return new Interchange(facts, List.of(), List.of(new DocumentError(ErrorCategory.MISSING_MANDATORY,
                    Location.ofPayload(), "The CSV has a header but no rows")));
        }
        List<TransactionSet> sets = new ArrayList<>();
        orders.values().forEach(rows -> sets.add(rows.order()));
        return new Interchange(facts, sets, List.of());
    }

    /** Finds each field's column; a required field without one, or a header twice, is an error of row 1. */
    private List<DocumentError> columns(List<String> headers, Map<Field, Integer> columns) {
        List<DocumentError> errors = new ArrayList<>();
        Map<String, Integer> positions = new LinkedHashMap<>();
        for (int i = 0; i < headers.size(); i++) {
            String header = headers.get(i) == null ? "" : CsvLayout.normalized(headers.get(i));
            if (!header.isEmpty() && positions.putIfAbsent(header, i) != null) {
                errors.add(new DocumentError(ErrorCategory.SYNTAX, new Location(ROW, 1, i + 1, null, null),
                        "row 1: the column '" + headers.get(i) + "' is there twice"));
            }
        }
        for (Field field : Field.values()) {
            layout.header(field).map(positions::get).ifPresent(position -> columns.put(field, position));
            if (field.required() && !columns.containsKey(field)) {
                errors.add(new DocumentError(ErrorCategory.MISSING_MANDATORY, new Location(ROW, 1, null, null, null),
                        "row 1: no column '" + layout.columns().getOrDefault(field, field.defaultHeader()) + "' ("
                                + field.defaultHeader() + ") in the header " + headers));
            }
        }
        return errors;
    }

    /** The rows of one PO, read into one order. */
    private final class Rows {
        private final String controlNumber;
        private final List<Cells> rows = new ArrayList<>();

        Rows(int ordinal) {
            this.controlNumber = Integer.toString(ordinal);
        }

        void add(Cells cells) {
            rows.add(cells);
        }

        TransactionSet order() {
            List<DocumentError> errors = new ArrayList<>();
            Cells first = rows.get(0);
            first.controlNumber = controlNumber;
            String po = first.required(Field.PO_NUMBER, errors);
            LocalDate poDate = first.date(Field.PO_DATE, true, errors);
            String currency = first.text(Field.CURRENCY);
            if (currency != null && !CURRENCY.matcher(currency).matches()) {
                errors.add(first.error(ErrorCategory.INVALID_VALUE, Field.CURRENCY, "currency '" + currency
                        + "' is not an ISO 4217 code such as USD or EUR"));
            }
            String buyerId = first.text(Field.BUYER_ID);
            String buyerName = first.text(Field.BUYER_NAME);
            Party buyer = buyerId == null && buyerName == null ? null : new Party(buyerId, buyerName);
            Address shipTo = first.text(Field.SHIP_TO_ID) == null && first.text(Field.SHIP_TO_NAME) == null ? null
                    : new Address(first.text(Field.SHIP_TO_ID), first.text(Field.SHIP_TO_NAME),
                            first.text(Field.SHIP_TO_STREET), null, first.text(Field.SHIP_TO_CITY), null,
                            first.text(Field.SHIP_TO_ZIP), first.text(Field.SHIP_TO_COUNTRY));
            LocalDate requestedShipDate = first.date(Field.REQUESTED_SHIP_DATE, false, errors);
            List<OrderLine> lines = new ArrayList<>();
            for (Cells row : rows) {
                row.controlNumber = controlNumber;
                if (row != first) {
                    row.sameAs(first, errors);
                }
                lines.add(row.line(lines.size() + 1, errors));
            }
            errors.addAll(0, first.shapeErrors());
            rows.stream().skip(1).forEach(row -> errors.addAll(row.shapeErrors()));
            if (!errors.isEmpty()) {
                return new TransactionSet(controlNumber, DOC_TYPE, VERSION, null, null, null, null, errors,
                        Disposition.REJECTED, null);
            }
            CanonicalOrder order = new CanonicalOrder(po, poDate, currency, buyer, shipTo, requestedShipDate, lines,
                    lines.size());
            return new TransactionSet(controlNumber, DOC_TYPE, VERSION, null, null, null, order, List.of(),
                    Disposition.ACCEPTED, null);
        }
    }

    /** One row's cells, read by field. */
    private final class Cells {
        private final CSVRecord record;
        private final int row;
        private final Map<Field, Integer> columns;
        private final int width;
        private String controlNumber;

        Cells(CSVRecord record, int row, Map<Field, Integer> columns, int width) {
            this.record = record;
            this.row = row;
            this.columns = columns;
            this.width = width;
        }

        List<DocumentError> shapeErrors() {
            if (record.size() > width) {
                return List.of(new DocumentError(ErrorCategory.SYNTAX, new Location(ROW, row, width + 1, null,
                        controlNumber), "row " + row + ": " + record.size() + " cells, but the header has " + width
                        + " columns"));
            }
            return List.of();
        }

        String text(Field field) {
            Integer column = columns.get(field);
            if (column == null || column >= record.size()) {
                return null;
            }
            String value = record.get(column);
            return value == null || value.isBlank() ? null : value.strip();
        }

        String required(Field field, List<DocumentError> errors) {
            String value = text(field);
            if (value == null) {
                errors.add(error(ErrorCategory.MISSING_MANDATORY, field, field.defaultHeader() + " is required"));
            }
            return value;
        }

        LocalDate date(Field field, boolean required, List<DocumentError> errors) {
            String value = required ? required(field, errors) : text(field);
            if (value == null) {
                return null;
            }
            try {
                return LocalDate.parse(value, dates);
            } catch (DateTimeParseException e) {
                errors.add(error(ErrorCategory.INVALID_VALUE, field, "'" + value + "' is not a date "
                        + (layout.datePattern() == null ? "such as 2026-11-27" : "of the form " + layout.datePattern())));
                return null;
            }
        }

        BigDecimal decimal(Field field, boolean required, List<DocumentError> errors) {
            String value = required ? required(field, errors) : text(field);
            if (value == null) {
                return null;
            }
            String plain = layout.decimalComma() ? value.replace(".", "").replace(',', '.') : value.replace(",", "");
            try {
                return new BigDecimal(plain);
            } catch (NumberFormatException e) {
                errors.add(error(ErrorCategory.INVALID_VALUE, field, "'" + value + "' is not a number"));
                return null;
            }
        }

        OrderLine line(int position, List<DocumentError> errors) {
            BigDecimal qty = decimal(Field.QTY, true, errors);
            if (qty != null && qty.signum() <= 0) {
                errors.add(error(ErrorCategory.INVALID_VALUE, Field.QTY, "the quantity must be more than zero, not "
                        + qty.toPlainString()));
            }
            BigDecimal unitPrice = decimal(Field.UNIT_PRICE, false, errors);
            if (unitPrice != null && unitPrice.signum() < 0) {
                errors.add(error(ErrorCategory.INVALID_VALUE, Field.UNIT_PRICE, "the price must not be negative"));
            }
            String upc = text(Field.UPC);
            String vendorSku = text(Field.VENDOR_SKU);
            String buyerSku = text(Field.BUYER_SKU);
            if (upc == null && vendorSku == null && buyerSku == null) {
                errors.add(new DocumentError(ErrorCategory.MISSING_MANDATORY, new Location(ROW, row, null, null,
                        controlNumber), "row " + row + ": the line names no item (upc, vendorSku or buyerSku)"));
            }
            String lineNo = text(Field.LINE_NO);
            return new OrderLine(lineNo == null ? Integer.toString(position) : lineNo, qty, text(Field.UOM),
                    unitPrice, upc, vendorSku, buyerSku, text(Field.DESCRIPTION));
        }

        /** The order's own fields must agree with its first row. */
        void sameAs(Cells first, List<DocumentError> errors) {
            for (Field field : Field.values()) {
                if (field.ofTheOrder() && field != Field.PO_NUMBER) {
                    String mine = text(field);
                    String theirs = first.text(field);
                    if (mine != null && !mine.equals(theirs)) {
                        errors.add(error(ErrorCategory.INVALID_VALUE, field, "'" + mine + "' differs from row "
                                + first.row + " of the same PO ('" + (theirs == null ? "" : theirs) + "')"));
                    }
                }
            }
        }

        DocumentError error(ErrorCategory category, Field field, String message) {
            Integer column = columns.get(field);
            return new DocumentError(category, new Location(ROW, row, column == null ? null : column + 1, null,
                    controlNumber), "row " + row + ", column " + layout.columns().getOrDefault(field,
                    field.defaultHeader()) + ": " + message);
        }
    }

    private static String firstLine(String text) {
        return text == null ? "unreadable" : text.lines().findFirst().orElse(text);
    }
}
