package dev.tradehub.odoo.emulator.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.net.ssl.SSLSocketFactory;

/**
 * Sends the webhooks of automation rules as Odoo's server action does ({@code requests.post(url, data=json,
 * headers={'Content-Type': 'application/json'}, timeout=1)}): one HTTP/1.1 POST with python-requests' headers,
 * 1 s to connect and 1 s to answer, no retry; a failure or a non-2xx answer is only logged. They are sent in the
 * order of the commits, on a thread of their own, so a slow listener never delays an RPC answer.
 */
public final class Webhooks implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(Webhooks.class.getName());
    private static final int TIMEOUT_MILLIS = 1000;

    private final ExecutorService sender;

    public Webhooks() {
        AtomicInteger n = new AtomicInteger();
        this.sender = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "odoo-emulator-webhooks-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Queues one POST (called once the call that caused it has committed). */
    public void post(String url, String json) {
        try {
            sender.execute(() -> send(url, json));
        } catch (java.util.concurrent.RejectedExecutionException e) {
            LOG.fine(() -> "emulator stopped: webhook to " + url + " not sent");
        }
    }

    private static void send(String url, String json) {
        try {
            URI uri = URI.create(url);
            boolean tls = "https".equalsIgnoreCase(uri.getScheme());
            int port = uri.getPort() > 0 ? uri.getPort() : tls ? 443 : 80;
            String hostHeader = uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            if (uri.getRawQuery() != null) {
                path += "?" + uri.getRawQuery();
            }
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            try (Socket socket = tls ? SSLSocketFactory.getDefault().createSocket() : new Socket()) {
                socket.connect(new InetSocketAddress(uri.getHost(), port), TIMEOUT_MILLIS);
                socket.setSoTimeout(TIMEOUT_MILLIS);
                String head = "POST " + path + " HTTP/1.1\r\n"
                        + "Host: " + hostHeader + "\r\n"
                        + "User-Agent: python-requests/2.28.1\r\n"
                        + "Accept-Encoding: gzip, deflate\r\n"
                        + "Accept: */*\r\n"
                        + "Connection: keep-alive\r\n"
                        + "Content-Type: application/json\r\n"
                        + "Content-Length: " + body.length + "\r\n\r\n";
                OutputStream out = socket.getOutputStream();
                out.write(head.getBytes(StandardCharsets.ISO_8859_1));
                out.write(body);
                out.flush();
                String status = statusLine(socket.getInputStream());
                String[] parts = status.split(" ", 3);
                if (parts.length < 2 || !parts[1].startsWith("2")) {
                    LOG.warning(() -> "Webhook call to " + url + " answered " + status);
                } else {
                    LOG.fine(() -> "Webhook call to " + url + ": " + status);
                }
            }
        } catch (java.net.SocketTimeoutException e) {
            LOG.warning(() -> "Webhook call timed out after 1s - it may or may not have failed. URL: " + url);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Webhook call to " + url + " failed", e);
        }
    }

    private static String statusLine(InputStream in) throws IOException {
        StringBuilder sb = new StringBuilder();
        int c;
        while ((c = in.read()) >= 0 && c != '\n') {
            if (c != '\r') {
                sb.append((char) c);
            }
        }
        return sb.toString();
    }

    @Override
    public void close() {
        sender.shutdownNow();
    }
}
