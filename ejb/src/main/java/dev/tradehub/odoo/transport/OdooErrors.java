package dev.tradehub.odoo.transport;

import dev.tradehub.odoo.OdooException;
import dev.tradehub.odoo.OdooException.Kind;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.lang.System.Logger.Level;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns Odoo's error answers into {@link OdooException}s with Odoo's own {@code name} and {@code message}.
 *
 * <p>The kind is decided, in this order: by a status that always means "try later" (408, 429, 502, 503, 504); by
 * Odoo's exception name when it is known; by the HTTP status (401/403 authentication, other 4xx rejected, 5xx
 * transient); and, for a JSON-RPC error (always HTTP 200) with an unknown name, transient. The traceback
 * ({@code debug}) never becomes the message: it is logged at DEBUG level only.
 */
public final class OdooErrors {

    private static final System.Logger LOG = System.getLogger(OdooErrors.class.getName());

    private static final Set<Integer> RETRYABLE_STATUS = Set.of(408, 429, 502, 503, 504);

    private static final Map<String, Kind> KIND_BY_NAME = Map.ofEntries(
            Map.entry("odoo.exceptions.AccessDenied", Kind.AUTHENTICATION),
            Map.entry("odoo.exceptions.AccessError", Kind.AUTHENTICATION),
            Map.entry("odoo.http.SessionExpiredException", Kind.AUTHENTICATION),
            Map.entry("werkzeug.exceptions.Unauthorized", Kind.AUTHENTICATION),
            Map.entry("werkzeug.exceptions.Forbidden", Kind.AUTHENTICATION),
            Map.entry("odoo.exceptions.UserError", Kind.REJECTED),
            Map.entry("odoo.exceptions.ValidationError", Kind.REJECTED),
            Map.entry("odoo.exceptions.MissingError", Kind.REJECTED),
            Map.entry("odoo.exceptions.RedirectWarning", Kind.REJECTED),
            Map.entry("werkzeug.exceptions.BadRequest", Kind.REJECTED),
            Map.entry("werkzeug.exceptions.NotFound", Kind.REJECTED),
            Map.entry("werkzeug.exceptions.MethodNotAllowed", Kind.REJECTED),
            Map.entry("werkzeug.exceptions.UnprocessableEntity", Kind.REJECTED),
            // Programming errors (invalid field, unexpected argument, unknown method or service): a retry will not fix them.
            Map.entry("builtins.ValueError", Kind.REJECTED),
            Map.entry("builtins.KeyError", Kind.REJECTED),
            Map.entry("builtins.TypeError", Kind.REJECTED),
            Map.entry("builtins.AttributeError", Kind.REJECTED));

    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final int MAX_SNIPPET = 300;

    private final String secret;

    /** @param secret the API key, blanked out of every message should Odoo ever echo it */
    public OdooErrors(String secret) {
        this.secret = secret;
    }

    /** The kind for Odoo's exception {@code name} (may be null) and the HTTP status (200 for JSON-RPC errors). */
    public static Kind kindOf(String name, int httpStatus) {
        if (RETRYABLE_STATUS.contains(httpStatus)) {
            return Kind.TRANSIENT;
        }
        Kind byName = name == null ? null : KIND_BY_NAME.get(name);
        if (byName != null) {
            return byName;
        }
        if (httpStatus == 401 || httpStatus == 403) {
            return Kind.AUTHENTICATION;
        }
        if (httpStatus >= 400 && httpStatus < 500) {
            return Kind.REJECTED;
        }
        return Kind.TRANSIENT;
    }

    /**
     * An Odoo error object {@code {name, message, arguments, context, debug}} (JSON-2 body, JSON-RPC
     * {@code error.data}).
     *
     * @param fallbackMessage used when the object has no message (e.g. JSON-RPC {@code error.message})
     */
    public OdooException fromErrorObject(JsonObject error, int httpStatus, String fallbackMessage, String what) {
        String name = text(error.get("name"));
        String message = text(error.get("message"));
        if (message == null || message.isBlank()) {
            message = fallbackMessage != null ? fallbackMessage : "Odoo error (HTTP " + httpStatus + ")";
        }
        String debug = text(error.get("debug"));
        if (debug != null && LOG.isLoggable(Level.DEBUG)) {
            LOG.log(Level.DEBUG, "Odoo traceback for {0} ({1}):\n{2}", what, name, redact(debug));
        }
        return new OdooException(kindOf(name, httpStatus), name, redact(message), httpStatus, null);
    }

    /** An answer that is not Odoo's JSON: an HTML error page, a proxy's page, an empty body, a foreign JSON. */
    public OdooException fromUnexpectedBody(int httpStatus, String contentType, byte[] body, String what) {
        String snippet = body == null ? "" : new String(body, java.nio.charset.StandardCharsets.UTF_8);
        snippet = SPACE.matcher(TAG.matcher(snippet).replaceAll(" ")).replaceAll(" ").trim();
        if (snippet.length() > MAX_SNIPPET) {
            snippet = snippet.substring(0, MAX_SNIPPET) + "...";
        }
        String message = "Odoo answered " + what + " with HTTP " + httpStatus + " and an unexpected body ("
                + (contentType == null ? "no content type" : contentType) + ")" + (snippet.isEmpty() ? "" : ": " + snippet);
        return new OdooException(kindOf(null, httpStatus), null, redact(message), httpStatus, null);
    }

    /** A JSON answer of the wrong shape, e.g. a JSON-RPC body with neither result nor error. */
    public OdooException malformed(int httpStatus, String what, String detail) {
        return new OdooException(Kind.TRANSIENT, null, "Unexpected answer from Odoo to " + what + ": " + detail,
                httpStatus, null);
    }

    /** Blanks the API key out of a text (keys shorter than 8 characters are test values and would garble words). */
    public String redact(String text) {
        return text == null || secret == null || secret.length() < 8 ? text : text.replace(secret, "***");
    }

    private static String text(JsonValue value) {
        return value instanceof JsonString string ? string.getString() : null;
    }
}
