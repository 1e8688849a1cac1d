package dev.tradehub.bench.search;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills the message log and times its searches through the API. The messages spread over 30 days, 8 partners, the
 * statuses and error categories in the proportions of a working hub (most completed, some failed, a few dead
 * letters), inbound orders with one PO each and outbound acknowledgements.
 */
public final class MessageSearchLoad {

    /** One timed search: what it asked, how many messages matched, and its latencies over the repetitions. */
    public record Row(String search, String query, long matched, double p50Millis, double p95Millis,
            double maxMillis) {
    }

    private static final String[] PARTNERS = {"ACME", "BETA", "GAMMA", "DELTA", "EPSILON", "ZETA", "ETA", "THETA"};
    private static final Pattern TOTAL = Pattern.compile("\"total\"\\s*:\\s*(\\d+)");
    private static final long FIRST_TRANSACTION_ID = 50_000_000L;
    private static final int BATCH = 1000;

    private final URI base;
    private final String token;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public MessageSearchLoad(URI base, String token) {
        this.base = base;
        this.token = token;
    }

    /** Writes {@code count} messages (and the transaction set of each inbound one) ending at {@code until}. */
    public static void fill(Connection connection, int count, LocalDateTime until) throws SQLException {
        Random random = new Random(42);
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (PreparedStatement message = connection.prepareStatement("INSERT INTO message (id, received_at,"
                + " updated_at, channel, content_type, payload, payload_size, payload_sha256, partner_code, standard,"
                + " syntax_version, doc_type, sender, receiver, interchange_control, status, error_category,"
                + " attempts, direction) VALUES (?, ?, ?, 'rest', ?, ?, ?, ?, ?, ?, ?, ?, ?, 'TRADEHUB', ?, ?, ?, 1, ?)");
                PreparedStatement transaction = connection.prepareStatement("INSERT INTO message_transaction (id,"
                        + " message_id, position, control_number, doc_type, po_number, state, error_category,"
                        + " updated_at) VALUES (?, ?, 1, '0001', ?, ?, ?, ?, ?)")) {
            long window = Duration.ofDays(30).toSeconds();
            for (int n = 0; n < count; n++) {
                String partner = PARTNERS[Math.min(PARTNERS.length - 1, (int) Math.abs(random.nextGaussian() * 2.5))];
                boolean edifact = partner.equals("BETA") || partner.equals("ETA");
                boolean outbound = random.nextInt(100) < 20;
                int roll = random.nextInt(1000);
                String status = roll < 880 ? "COMPLETED" : roll < 960 ? "FAILED" : roll < 985 ? "DUPLICATE"
                        : roll < 995 ? "DEAD_LETTER" : "PARTIALLY_COMPLETED";
                String category = switch (status) {
                    case "FAILED", "PARTIALLY_COMPLETED" -> new String[] {"MAPPING", "SYNTAX", "INVALID_VALUE",
                            "ODOO_REJECTED", "MISSING_MANDATORY"}[random.nextInt(5)];
                    case "DUPLICATE" -> "DUPLICATE";
                    case "DEAD_LETTER" -> "TRANSPORT";
                    default -> null;
                };
                String docType = outbound ? (edifact ? "CONTRL" : "997") : (edifact ? "ORDERS" : "850");
                LocalDateTime at = until.minusSeconds((long) (random.nextDouble() * window));
                String id = String.format("bench-%030d", n);
                byte[] payload = ("bench message " + n).getBytes(StandardCharsets.US_ASCII);
                message.setString(1, id);
                message.setTimestamp(2, Timestamp.valueOf(at));
                message.setTimestamp(3, Timestamp.valueOf(at.plusSeconds(1)));
                message.setString(4, edifact ? "application/edifact" : "application/edi-x12");
                message.setBytes(5, payload);
                message.setLong(6, payload.length);
                message.setString(7, String.format("%064x", n));
                message.setString(8, partner);
                message.setString(9, edifact ? "EDIFACT" : "X12");
                message.setString(10, edifact ? "D96A" : "004010");
                message.setString(11, docType);
                message.setString(12, partner + "EDI");
                message.setString(13, Integer.toString(100_000 + n));
                message.setString(14, status);
                message.setString(15, category);
                message.setString(16, outbound ? "OUTBOUND" : "INBOUND");
                message.addBatch();
                if (!outbound) {
                    transaction.setLong(1, FIRST_TRANSACTION_ID + n);
                    transaction.setString(2, id);
                    transaction.setString(3, docType);
                    transaction.setString(4, poNumber(n));
                    transaction.setString(5, status.equals("COMPLETED") ? "CONFIRMED" : "FAILED");
                    transaction.setString(6, category);
                    transaction.setTimestamp(7, Timestamp.valueOf(at.plusSeconds(1)));
                    transaction.addBatch();
                }
                if ((n + 1) % BATCH == 0 || n == count - 1) {
                    message.executeBatch();
                    transaction.executeBatch();
                    connection.commit();
                }
            }
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    static String poNumber(int n) {
        return "BENCH-PO-" + n;
    }

    /** Times the searches an operator makes, each {@code repetitions} times after one warm-up call. */
    public List<Row> run(int count, LocalDateTime until, int repetitions) throws IOException, InterruptedException {
        DateTimeFormatter iso = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'");
        String lastWeek = "from=" + until.minusDays(7).format(iso) + "&to=" + until.plusSeconds(1).format(iso);
        Random random = new Random(7);
        List<Row> rows = new ArrayList<>();
        rows.add(time("newest first, no filter", () -> "size=50", repetitions));
        rows.add(time("by PO number (one of " + count + ")", () -> "poNumber=" + poNumber(random.nextInt(count))
                + "&size=50", repetitions));
        rows.add(time("partner + status (ACME, FAILED)", () -> "partner=ACME&status=FAILED&size=50", repetitions));
        rows.add(time("status COMPLETED (most of the log)", () -> "status=COMPLETED&size=50", repetitions));
        rows.add(time("error category, last 7 days", () -> "category=MAPPING&" + lastWeek + "&size=50",
                repetitions));
        rows.add(time("doc type + direction, page 100", () -> "docType=850&direction=INBOUND&page=100&size=50",
                repetitions));
        rows.add(time("dead letters", () -> "status=DEAD_LETTER&size=50", repetitions));
        return rows;
    }

    private interface QuerySupplier {
        String next();
    }

    private Row time(String search, QuerySupplier queries, int repetitions) throws IOException, InterruptedException {
        get(queries.next());
        double[] millis = new double[repetitions];
        long matched = 0;
        String example = null;
        for (int i = 0; i < repetitions; i++) {
            String query = queries.next();
            example = example == null ? query : example;
            long begin = System.nanoTime();
            String body = get(query);
            millis[i] = (System.nanoTime() - begin) / 1e6;
            Matcher total = TOTAL.matcher(body);
            matched = total.find() ? Long.parseLong(total.group(1)) : -1;
        }
        Arrays.sort(millis);
        return new Row(search, example, matched, percentile(millis, 50), percentile(millis, 95),
                millis[millis.length - 1]);
    }

    private String get(String query) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve("/api/v1/messages?" + query))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("GET /api/v1/messages?" + query + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return response.body();
    }

    private static double percentile(double[] sorted, int percent) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percent / 100.0 * sorted.length) - 1)];
    }
}
