package dev.tradehub.partner;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Item cross-references as CSV: {@code buyerSku,vendorSku,gtin}, one reference a row, a header first (RFC 4180
 * quoting, so a part number may hold a comma; read with Commons CSV). Reading checks every row and reports each bad one by its row number
 * (the header is row 1, as a spreadsheet numbers it), so a file is fixed in one go.
 */
public final class CrossReferenceCsv {

    /** The header a file starts with; {@link #write} writes it, {@link #read} requires it. */
    public static final List<String> HEADER = List.of("buyerSku", "vendorSku", "gtin");

    /** The widths of the columns that hold them (item_cross_reference). */
    private static final int SKU_WIDTH = 64;

    /** Marks the row where the parser gave up. */
    private static final String UNREADABLE = "\u0000unreadable: ";

    private CrossReferenceCsv() {
    }

    /** A row that cannot be imported, and why. */
    public record RowProblem(int row, String problem) {
    }

    /** What a file holds: the references of its good rows and the problems of its bad ones. */
    public record Reading(List<PartnerProfile.ItemReference> references, List<RowProblem> problems) {

        public boolean isClean() {
            return problems.isEmpty();
        }
    }

    public static Reading read(String csv) {
        List<PartnerProfile.ItemReference> references = new ArrayList<>();
        List<RowProblem> problems = new ArrayList<>();
        List<List<String>> rows = rows(csv == null ? "" : csv.replace("\uFEFF", ""));
        if (rows.isEmpty() || !header(rows.get(0))) {
            problems.add(new RowProblem(1, "the first row must be the header " + String.join(",", HEADER)));
            return new Reading(List.of(), problems);
        }
        Map<String, Integer> firstRowOfSku = new HashMap<>();
        for (int i = 1; i < rows.size(); i++) {
            int row = i + 1;
            List<String> fields = rows.get(i);
            if (fields.size() == 1 && fields.get(0).isBlank()) {
                continue;
            }
            if (fields.size() == 1 && fields.get(0).startsWith(UNREADABLE)) {
                problems.add(new RowProblem(row, "is not valid CSV from here on (a quote without its closing"
                        + " quote?): " + fields.get(0).substring(UNREADABLE.length())));
                continue;
            }
            if (fields.size() != HEADER.size()) {
                problems.add(new RowProblem(row, "has " + fields.size() + " fields, expected " + HEADER.size()
                        + " (" + String.join(",", HEADER) + ")"));
                continue;
            }
            String buyerSku = fields.get(0).trim();
            String vendorSku = fields.get(1).trim();
            String gtin = fields.get(2).trim();
            List<String> wrong = new ArrayList<>();
            if (buyerSku.isEmpty()) {
                wrong.add("buyerSku is empty");
            } else if (buyerSku.length() > SKU_WIDTH) {
                wrong.add("buyerSku is longer than " + SKU_WIDTH + " characters");
            }
            if (vendorSku.isEmpty() && gtin.isEmpty()) {
                wrong.add("needs a vendorSku or a gtin");
            }
            if (vendorSku.length() > SKU_WIDTH) {
                wrong.add("vendorSku is longer than " + SKU_WIDTH + " characters");
            }
            if (!gtin.isEmpty() && !gtin.matches("\\d{8}|\\d{12,14}")) {
                wrong.add("gtin '" + gtin + "' is not 8, 12, 13 or 14 digits");
            }
            Integer earlier = buyerSku.isEmpty() ? null : firstRowOfSku.putIfAbsent(buyerSku, row);
            if (earlier != null) {
                wrong.add("buyerSku '" + buyerSku + "' is already on row " + earlier);
            }
            if (wrong.isEmpty()) {
                references.add(new PartnerProfile.ItemReference(buyerSku, blankToNull(vendorSku), blankToNull(gtin)));
            } else {
                problems.add(new RowProblem(row, String.join("; ", wrong)));
            }
        }
        return new Reading(references, problems);
    }

    public static String write(List<PartnerProfile.ItemReference> references) {
        StringBuilder csv = new StringBuilder(String.join(",", HEADER)).append("\r\n");
        for (PartnerProfile.ItemReference reference : references) {
            csv.append(field(reference.buyerSku())).append(',').append(field(reference.vendorSku())).append(',')
                    .append(field(reference.gtin())).append("\r\n");
        }
        return csv.toString();
    }

    private static boolean header(List<String> fields) {
        return fields.stream().map(f -> f.trim().toLowerCase(Locale.ROOT)).toList()
                .equals(HEADER.stream().map(h -> h.toLowerCase(Locale.ROOT)).toList());
    }

    /**
     * The value as a CSV field: quoted when it holds a separator or quote, and prefixed with a quote mark when a
     * spreadsheet would take it for a formula (CSV injection).
     */
    private static String field(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return safe.matches(".*[\",\r\n].*") ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }

    /** RFC 4180 rows (Commons CSV, as the CSV order channel reads): fields separated by commas, quotes as needed. */
    private static List<List<String>> rows(String csv) {
        List<List<String>> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(csv), CSVFormat.RFC4180)) {
            for (CSVRecord record : parser) {
                rows.add(record.toList());
            }
        } catch (IOException | UncheckedIOException e) {
            // An unterminated quote: the rows read so far stand, the broken one is reported as a row of its own.
            rows.add(List.of(UNREADABLE + e.getMessage()));
        }
        return rows;
    }

    private static String blankToNull(String value) {
        return value.isEmpty() ? null : value;
    }
}
