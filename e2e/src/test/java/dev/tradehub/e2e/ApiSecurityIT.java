package dev.tradehub.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradehub.access.Role;
import dev.tradehub.server.payara.Profile;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The API's security as its callers meet it, on the packaged EAR: tokens by role and by partner, partners kept
 * apart, rotation and revocation, rate limits, the audit log, and the authorization matrix of every endpoint (read
 * from the resources themselves) against every kind of caller.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ApiSecurityIT {

    private static final Logger LOG = Logger.getLogger(ApiSecurityIT.class.getName());
    private static final java.time.Duration PROCESSING = java.time.Duration.ofMinutes(2);
    private static final int BURST = 60;
    private static final Pattern PROTECTED_VIEW_TOKEN = Pattern.compile("jakarta\\.faces\\.Token=([^&\"'\\s]+)");

    private DeployedTradeHub tradeHub;
    private TradeHubApi admin;
    private int icn = 810_000 + ThreadLocalRandom.current().nextInt(10_000);

    @BeforeAll
    void start() {
        tradeHub = DeployedTradeHub.start("security", 23000, Profile.EMBEDDED, Map.of(),
                Map.of("tradehub.api.rate-limit.burst", Integer.toString(BURST),
                        "tradehub.api.rate-limit.per-second", "5"));
        admin = tradeHub.api();
    }

    @AfterAll
    void stop() {
        if (tradeHub != null) {
            tradeHub.close();
        }
    }

    @Test
    @Order(1)
    void aTokenIsShownOnceAndCarriesItsRole() {
        TradeHubApi.Answer issued = admin.postJson("/api/v1/tokens", "{\"owner\": \"erp-sync\", \"role\": \"VIEWER\"}");
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        assertThat(issued.header("Cache-Control")).isEqualTo("no-store");
        String secret = issued.json().getString("secret");
        assertThat(secret).startsWith("th_").hasSizeGreaterThan(40);
        JsonObject token = issued.json().getJsonObject("token");
        assertThat(token.getString("prefix")).isEqualTo(secret.substring(0, 10));

        TradeHubApi.Answer listed = admin.get("/api/v1/tokens");
        assertThat(listed.body()).contains(token.getString("prefix")).doesNotContain(secret);

        TradeHubApi viewer = admin.withToken(secret);
        TradeHubApi.Answer read = viewer.get("/api/v1/messages?size=1");
        assertThat(read.status()).as(read.body() + " " + read.headers().map()).isEqualTo(200);
        TradeHubApi.Answer refused = viewer.post("/api/v1/messages/replay", new byte[0], "application/json");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().getString("error")).isEqualTo("FORBIDDEN");
        assertThat(admin.withToken(secret + "x").get("/api/v1/messages").status()).isEqualTo(401);

        assertThat(admin.postJson("/api/v1/tokens", "{\"owner\": \"both\", \"role\": \"VIEWER\", \"partner\": \"ACME\"}")
                .status()).isEqualTo(400);
        assertThat(admin.postJson("/api/v1/tokens", "{\"owner\": \"ghost\", \"partner\": \"NOSUCH\"}").status())
                .isEqualTo(400);
    }

    @Test
    @Order(2)
    void aPartnersTokenSendsAsThatPartnerAndSeesNothingOfAnother() {
        TradeHubApi acme = admin.withToken(partnerToken("ACME"));
        TradeHubApi beta = admin.withToken(partnerToken("BETA"));

        String own = acme.send(acmeOrder("SEC-OWN-1"), "application/edi-x12");
        assertThat(admin.awaitTerminal(own, PROCESSING).getString("status")).isEqualTo("COMPLETED");

        // BETA's token sends an interchange whose sender is ACME: kept, and refused as not BETA's.
        String forged = beta.send(acmeOrder("SEC-FORGED-1"), "application/edi-x12");
        JsonObject refused = admin.awaitTerminal(forged, PROCESSING);
        assertThat(refused.getString("status")).isEqualTo("FAILED");
        assertThat(refused.getString("errorCategory")).isEqualTo("UNKNOWN_PARTNER");
        assertThat(refused.toString()).contains("BETA's credentials");
        assertThat(beta.get("/api/v1/messages/" + forged).status()).as("the sender sees its refused document")
                .isEqualTo(200);

        // Canonical JSON: the token names the partner; a header naming another is not believed.
        String json = beta.send(betaJsonOrder("SEC-JSON-1"), "application/json");
        assertThat(admin.awaitTerminal(json, PROCESSING).getString("status")).isEqualTo("COMPLETED");
        TradeHubApi.Answer headerForged = acme.post("/api/v1/documents", betaJsonOrder("SEC-JSON-2"),
                "application/json", "X-TradeHub-Partner", "BETA");
        assertThat(headerForged.status()).isEqualTo(202);
        assertThat(admin.awaitTerminal(headerForged.json().getString("id"), PROCESSING).getString("errorCategory"))
                .isEqualTo("UNKNOWN_PARTNER");

        assertThat(beta.get("/api/v1/messages/" + own).status()).isEqualTo(404);
        assertThat(beta.get("/api/v1/messages/" + own + "/payload").status()).isEqualTo(404);
        assertThat(acme.get("/api/v1/messages/" + own).status()).isEqualTo(200);
        assertThat(acme.get("/api/v1/messages/" + json).status()).isEqualTo(404);
        JsonObject betaSees = beta.get("/api/v1/messages?size=200").json();
        assertThat(betaSees.getJsonArray("items")).isNotEmpty().allSatisfy(item ->
                assertThat(item.asJsonObject().getString("partner")).isEqualTo("BETA"));
        assertThat(beta.get("/api/v1/messages?partner=ACME&size=200").json().getJsonArray("items"))
                .allSatisfy(item -> assertThat(item.asJsonObject().getString("partner")).isEqualTo("BETA"));
        assertThat(beta.get("/api/v1/partners/ACME/mailbox").status()).isEqualTo(404);
        assertThat(acme.get("/api/v1/partners/ACME/mailbox").status()).isEqualTo(200);
        assertThat(acme.get("/api/v1/partners").status()).as("partners' profiles are not for partners")
                .isEqualTo(403);
    }

    @Test
    @Order(3)
    void aRotatedTokenWorksForItsGraceAndARevokedOneStopsAtOnce() {
        JsonObject first = admin.postJson("/api/v1/tokens", "{\"owner\": \"wms\", \"role\": \"OPERATOR\"}").json();
        String old = first.getString("secret");
        long id = first.getJsonObject("token").getJsonNumber("id").longValue();

        TradeHubApi.Answer rotated = admin.post("/api/v1/tokens/" + id + "/rotate?graceHours=1", new byte[0],
                "application/json");
        assertThat(rotated.status()).as(rotated.body()).isEqualTo(201);
        String successor = rotated.json().getString("secret");
        assertThat(admin.withToken(old).get("/api/v1/messages?size=1").status()).as("within the grace").isEqualTo(200);
        assertThat(admin.withToken(successor).get("/api/v1/messages?size=1").status()).isEqualTo(200);

        long successorId = rotated.json().getJsonObject("token").getJsonNumber("id").longValue();
        assertThat(admin.post("/api/v1/tokens/" + successorId + "/rotate?graceHours=0", new byte[0],
                "application/json").status()).isEqualTo(201);
        assertThat(admin.withToken(successor).get("/api/v1/messages?size=1").status()).as("no grace").isEqualTo(401);

        assertThat(admin.delete("/api/v1/tokens/" + id).status()).isEqualTo(204);
        assertThat(admin.withToken(old).get("/api/v1/messages?size=1").status()).as("revoked").isEqualTo(401);
        assertThat(admin.post("/api/v1/tokens/" + id + "/rotate", new byte[0], "application/json").status())
                .as("a revoked token cannot be rotated").isEqualTo(400);
    }

    @Test
    @Order(4)
    void aTokenOverItsRateIsToldWhenToComeBack() throws Exception {
        TradeHubApi busy = admin.withToken(roleToken(Role.VIEWER));
        List<Future<TradeHubApi.Answer>> answers = new ArrayList<>();
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            for (int i = 0; i < BURST * 2; i++) {
                answers.add(clients.submit(() -> busy.get("/api/v1/partners")));
            }
            int limited = 0;
            String retryAfter = null;
            for (Future<TradeHubApi.Answer> answer : answers) {
                if (answer.get().status() == 429) {
                    limited++;
                    retryAfter = answer.get().header("Retry-After");
                } else {
                    assertThat(answer.get().status()).isEqualTo(200);
                }
            }
            assertThat(limited).as("requests over the burst of " + BURST).isGreaterThan(0);
            assertThat(Integer.parseInt(retryAfter)).isBetween(1, 60);
        } finally {
            clients.shutdownNow();
        }
        assertThat(admin.get("/api/v1/messages?size=1").status()).as("the configured token is not limited")
                .isEqualTo(200);
        assertThat(admin.getWithoutToken("/metrics").body()).contains("tradehub_api_rate_limited_total");
    }

    @Test
    @Order(5)
    void everyChangeLeavesAnAuditEntry() {
        assertThat(admin.postJson("/api/v1/users", "{\"username\": \"olga\", \"role\": \"OPERATOR\","
                + " \"password\": \"short\"}").status()).as("a short password").isEqualTo(400);
        assertThat(admin.postJson("/api/v1/users", "{\"username\": \"olga\", \"role\": \"OPERATOR\","
                + " \"password\": \"correct horse battery\"}").status()).isEqualTo(201);
        assertThat(admin.put("/api/v1/users/olga", "{\"role\": \"ENGINEER\", \"enabled\": true}").status())
                .isEqualTo(200);
        assertThat(admin.put("/api/v1/users/olga/password", "{\"password\": \"another long password\"}").status())
                .isEqualTo(204);
        assertThat(admin.put("/api/v1/users/admin", "{\"role\": \"VIEWER\", \"enabled\": true}").status())
                .as("the last ADMIN keeps the role").isEqualTo(400);
        TradeHubApi.Answer profile = admin.get("/api/v1/partners/ACME");
        assertThat(admin.put("/api/v1/partners/ACME", profile.body()).status()).isEqualTo(200);
        String failed = admin.send(X12Documents.interchange("NOBODYEDI", Integer.toString(++icn),
                new X12Documents.Order("SEC-AUDIT-1", "DC042", List.of("1*EA*450*VN*FURN_7800"))), "application/edi-x12");
        admin.awaitTerminal(failed, PROCESSING);
        assertThat(admin.post("/api/v1/messages/" + failed + "/replay", new byte[0], "application/json").status())
                .isEqualTo(202);
        admin.awaitTerminal(failed, PROCESSING);
        assertThat(admin.post("/api/v1/messages/replay?partner=NOSUCH", new byte[0], "application/json").status())
                .isEqualTo(202);

        for (String action : List.of("USER_CREATED", "USER_CHANGED", "PASSWORD_CHANGED", "TOKEN_ISSUED",
                "TOKEN_ROTATED", "TOKEN_REVOKED", "PARTNER_SAVED", "MESSAGE_REPLAYED", "MESSAGES_REPLAYED")) {
            JsonObject page = admin.get("/api/v1/audit?action=" + action).json();
            assertThat(page.getJsonNumber("total").longValue()).as(action).isPositive();
            JsonObject entry = page.getJsonArray("items").getJsonObject(0);
            assertThat(entry.getString("actor")).as(action).isNotBlank();
            assertThat(entry.getString("address")).as(action).isNotBlank();
        }
        JsonObject partnerChange = admin.get("/api/v1/audit?action=PARTNER_SAVED&subject=ACME").json()
                .getJsonArray("items").getJsonObject(0);
        assertThat(partnerChange.getString("before")).contains("ACMEEDI");
        assertThat(partnerChange.getString("after")).contains("ACMEEDI");
        assertThat(admin.get("/api/v1/audit?action=NO_SUCH").status()).isEqualTo(400);

        TradeHubApi.Answer csv = admin.get("/api/v1/audit/export?action=USER_CREATED");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.body()).startsWith("occurredAt,actor,address,action,subject,before,after\r\n")
                .contains("USER_CREATED,user olga");
    }

    @Test
    @Order(6)
    void answersCarryTheBrowserProtections() {
        // The portal's sign-in page (/ only redirects to it, before any filter runs).
        for (String path : List.of("/api/v1/messages?size=1", "/login.xhtml")) {
            TradeHubApi.Answer answer = path.startsWith("/api") ? admin.get(path) : admin.getWithoutToken(path);
            assertThat(answer.header("X-Frame-Options")).as(path).isEqualTo("DENY");
            assertThat(answer.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            assertThat(answer.header("Content-Security-Policy")).as(path).contains("frame-ancestors 'none'");
            assertThat(answer.header("Referrer-Policy")).as(path).isEqualTo("no-referrer");
        }
    }

    /**
     * Every endpoint of the API, as the resources declare it, against every kind of caller: those who may call it get
     * through (any answer but 401, 403 or a server error), the others are refused with 401 (no working token) or 403.
     * Runs last: it calls every endpoint, changes included.
     */
    @Test
    @Order(99)
    void theAuthorizationMatrixHoldsForEveryEndpointAndEveryCaller() {
        String acmeMessage = admin.withToken(partnerToken("ACME")).send(acmeOrder("SEC-MATRIX-1"), "application/edi-x12");
        admin.awaitTerminal(acmeMessage, PROCESSING);
        Map<String, String> pathValues = Map.of("code", "ACME", "id", acmeMessage, "username", "nobody",
                "model", "sale.order");

        Map<String, TradeHubApi> callers = new LinkedHashMap<>();
        callers.put("anonymous", admin.withToken(null));
        Map<Role, String> roleTokens = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            roleTokens.put(role, roleToken(role));
            callers.put(role.name(), admin.withToken(roleTokens.get(role)));
        }
        callers.put("configured", admin);
        callers.put("partner A", admin.withToken(partnerToken("ACME")));
        callers.put("partner B", admin.withToken(partnerToken("BETA")));
        callers.put("revoked", admin.withToken(revokedToken()));
        callers.put("expired", admin.withToken(expiredToken()));

        List<AuthorizationMatrix.Endpoint> endpoints = AuthorizationMatrix.endpoints();
        assertThat(endpoints).hasSizeGreaterThan(25);
        List<String> wrong = new ArrayList<>();
        int cells = 0;
        for (AuthorizationMatrix.Endpoint endpoint : endpoints) {
            String path = endpoint.path(pathValues);
            for (Map.Entry<String, TradeHubApi> caller : callers.entrySet()) {
                AuthorizationMatrix.Expected expected = expected(caller.getKey(), endpoint);
                TradeHubApi.Answer answer = caller.getValue().call(endpoint.method(), path,
                        endpoint.takesBody() ? "{}" : null);
                cells++;
                if (!expected.admits(answer.status())) {
                    wrong.add(endpoint.method() + " " + path + " as " + caller.getKey() + ": " + answer.status()
                            + ", expected " + expected + " (" + abbreviated(answer.body()) + ")");
                }
                if (caller.getKey().equals("partner B") && endpoint.partnerScoped() && endpoint.method().equals("GET")
                        && (path.contains(acmeMessage) || path.contains("/partners/ACME/"))) {
                    if (answer.status() != 404) {
                        wrong.add("LEAK: " + endpoint.method() + " " + path + " as partner B: " + answer.status());
                    }
                }
            }
        }
        int size = cells;
        LOG.info(() -> "authorization matrix: " + endpoints.size() + " endpoints x " + callers.size() + " callers = "
                + size + " calls");
        assertThat(wrong).isEmpty();
    }

    /**
     * Every portal page (read from the web module: its pages and its security constraints) against anonymous, a
     * user of each role, and a browser carrying a partner's bearer token (the portal takes none): a protected page
     * sends a stranger to the sign-in page, shows a user without the role a 403, and serves the others.
     */
    @Test
    @Order(98)
    void everyPortalPageAnswersEachRoleAsItsConstraintSays() {
        String acmeMessage = admin.withToken(partnerToken("ACME")).send(acmeOrder("SEC-PAGES-1"), "application/edi-x12");
        Map<String, PortalSession> sessions = new LinkedHashMap<>();
        sessions.put("anonymous", PortalSession.anonymous(tradeHub.url("/")));
        for (Role role : Role.values()) {
            String username = "pages-" + role.name().toLowerCase();
            TradeHubApi.Answer created = admin.postJson("/api/v1/users", "{\"username\": \"" + username
                    + "\", \"role\": \"" + role + "\", \"password\": \"pages password " + role + "\"}");
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            sessions.put(role.name(), PortalSession.signIn(tradeHub.url("/"), username, "pages password " + role));
        }
        TradeHubApi partnerBrowser = admin.withToken(partnerToken("BETA"));
        List<AuthorizationMatrix.Page> pages = AuthorizationMatrix.pages();
        assertThat(pages).extracting(AuthorizationMatrix.Page::path).contains("/index.xhtml", "/admin/users.xhtml");
        List<String> wrong = new ArrayList<>();
        // A page with a form is a JSF protected view: it is served only when reached from a portal page, whose links
        // carry the session's token. A user reaches it that way; opened from outside, it is refused.
        Map<String, String> tokens = new LinkedHashMap<>();
        sessions.forEach((name, session) -> {
            if (!name.equals("anonymous")) {
                Matcher token = PROTECTED_VIEW_TOKEN.matcher(session.get("/"));
                assertThat(token.find()).as("the dashboard's links carry a protected-view token").isTrue();
                tokens.put(name, token.group(1));
            }
        });
        for (AuthorizationMatrix.Page page : pages) {
            String path = page.path() + (page.path().endsWith("/message.xhtml") ? "?id=" + acmeMessage
                    : page.path().endsWith("/partner.xhtml") ? "?code=ACME" : "");
            if (page.protectedView()) {
                assertThat(sessions.get("ADMIN").answer(path).statusCode()).as(path + " opened from outside")
                        .isNotEqualTo(200);
            }
            for (Map.Entry<String, PortalSession> session : sessions.entrySet()) {
                String token = tokens.get(session.getKey());
                var answer = session.getValue().answer(token == null ? path
                        : path + (path.contains("?") ? "&" : "?") + "jakarta.faces.Token=" + token);
                int status = answer.statusCode();
                String location = answer.headers().firstValue("Location").orElse("");
                boolean ok;
                String expected;
                if (page.required() == null) {
                    ok = status == 200 || status == 302;
                    expected = "public";
                } else if (session.getKey().equals("anonymous")) {
                    ok = status == 302 && location.contains("login");
                    expected = "302 to the sign-in page";
                } else if (Role.valueOf(session.getKey()).includes(page.required())) {
                    ok = status == 200;
                    expected = "200";
                } else {
                    ok = status == 403;
                    expected = "403";
                }
                if (!ok) {
                    wrong.add(path + " as " + session.getKey() + ": " + status + " " + location + ", expected "
                            + expected);
                }
            }
            TradeHubApi.Answer withToken = partnerBrowser.get(path); // the API's client follows no redirect
            if (page.required() != null && withToken.status() != 302) {
                wrong.add(path + " with a partner's bearer token: " + withToken.status() + ", expected 302");
            }
        }
        LOG.info(() -> "portal page matrix: " + pages.size() + " pages x " + (sessions.size() + 1) + " callers");
        assertThat(wrong).isEmpty();
    }

    private static AuthorizationMatrix.Expected expected(String caller, AuthorizationMatrix.Endpoint endpoint) {
        return switch (caller) {
            case "anonymous", "revoked", "expired" -> AuthorizationMatrix.Expected.UNAUTHENTICATED;
            case "partner A", "partner B" -> endpoint.partnerScoped() ? AuthorizationMatrix.Expected.ADMITTED
                    : AuthorizationMatrix.Expected.FORBIDDEN;
            case "configured" -> AuthorizationMatrix.Expected.ADMITTED;
            default -> Role.valueOf(caller).includes(endpoint.required()) ? AuthorizationMatrix.Expected.ADMITTED
                    : AuthorizationMatrix.Expected.FORBIDDEN;
        };
    }

    private String roleToken(Role role) {
        return issue("{\"owner\": \"matrix " + role + "\", \"role\": \"" + role + "\"}");
    }

    private String partnerToken(String partner) {
        return issue("{\"owner\": \"" + partner + " EDI gateway\", \"partner\": \"" + partner + "\"}");
    }

    private String revokedToken() {
        JsonObject issued = admin.postJson("/api/v1/tokens", "{\"owner\": \"gone\", \"role\": \"ADMIN\"}").json();
        assertThat(admin.delete("/api/v1/tokens/" + issued.getJsonObject("token").getJsonNumber("id")).status())
                .isEqualTo(204);
        return issued.getString("secret");
    }

    private String expiredToken() {
        JsonObject issued = admin.postJson("/api/v1/tokens", "{\"owner\": \"old\", \"role\": \"ADMIN\"}").json();
        assertThat(admin.post("/api/v1/tokens/" + issued.getJsonObject("token").getJsonNumber("id")
                + "/rotate?graceHours=0", new byte[0], "application/json").status()).isEqualTo(201);
        return issued.getString("secret");
    }

    private String issue(String request) {
        TradeHubApi.Answer issued = admin.postJson("/api/v1/tokens", request);
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        return issued.json().getString("secret");
    }

    private byte[] acmeOrder(String po) {
        return X12Documents.interchange("ACMEEDI", Integer.toString(++icn),
                new X12Documents.Order(po, "DC042", List.of("1*EA*450*VN*FURN_7800")));
    }

    private static byte[] betaJsonOrder(String po) {
        return ("{\"poNumber\": \"" + po + "\", \"poDate\": \"2026-11-27\", \"currency\": \"EUR\","
                + " \"shipTo\": {\"id\": \"4012345000009\", \"name\": \"Beta Lager Hamburg\"},"
                + " \"lines\": [{\"lineNo\": \"1\", \"qty\": 3, \"uom\": \"PCE\", \"unitPrice\": 12.5,"
                + " \"vendorSku\": \"FURN_0001\"}]}").getBytes(StandardCharsets.UTF_8);
    }

    private static String abbreviated(String body) {
        return body == null || body.length() < 160 ? body : body.substring(0, 160) + "...";
    }
}
