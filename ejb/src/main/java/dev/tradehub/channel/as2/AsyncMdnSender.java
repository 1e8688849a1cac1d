package dev.tradehub.channel.as2;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * Posts an asynchronous MDN to the URL the partner named ({@code Receipt-Delivery-Option}), after the HTTP answer to
 * its message, a few times if its server does not take it. The MDN is built (and the document committed) before it
 * is handed here; a partner that never gets it re-sends, and the re-send is answered alike.
 */
@Stateless
public class AsyncMdnSender {

    private static final Logger ALERTS = Logger.getLogger("dev.tradehub.alerts");
    private static final Logger LOG = Logger.getLogger(AsyncMdnSender.class.getName());
    private static final int ATTEMPTS = 3;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Asynchronous
    public void send(String url, As2Response mdn, String originalMessageId) {
        String failure = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(mdn.body()));
                mdn.headers().forEach((name, value) -> {
                    if (!RESTRICTED.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                        request.header(name, value);
                    }
                });
                int status = HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status / 100 == 2) {
                    LOG.info(() -> "Asynchronous MDN for " + originalMessageId + " delivered to " + url);
                    return;
                }
                failure = "HTTP " + status;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure = "interrupted";
                break;
            } catch (Exception e) {
                failure = As2Failure.causeOf(e);
            }
            try {
                Thread.sleep(2000L * attempt);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        String reason = failure;
        ALERTS.warning(() -> "alert=AS2_ASYNC_MDN_UNDELIVERED original=" + originalMessageId + " url=" + url
                + " detail=\"" + reason + "\"");
    }

    /** Headers the JDK's HTTP client sets itself. */
    private static final java.util.Set<String> RESTRICTED = java.util.Set.of("content-length", "connection", "host",
            "date", "expect", "upgrade", "from", "via", "warning");
}
