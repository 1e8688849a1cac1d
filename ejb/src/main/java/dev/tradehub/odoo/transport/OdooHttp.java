package dev.tradehub.odoo.transport;

import dev.tradehub.odoo.OdooException;
import dev.tradehub.odoo.OdooException.Kind;
import dev.tradehub.odoo.OdooSettings;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The one HTTP channel to an Odoo server: a shared {@link HttpClient} (HTTP/1.1, keep-alive) and a fair semaphore of
 * {@link OdooSettings#maxConcurrentCalls()} held for the whole exchange, body included. Thread-safe.
 */
public final class OdooHttp {

    /** An HTTP answer, read in full. */
    public record Answer(int status, String contentType, byte[] body) {
    }

    private final OdooSettings settings;
    private final HttpClient client;
    private final Semaphore permits;
    private final OdooErrors errors;

    public OdooHttp(OdooSettings settings) {
        this.settings = settings;
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.permits = new Semaphore(settings.maxConcurrentCalls(), true);
        this.errors = new OdooErrors(settings.apiKey());
    }

    public OdooSettings settings() {
        return settings;
    }

    public OdooErrors errors() {
        return errors;
    }

    /** A request builder for {@code path} under the base URL, with the request timeout set. */
    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(settings.baseUrl() + path)).timeout(settings.requestTimeout());
    }

    /** A JSON POST of {@code body} to {@code path}. */
    public HttpRequest.Builder postJson(String path, byte[] body) {
        return request(path)
                .header("Content-Type", "application/json; charset=utf-8")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    }

    /**
     * Sends within the concurrency bound. I/O failures, timeouts, a full bound and interruption become TRANSIENT
     * {@link OdooException}s.
     *
     * @param what for messages, e.g. {@code sale.order/create}
     */
    public Answer send(HttpRequest request, String what) {
        acquire(what);
        try {
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                    response.body());
        } catch (HttpConnectTimeoutException e) {
            throw transientFailure("Connecting to Odoo timed out after " + settings.connectTimeout() + " (" + what + ")", e);
        } catch (HttpTimeoutException e) {
            throw transientFailure("Odoo did not answer " + what + " within " + settings.requestTimeout(), e);
        } catch (ConnectException e) {
            throw transientFailure("Cannot connect to Odoo at " + settings.baseUrl() + " (" + what + "): "
                    + describe(e), e);
        } catch (IOException e) {
            throw transientFailure("I/O failure talking to Odoo at " + settings.baseUrl() + " (" + what + "): "
                    + describe(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw transientFailure("Interrupted while calling Odoo (" + what + ")", e);
        } finally {
            permits.release();
        }
    }

    private void acquire(String what) {
        try {
            if (!permits.tryAcquire(settings.acquireTimeout().toNanos(), TimeUnit.NANOSECONDS)) {
                throw transientFailure("All " + settings.maxConcurrentCalls() + " Odoo call slots stayed busy for "
                        + settings.acquireTimeout() + " (" + what + ")", null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw transientFailure("Interrupted while waiting for an Odoo call slot (" + what + ")", e);
        }
    }

    private OdooException transientFailure(String message, Throwable cause) {
        return new OdooException(Kind.TRANSIENT, null, errors.redact(message), 0, cause);
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return root.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
