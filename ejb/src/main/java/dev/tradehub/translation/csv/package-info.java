/**
 * Orders sent as CSV, the way small accounts export them from a spreadsheet: one row an order line, rows grouped
 * into orders by PO number, the columns named by a per-partner {@link dev.tradehub.translation.csv.CsvLayout}. Each
 * problem is located by row and column; an order with a bad row is rejected whole, the others go on.
 */
package dev.tradehub.translation.csv;
