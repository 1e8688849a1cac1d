package dev.tradehub.odoo;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * How to reach one Odoo database.
 *
 * @param baseUrl            the server, e.g. {@code http://odoo:8069} (a trailing slash is ignored)
 * @param database           the database name ({@code X-Odoo-Database} / JSON-RPC {@code db}); may be null for JSON-2 on a
 *                           single-database server
 * @param login              the user's login; needed by JSON-RPC ({@code common.login}), ignored by JSON-2
 * @param apiKey             the user's API key: a secret, never printed by {@link #toString()} nor logged
 * @param protocol           which external API to speak
 * @param requestTimeout     the longest one HTTP exchange may take, response included
 * @param connectTimeout     the longest a TCP connect may take
 * @param maxConcurrentCalls how many HTTP calls may be in flight at once (shared by every caller of one client)
 * @param acquireTimeout     how long a call waits for a free slot before failing as TRANSIENT
 */
public record OdooSettings(
        URI baseUrl,
        String database,
        String login,
        String apiKey,
        Protocol protocol,
        Duration requestTimeout,
        Duration connectTimeout,
        int maxConcurrentCalls,
        Duration acquireTimeout) {

    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(60);
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
    public static final int DEFAULT_MAX_CONCURRENT_CALLS = 4;
    public static final Duration DEFAULT_ACQUIRE_TIMEOUT = Duration.ofSeconds(30);

    /** The external API protocol. */
    public enum Protocol {
        /** {@code POST /json/2/<model>/<method>}, bearer API key: Odoo 19 and later. */
        JSON2,
        /** {@code POST /jsonrpc}, {@code common.login} + {@code object.execute_kw}: Odoo 16 to 21. */
        JSONRPC;

        /** Parses a configuration value such as {@code json2} or {@code jsonrpc} (case-insensitive). */
        public static Protocol parse(String text) {
            String normalized = Objects.requireNonNull(text, "protocol").trim().toUpperCase(Locale.ROOT).replace("-", "");
            try {
                return valueOf(normalized);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Unknown Odoo protocol '" + text + "' (expected json2 or jsonrpc)", e);
            }
        }
    }

    public OdooSettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(requestTimeout, "requestTimeout");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(acquireTimeout, "acquireTimeout");
        if (apiKey == null || apiKey.isBlank()) {
            throw new IllegalArgumentException("apiKey is required");
        }
        if (protocol == Protocol.JSONRPC && (isBlank(database) || isBlank(login))) {
            throw new IllegalArgumentException("JSON-RPC needs the database and the login");
        }
        if (maxConcurrentCalls < 1) {
            throw new IllegalArgumentException("maxConcurrentCalls must be at least 1");
        }
        if (requestTimeout.isNegative() || requestTimeout.isZero() || connectTimeout.isNegative()
                || connectTimeout.isZero() || acquireTimeout.isNegative()) {
            throw new IllegalArgumentException("timeouts must be positive");
        }
        String text = baseUrl.toString();
        if (text.endsWith("/")) {
            baseUrl = URI.create(text.substring(0, text.length() - 1));
        }
    }

    /** Settings with the default timeouts and concurrency. */
    public static OdooSettings of(URI baseUrl, String database, String login, String apiKey, Protocol protocol) {
        return new OdooSettings(baseUrl, database, login, apiKey, protocol, DEFAULT_REQUEST_TIMEOUT,
                DEFAULT_CONNECT_TIMEOUT, DEFAULT_MAX_CONCURRENT_CALLS, DEFAULT_ACQUIRE_TIMEOUT);
    }

    /** A copy with other timeouts. */
    public OdooSettings withTimeouts(Duration request, Duration connect) {
        return new OdooSettings(baseUrl, database, login, apiKey, protocol, request, connect, maxConcurrentCalls,
                acquireTimeout);
    }

    /** A copy with another concurrency bound. */
    public OdooSettings withConcurrency(int maxCalls, Duration acquire) {
        return new OdooSettings(baseUrl, database, login, apiKey, protocol, requestTimeout, connectTimeout, maxCalls,
                acquire);
    }

    /** Never shows the API key. */
    @Override
    public String toString() {
        return "OdooSettings[baseUrl=" + baseUrl + ", database=" + database + ", login=" + login
                + ", apiKey=***, protocol=" + protocol + ", requestTimeout=" + requestTimeout + ", connectTimeout="
                + connectTimeout + ", maxConcurrentCalls=" + maxConcurrentCalls + ", acquireTimeout="
                + acquireTimeout + "]";
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
