package dev.tradehub.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A portal session over plain HTTP, for tests that need a signed-in page without a browser (the run command's): the
 * login form posted as a browser posts it (its ViewState included), then pages fetched with the session cookie.
 */
final class PortalSession {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(5)).build();
    private final HttpClient notFollowing = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;

    private PortalSession(URI base) {
        this.base = base;
    }

    /** Signs in; fails when the portal does not answer with the dashboard. */
    static PortalSession signIn(URI base, String username, String password) {
        PortalSession session = new PortalSession(base);
        String form = session.get("/login.xhtml");
        Matcher viewState = VIEW_STATE.matcher(form);
        if (!viewState.find()) {
            throw new IllegalStateException("The login page has no form: " + form);
        }
        String body = "login=login&login%3Ausername=" + encode(username) + "&login%3Apassword=" + encode(password)
                + "&login%3AsignIn=&jakarta.faces.ViewState=" + encode(viewState.group(1));
        String answer = session.send(HttpRequest.newBuilder(base.resolve("/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", origin(base))
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        if (!answer.contains("id=\"page-title\">Dashboard")) {
            throw new IllegalStateException("Signing in as " + username + " did not lead to the dashboard: " + answer);
        }
        return session;
    }

    /** A page's HTML. */
    String get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    /** No session: what a browser that never signed in meets. */
    static PortalSession anonymous(URI base) {
        return new PortalSession(base);
    }

    /** A page's answer as it comes (a redirect is not followed): its status and, for a redirect, where to. */
    HttpResponse<String> answer(String path) {
        try {
            return notFollowing.send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60)).GET()
                    .build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String origin(URI base) {
        return base.getScheme() + "://" + base.getAuthority();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
