package dev.tradehub.odoo.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.tradehub.odoo.emulator.orm.Json;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Replays one real Odoo 19 transcript against an emulator and compares status, Content-Type and body: same JSON
 * structure (keys in order, value types, list lengths) and equal values, except the call's moment (timestamps,
 * today's dates) and {@code debug} (any string).
 */
final class TranscriptReplay {

    private static final Pattern DATETIME = Pattern.compile("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d");
    private static final Set<String> TIMESTAMPS = Set.of("date_order", "write_date", "create_date", "date_done");
    /** Dates of the call's day (an invoice is dated when it is posted; "30 Days" counts from then). */
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d\\d-\\d\\d");
    private static final Set<String> DATES = Set.of("invoice_date", "invoice_date_due");

    private final OdooEmulator emulator;
    private final String folder;

    /** @param folder the resource folder of the transcripts, e.g. {@code /transcripts} */
    TranscriptReplay(OdooEmulator emulator, String folder) {
        this.emulator = emulator;
        this.folder = folder;
    }

    @SuppressWarnings("unchecked")
    void replay(String name) throws IOException {
        Map<String, Object> t;
        try (InputStream in = getClass().getResourceAsStream(folder + "/" + name + ".json")) {
            t = (Map<String, Object>) Json.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        Map<String, Object> req = (Map<String, Object>) t.get("request");
        Map<String, Object> res = (Map<String, Object>) t.get("response");
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(emulator.url() + req.get("path")));
        Map<String, Object> headers = (Map<String, Object>) req.getOrDefault("headers", Map.of());
        headers.forEach((k, v) -> b.header(k, v.toString().replace("<API_KEY>", emulator.apiKey())));
        Object body = req.get("body");
        String text = body == null ? null : body instanceof String s ? s : Json.write(body).replace("<API_KEY>", emulator.apiKey());
        b.method((String) req.get("method"), text == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(text));
        Rpc.Reply reply = Rpc.send(b.build());

        assertEquals(((Number) res.get("status")).intValue(), reply.status(), () -> name + ": status; body " + reply.text());
        Map<String, Object> resHeaders = (Map<String, Object>) res.get("headers");
        assertEquals(resHeaders.get("Content-Type"), reply.contentType(), name + ": content type");
        Object expected = res.get("body");
        Object actual = reply.contentType().startsWith("application/json") ? reply.json() : reply.text();
        List<String> problems = new ArrayList<>();
        compare("$", expected, actual, name.equals("09-error-json2-malformed-json-body"), problems);
        if (!problems.isEmpty()) {
            fail(name + ":\n  " + String.join("\n  ", problems) + "\nactual: " + reply.text());
        }
    }

    /** Structure and values; {@code looseMessages}: the parser's message text differs from Python's. */
    private static void compare(String path, Object expected, Object actual, boolean looseMessages, List<String> problems) {
        String key = path.substring(path.lastIndexOf('.') + 1);
        if (key.equals("debug") || (looseMessages && (key.equals("message") || path.endsWith("arguments[0]")))) {
            if (!(actual instanceof String)) {
                problems.add(path + ": expected a string, got " + actual);
            }
            return;
        }
        if (DATES.contains(key) && expected instanceof String) {
            if (!(actual instanceof String s) || !DATE.matcher(s).matches()) {
                problems.add(path + ": expected a date, got " + actual);
            }
            return;
        }
        if (TIMESTAMPS.contains(key) && expected instanceof String) {
            if (!(actual instanceof String s) || !DATETIME.matcher(s).matches()) {
                problems.add(path + ": expected a naive UTC datetime, got " + actual);
            }
            return;
        }
        if (expected instanceof Map<?, ?> em) {
            if (!(actual instanceof Map<?, ?> am)) {
                problems.add(path + ": expected an object, got " + actual);
                return;
            }
            if (!new ArrayList<>(em.keySet()).equals(new ArrayList<>(am.keySet()))) {
                problems.add(path + ": keys " + am.keySet() + " instead of " + em.keySet());
                return;
            }
            em.forEach((k, v) -> compare(path + "." + k, v, am.get(k), looseMessages, problems));
        } else if (expected instanceof List<?> el) {
            if (!(actual instanceof List<?> al) || al.size() != el.size()) {
                problems.add(path + ": expected a list of " + el.size() + ", got " + actual);
                return;
            }
            for (int i = 0; i < el.size(); i++) {
                compare(path + "[" + i + "]", el.get(i), al.get(i), looseMessages, problems);
            }
        } else if (expected == null ? actual != null
                : actual == null || expected.getClass() != actual.getClass() || !expected.equals(actual)) {
            problems.add(path + ": expected " + Json.write(expected) + " (" + type(expected) + "), got " + Json.write(actual)
                    + " (" + type(actual) + ")");
        }
    }

    private static String type(Object o) {
        return o == null ? "null" : o.getClass().getSimpleName();
    }

}
