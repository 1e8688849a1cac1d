package dev.tradehub.web.as2;

import dev.tradehub.channel.as2.As2Request;
import dev.tradehub.channel.as2.As2Response;
import dev.tradehub.channel.as2.InboundAs2;
import dev.tradehub.channel.as2.OutboundMdns;
import dev.tradehub.intake.GroupCommitIntake;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code POST /as2}: a partner's AS2 message; {@code POST /as2/mdn}: a partner's asynchronous MDN of what we sent.
 * Any other method or path answers 405/404 without touching anything. A failure is answered in words, never with a
 * stack trace.
 */
@WebServlet(name = "As2Endpoint", urlPatterns = {"/as2", "/as2/*"})
public class As2Endpoint extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(As2Endpoint.class.getName());

    @EJB
    private transient InboundAs2 inbound;

    @EJB
    private transient OutboundMdns mdns;

    @EJB
    private transient GroupCommitIntake intake;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        if (!path.isEmpty() && !path.equals("/") && !path.equals("/mdn")) {
            write(response, As2Text.of(404, "No AS2 endpoint here: post messages to /as2 and MDNs to /as2/mdn"));
            return;
        }
        try {
            long limit = intake.maxBytes();
            Body body = read(request, limit);
            As2Request as2 = new As2Request(headers(request), body.kept(), request.getRemoteAddr());
            if (body.size() > limit) {
                write(response, inbound.tooLarge(as2, body.size()));
                return;
            }
            write(response, path.equals("/mdn") ? mdns.receive(as2) : inbound.receive(as2));
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "The AS2 endpoint failed on a request from " + request.getRemoteAddr(), e);
            write(response, As2Text.of(500, "The message could not be handled; send it again later"));
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Allow", "POST");
        write(response, As2Text.of(405, "AS2 messages are posted (POST /as2)"));
    }

    private static Map<String, String> headers(HttpServletRequest request) {
        Map<String, String> headers = new HashMap<>();
        for (String name : Collections.list(request.getHeaderNames())) {
            headers.putIfAbsent(name, request.getHeader(name));
        }
        return headers;
    }

    /**
     * How much of an oversized body is still read (and dropped) after the limit, so that an AS2 sender, which sends
     * its whole message before it reads an answer, gets the 413 instead of a closed connection.
     */
    private static final long DRAINED_PAST_LIMIT = 64L * 1024 * 1024;

    /** A body as read: at most the limit's bytes, and its size (declared, or as counted). */
    private record Body(byte[] kept, long size) {
    }

    private static Body read(HttpServletRequest request, long limit) throws IOException {
        ByteArrayOutputStream kept = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (InputStream in = request.getInputStream()) {
            int read;
            while ((read = in.read(buffer)) != -1) {
                long room = limit - total;
                if (room > 0) {
                    kept.write(buffer, 0, (int) Math.min(read, room));
                }
                total += read;
                if (total > limit + DRAINED_PAST_LIMIT) {
                    break; // a sender that does not stop: the connection closes without our answer
                }
            }
        }
        return new Body(kept.toByteArray(), Math.max(total, request.getContentLengthLong()));
    }

    private static void write(HttpServletResponse response, As2Response answer) throws IOException {
        response.setStatus(answer.status());
        answer.headers().forEach(response::setHeader);
        response.setContentLength(answer.body().length);
        response.getOutputStream().write(answer.body());
    }

    /** A plain-text answer of the endpoint itself. */
    private static final class As2Text {
        static As2Response of(int status, String text) {
            return new As2Response(status, Map.of("Content-Type", "text/plain; charset=utf-8"),
                    (text + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }
}
