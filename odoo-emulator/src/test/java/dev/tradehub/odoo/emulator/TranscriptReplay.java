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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.function.ThrowingConsumer;

/**
 * Replays one real Odoo 19 transcript against an emulator and compares status, Content-Type and body: same JSON
 * structure (keys in order, value types, list lengths) and equal values, except the call's moment (timestamps,
 * today's dates) and {@code debug} (any string).
 */
final class TranscriptReplay {

    /**
     * A naive UTC datetime; in webhook payloads (Python's {@code str(datetime)}) with microseconds, which depend on
     * the moment of the call.
     */
    private static final Pattern DATETIME = Pattern.compile("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d(\\.\\d{6})?");
    private static final Set<String> TIMESTAMPS = Set.of("date_order", "write_date", "create_date", "date_done");
    /** Dates of the call's day (an invoice is dated when it is posted; "30 Days" counts from then). */
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d\\d-\\d\\d");
    private static final Set<String> DATES = Set.of("invoice_date", "invoice_date_due");

    private final OdooEmulator emulator;
    private final String folder;
    /** Text replaced in requests and expected answers (the webhook listener's URL: the capture's port is not ours). */
    private final Map<String, String> substitutions;

    /** @param folder the resource folder of the transcripts, e.g. {@code /transcripts} */
    /** One container per section, in capture order; a section's files in the order they were captured. */
    static Stream<DynamicContainer> bySection(List<String> names, Function<String, String> sectionOf,
            ThrowingConsumer<String> replayOne) {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        for (String name : names) {
            sections.computeIfAbsent(sectionOf.apply(name), k -> new ArrayList<>()).add(name);
        }
        return sections.entrySet().stream().map(e -> DynamicContainer.dynamicContainer("section " + e.getKey(),
                e.getValue().stream().map(name -> DynamicTest.dynamicTest(name, () -> replayOne.accept(name)))));
    }

    /**
     * An emulator as the capture's server was: database {@code odoo_capture}, the seed of the capture session
     * ({@code seedResource}), the replay's clock.
     */
    static OdooEmulator captureServer(String seedResource, ReplayClock clock) throws IOException {
        try (InputStream in = TranscriptReplay.class.getResourceAsStream(seedResource)) {
            return OdooEmulator.builder().port(0).database("odoo_capture").apiKey("capture-key").clock(clock)
                    .seedJson(new String(in.readAllBytes(), StandardCharsets.UTF_8)).start();
        }
    }

    TranscriptReplay(OdooEmulator emulator, String folder) {
        this(emulator, folder, Map.of());
    }

    TranscriptReplay(OdooEmulator emulator, String folder, Map<String, String> substitutions) {
        this(emulator, folder, substitutions, null);
    }

    /** @param listener receives the webhooks the emulator sends ({@code protocol: "webhook"} files are checked on it) */
    TranscriptReplay(OdooEmulator emulator, String folder, Map<String, String> substitutions, WebhookListener listener) {
        this.emulator = emulator;
        this.folder = folder;
        this.substitutions = substitutions;
        this.listener = listener;
    }

    private final WebhookListener listener;

    /**
     * A request Odoo sent to the capture's listener: the emulator must have sent the same one to ours (method, path,
     * the headers, the exact body).
     */
    @SuppressWarnings("unchecked")
    private void expectWebhook(String name, Map<String, Object> t) {
        Map<String, Object> req = (Map<String, Object>) t.get("request");
        WebhookListener.Received got = listener.next(java.time.Duration.ofSeconds(5));
        if (got == null) {
            fail(name + ": no webhook received");
        }
        assertEquals(req.get("method"), got.method(), name + ": method");
        assertEquals(req.get("path"), got.path(), name + ": path");
        Map<String, Object> headers = (Map<String, Object>) req.get("headers");
        headers.forEach((k, v) -> assertEquals(v, got.header(k), name + ": header " + k));
        assertSame(name + " (body as JSON)", Json.parse((String) req.get("body_raw")), Json.parse(got.body()));
        assertEquals(req.get("body_raw"), got.body(), name + ": exact body");
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> load(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream(folder + "/" + name + ".json")) {
            if (in == null) {
                throw new IOException("no transcript " + folder + "/" + name);
            }
            return (Map<String, Object>) Json.parse(substitute(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        }
    }

    private String substitute(String text) {
        String out = text;
        for (Map.Entry<String, String> e : substitutions.entrySet()) {
            out = out.replace(e.getKey(), e.getValue());
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    void replay(String name) throws IOException {
        Map<String, Object> t = load(name);
        if ("webhook".equals(t.get("protocol"))) {
            expectWebhook(name, t);
            return;
        }
        if ("xmlrpc".equals(t.get("protocol"))) {
            XmlRpcReplay.replay(emulator, name, t);
            return;
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

    /** Compares an answer with the expected one: structure and values, the call's moment loosely. */
    static void assertSame(String name, Object expected, Object actual) {
        List<String> problems = new ArrayList<>();
        compare("$", expected, actual, false, problems);
        if (!problems.isEmpty()) {
            fail(name + ":\n  " + String.join("\n  ", problems) + "\nactual: " + Json.write(actual));
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
        if (key.equals("webhook_sample_payload") && expected instanceof String e && actual instanceof String a) {
            // a preview of the payload as JSON text: it shows a record's write_date with microseconds (the moment of
            // a call), so it is compared as the JSON it holds, with that timestamp loose
            compare(path + "<json>", Json.parse(e), Json.parse(a), looseMessages, problems);
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
