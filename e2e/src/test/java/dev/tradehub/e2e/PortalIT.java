package dev.tradehub.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradehub.server.payara.Profile;
import jakarta.json.JsonObject;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;

/**
 * The admin portal in a browser (Debian's chromium, headless) against the packaged EAR on Payara Server: the headers
 * and the session cookie; the admin signs in with the configured password, adds a user, issues a token (its secret
 * shown once) and reads the audit log; an engineer onboards a partner through the form and imports cross-references
 * (a file with a bad row first: nothing imported, the row named); an operator finds a failed order by its PO number,
 * sees why (the payload escaped, the offending segment marked), previews a bulk replay and replays the order after the
 * fix; a viewer can read but the server refuses its forged replay and the pages of the roles above it. The users of
 * each role are made through the API first. The steps build on each other, in order; a failed step leaves a
 * screenshot of the page it was on in {@code target/screenshots}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PortalIT {

    private static final Logger LOG = Logger.getLogger(PortalIT.class.getName());
    private static final Duration PROCESSING = Duration.ofSeconds(60);
    private static final String ADMIN_PASSWORD = "portal-admin-" + Long.toHexString(System.nanoTime());
    private static final String PASSWORD = "Secret-of-the-test-1";
    private static final String FAILING_PO = "PO-PORTAL-1";
    private static final String UNKNOWN_SKU = "PORTAL-SKU-9";

    private DeployedTradeHub tradeHub;
    private TradeHubApi api;
    private PortalBrowser browser;
    private String failedMessageId;

    @RegisterExtension
    final TestWatcher evidence = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            if (browser != null) {
                Path shot = browser.screenshot("failed-" + context.getRequiredTestMethod().getName());
                LOG.warning(() -> "Failed on " + browser.url() + "; screenshot " + shot);
            }
        }
    };

    @BeforeAll
    void start() {
        long begin = System.nanoTime();
        tradeHub = DeployedTradeHub.start("portal", 31000, Profile.EMBEDDED, Map.of(),
                Map.of("tradehub.admin.password", ADMIN_PASSWORD));
        api = tradeHub.api();
        // The users the later steps sign in as come through the API (the configured token is an ADMIN's), so that
        // each step stands on its own; the users page is tested with a user of its own.
        for (String role : List.of("VIEWER", "OPERATOR", "ENGINEER")) {
            TradeHubApi.Answer created = api.post("/api/v1/users", ("{\"username\": \"" + role.toLowerCase(java.util.Locale.ROOT)
                    + "1\", \"role\": \"" + role + "\", \"password\": \"" + PASSWORD + "\"}").getBytes(
                    java.nio.charset.StandardCharsets.UTF_8), "application/json");
            assertThat(created.status()).as(created.body()).isEqualTo(201);
        }
        browser = new PortalBrowser(tradeHub.url("/"));
        LOG.info(() -> "portal test set up in " + Duration.ofNanos(System.nanoTime() - begin).toSeconds() + " s");
    }

    @AfterAll
    void stop() {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            if (tradeHub != null) {
                tradeHub.close();
            }
        }
    }

    @Test
    @Order(1)
    void everyResponseCarriesTheSecurityHeadersAndOnlyThePortalAsksForALogin() throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        HttpResponse<String> root = http.send(HttpRequest.newBuilder(tradeHub.url("/")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(root.statusCode()).isEqualTo(302);
        assertThat(root.headers().firstValue("Location").orElseThrow()).contains("/login.xhtml");
        // The session that remembers where to go after the login: its cookie is out of scripts' and other sites' reach.
        assertThat(root.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Strict"));

        HttpResponse<String> login = http.send(HttpRequest.newBuilder(tradeHub.url("/login.xhtml")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(200);
        // PrimeFaces writes the page's policy with its script nonce; a browser enforces every policy it is sent.
        assertThat(login.headers().allValues("Content-Security-Policy"))
                .anySatisfy(policy -> assertThat(policy).containsPattern("script-src 'self' 'nonce-[^']+'"))
                .allSatisfy(policy -> assertThat(policy).contains("frame-ancestors 'none'", "object-src 'none'"));
        assertThat(login.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(login.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(login.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(login.body()).contains("Odoo emulator").doesNotContain("jsessionid");

        // The API knows nothing of the portal's login: no redirect, its own 401, and the same headers.
        HttpResponse<String> apiWithoutToken = http.send(HttpRequest.newBuilder(tradeHub.url("/api/v1/messages"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(apiWithoutToken.statusCode()).isEqualTo(401);
        assertThat(apiWithoutToken.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                policy -> assertThat(policy).contains("default-src 'self'", "frame-ancestors 'none'"));
        assertThat(apiWithoutToken.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(api.get("/api/v1/messages?size=1").status()).isEqualTo(200);
        assertThat(http.send(HttpRequest.newBuilder(tradeHub.url("/health/ready")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
    }

    @Test
    @Order(2)
    void theAdminSignsInWithTheConfiguredPasswordAddsAUserIssuesATokenAndReadsTheAudit() {
        browser.signIn("admin", "not-the-password");
        assertThat(browser.text(By.id("login:problems"))).contains("Wrong username or password");

        browser.signIn("admin", ADMIN_PASSWORD);
        assertThat(browser.title()).isEqualTo("Dashboard");
        assertThat(browser.text(By.id("who"))).contains("admin", "ADMIN");
        assertThat(browser.text(By.id("profile"))).isEqualTo("embedded");
        assertThat(browser.text(By.id("odoo"))).contains("EMULATOR", "reachable");
        assertThat(browser.text(By.id("emulator"))).contains("Odoo emulator");
        assertThat(browser.consoleErrors()).as("nothing refused by the Content-Security-Policy").isEmpty();
        // The same sign-in without a browser, as the run command's test does it.
        assertThat(PortalSession.signIn(tradeHub.url("/"), "admin", ADMIN_PASSWORD).get("/"))
                .contains("embedded", "Odoo EMULATOR");

        browser.menu("Administration", "Users");
        assertThat(browser.title()).isEqualTo("Users");
        browser.type(By.id("create:username"), "olga");
        browser.choose("create:role", "OPERATOR");
        browser.type(By.id("create:password"), PASSWORD);
        browser.click(By.id("create:add"));
        assertThat(browser.text(By.id("messages"))).contains("User olga added as OPERATOR");
        assertThat(browser.all(By.className("username"))).extracting(element -> element.getText())
                .contains("admin", "olga", "viewer1", "operator1", "engineer1");
        assertThat(browser.consoleErrors()).isEmpty();

        // A token for a reporting tool: its secret is on the page once, and it works.
        browser.menu("Administration", "API tokens");
        browser.type(By.id("issue:owner"), "reporting");
        browser.choose("issue:scope", "role VIEWER");
        browser.click(By.id("issue:issueToken"));
        String secret = browser.text(By.id("token-secret"));
        TradeHubApi reporting = new TradeHubApi(tradeHub.url("/"), secret);
        assertThat(reporting.get("/api/v1/messages?size=1").status()).isEqualTo(200);
        assertThat(reporting.post("/api/v1/messages/replay", new byte[0], "application/json").status()).isEqualTo(403);
        browser.menu("Administration", "API tokens");
        assertThat(browser.source()).doesNotContain(secret);

        browser.menu("Administration", "Audit log");
        assertThat(browser.text(By.id("audit:entries"))).contains("USER_CREATED", "user olga", "TOKEN_ISSUED",
                "LOGIN_FAILED");
        assertThat(browser.consoleErrors()).isEmpty();
        browser.signOut();
        assertThat(browser.url()).contains("/login.xhtml");
    }

    @Test
    @Order(3)
    void anEngineerOnboardsAPartnerThroughTheGuidedForm() {
        browser.signIn("engineer1", PASSWORD);
        browser.menu("Partners");
        assertThat(browser.title()).isEqualTo("Partners");
        browser.click(By.id("onboard"));
        assertThat(browser.title()).isEqualTo("Onboard a partner");

        // Saved without its interchange ID: refused, with the reason, nothing stored.
        browser.type(By.id("onboard:code"), "GAMMA");
        browser.type(By.id("onboard:name"), "Gamma Retail Ltd");
        browser.click(By.id("onboard:save"));
        assertThat(browser.text(By.id("messages"))).contains("Their interchange ID");
        assertThat(api.get("/api/v1/partners/GAMMA").status()).isEqualTo(404);

        browser.type(By.id("onboard:versions"), "004010");
        browser.type(By.id("onboard:odooCustomerRef"), "CUST-0003");
        browser.type(By.id("onboard:theirQualifier"), "ZZ");
        browser.type(By.id("onboard:theirId"), "GAMMAEDI");
        browser.type(By.id("onboard:groupId"), "GAMMAEDI");
        browser.type(By.id("onboard:ourQualifier"), "ZZ");
        browser.type(By.id("onboard:ourId"), "TRADEHUB");
        browser.choose("onboard:functional", "997");
        browser.type(By.id("onboard:units"), "CS=Case");
        browser.click(By.id("onboard:save"));

        assertThat(browser.title()).isEqualTo("Partner GAMMA");
        assertThat(browser.text(By.id("messages"))).contains("Partner GAMMA saved (test mode");
        assertThat(browser.text(By.id("mode"))).isEqualTo("TEST");
        JsonObject stored = api.get("/api/v1/partners/GAMMA").json();
        assertThat(stored.getString("name")).isEqualTo("Gamma Retail Ltd");
        assertThat(stored.getString("mode")).isEqualTo("TEST");
        assertThat(stored.getJsonArray("interchangeIds").getJsonObject(0).getString("id")).isEqualTo("GAMMAEDI");
        assertThat(stored.getJsonArray("ourIds").getJsonObject(0).getString("id")).isEqualTo("TRADEHUB");
        assertThat(stored.getJsonObject("acknowledgements").getString("functional")).isEqualTo("997");
        assertThat(stored.getJsonObject("unitsOfMeasure").getString("CS")).isEqualTo("Case");
        assertThat(browser.consoleErrors()).isEmpty();
        browser.signOut();
    }

    @Test
    @Order(4)
    void anOperatorFindsAFailedOrderByItsPoNumberAndSeesWhy() {
        failedMessageId = api.send(X12Documents.interchange("ACMEEDI", "31001",
                new X12Documents.Order(FAILING_PO, "DC042", List.of("2*EA*450*BP*" + UNKNOWN_SKU))), "application/edi-x12");
        assertThat(api.awaitTerminal(failedMessageId, PROCESSING).getString("status")).isEqualTo("FAILED");

        browser.signIn("operator1", PASSWORD);
        assertThat(browser.text(By.id("failed"))).isEqualTo("1");
        assertThat(browser.text(By.id("throughput"))).contains("peak 1");
        browser.click(By.id("failed"));
        assertThat(browser.title()).isEqualTo("Messages");
        assertThat(browser.all(By.className("open-message"))).hasSize(1);

        browser.menu("Messages");
        browser.type(By.id("search:poNumber"), FAILING_PO);
        browser.click(By.id("search:find"));
        assertThat(browser.all(By.className("open-message"))).hasSize(1);
        browser.click(By.className("open-message"));

        assertThat(browser.title()).isEqualTo("Message");
        assertThat(browser.text(By.id("message:status"))).isEqualTo("FAILED");
        assertThat(browser.text(By.id("message:category"))).isEqualTo("MAPPING");
        assertThat(browser.text(By.id("errors"))).contains("buyer SKU '" + UNKNOWN_SKU + "'");
        assertThat(browser.text(By.id("payload-text"))).contains("BEG*00*SA*" + FAILING_PO);
        assertThat(browser.text(By.id("timeline"))).contains("RECEIVED", "FAILED");
        assertThat(browser.text(By.id("transactions"))).contains(FAILING_PO);
        assertThat(browser.consoleErrors()).isEmpty();

        // A bulk replay shows how many it would touch first; cancelled, it touches none.
        browser.menu("Messages");
        browser.type(By.id("search:poNumber"), FAILING_PO);
        browser.click(By.id("search:previewReplay"));
        assertThat(browser.text(By.id("search:replayPreview"))).startsWith("1 finished messages match this filter");
        browser.click(By.id("search:confirmReplayNo"));
        assertThat(replayRequests()).isZero();
        browser.signOut();
    }

    @Test
    @Order(5)
    void theRawPayloadIsShownAsTextWithTheOffendingSegmentMarked() {
        String id = api.send(X12Documents.interchange("ACMEEDI", "31002", "PO", List.of(new X12Documents.TransactionSet(
                "850", List.of("BEG*00*SA*PO-PORTAL-2**20261127", "PO1*1*TEN*EA*450**VN*FURN_7800",
                        "PID*F****<img src=x onerror=alert(1)", "CTT*1")))), "application/edi-x12");
        JsonObject message = api.awaitTerminal(id, PROCESSING);
        assertThat(message.getString("status")).isEqualTo("FAILED");

        // A set that fails translation has no PO number on record: it is found by its error category, from the
        // dashboard's count of that category.
        String category = message.getString("errorCategory");
        browser.signIn("operator1", PASSWORD);
        browser.click(By.xpath("//section[@id='by-category']//tr[th='" + category + "']//a"));
        assertThat(browser.all(By.className("open-message"))).hasSize(1);
        browser.click(By.className("open-message"));
        assertThat(browser.text(By.id("message:id"))).isEqualTo(id);
        assertThat(browser.all(By.cssSelector("#payload-text .offending"))).as(message.toString())
                .extracting(element -> element.getText()).containsExactly("PO1*1*TEN*EA*450**VN*FURN_7800~");
        assertThat(browser.text(By.id("payload-text"))).contains("PID*F****<img src=x onerror=alert(1)~");
        assertThat(browser.all(By.cssSelector("#payload-text img"))).isEmpty();
        assertThat(browser.consoleErrors()).isEmpty();
        browser.signOut();
    }

    @Test
    @Order(6)
    void anEngineerImportsCrossReferencesAndAFileWithABadRowImportsNothing() throws Exception {
        browser.signIn("engineer1", PASSWORD);
        browser.menu("Partners");
        browser.click(By.xpath("//a[contains(@class,'partner-link') and text()='ACME']"));
        assertThat(browser.title()).isEqualTo("Partner ACME");

        Path bad = csv("bad.csv", "buyerSku,vendorSku,gtin\n" + UNKNOWN_SKU + ",FURN_7800,\nPORTAL-SKU-10,,12AB\n");
        browser.driver().findElement(By.id("csv:file")).sendKeys(bad.toString());
        browser.click(By.id("csv:importCsv"));
        assertThat(browser.text(By.id("messages"))).contains("Nothing was imported: 1 row needs fixing");
        assertThat(browser.text(By.id("problems"))).contains("3", "gtin '12AB' is not 8, 12, 13 or 14 digits");
        assertThat(api.get("/api/v1/partners/ACME").body()).doesNotContain(UNKNOWN_SKU);

        Path good = csv("good.csv", "buyerSku,vendorSku,gtin\n" + UNKNOWN_SKU + ",FURN_7800,\n");
        browser.driver().findElement(By.id("csv:file")).sendKeys(good.toString());
        browser.click(By.id("csv:importCsv"));
        assertThat(browser.text(By.id("messages"))).contains("Imported: 1 added, 0 replaced");
        assertThat(browser.text(By.id("crossReferences"))).contains(UNKNOWN_SKU, "FURN_7800", "ACM-LAMP-01");
        assertThat(api.get("/api/v1/partners/ACME").body()).contains(UNKNOWN_SKU);

        // The layout of the partner's CSV orders, the same service as PUT /api/v1/partners/ACME/csv-layout.
        browser.type(By.id("csvLayout:delimiter"), ";");
        browser.type(By.id("csvLayout:datePattern"), "dd.MM.yyyy");
        browser.type(By.xpath("//tbody[@id='csvLayout:columns_data']/tr[td[1]='poNumber']//input"), "Bestellnummer");
        browser.click(By.id("csvLayout:saveCsvLayout"));
        assertThat(browser.text(By.id("messages"))).contains("The CSV layout of ACME is saved");
        JsonObject layout = api.get("/api/v1/partners/ACME/csv-layout").json();
        assertThat(layout.getString("delimiter")).isEqualTo(";");
        assertThat(layout.getString("datePattern")).isEqualTo("dd.MM.yyyy");
        assertThat(layout.getJsonObject("columns").getString("poNumber")).isEqualTo("Bestellnummer");
        browser.type(By.id("csvLayout:datePattern"), "no such pattern {");
        browser.click(By.id("csvLayout:saveCsvLayout"));
        assertThat(browser.text(By.id("messages"))).contains("The CSV layout was not saved", "datePattern");
        assertThat(api.get("/api/v1/partners/ACME/csv-layout").json().getString("datePattern")).isEqualTo("dd.MM.yyyy");
        assertThat(browser.consoleErrors()).isEmpty();
        browser.signOut();
    }

    @Test
    @Order(7)
    void anOperatorReplaysTheFixedOrderAndItReachesOdoo() {
        browser.signIn("operator1", PASSWORD);
        openFailedMessage();
        browser.click(By.id("message:replay"));
        browser.click(By.id("message:confirmYes"));
        assertThat(browser.text(By.id("messages"))).contains("queued for replay");

        JsonObject replayed = api.awaitTerminal(failedMessageId, PROCESSING);
        assertThat(replayed.getString("status")).as(replayed.toString()).isEqualTo("COMPLETED");
        assertThat(replayed.getJsonArray("timeline").getValuesAs(JsonObject.class))
                .anySatisfy(event -> assertThat(event.getString("detail", "")).contains("requested by operator1"));
        assertThat(tradeHub.odoo().saleOrders()).anyMatch(order -> FAILING_PO.equals(order.clientOrderRef()));

        // Its order's one timeline, as the orders page shows it.
        browser.menu("Orders");
        browser.type(By.id("orders:poNumber"), FAILING_PO);
        browser.click(By.id("orders:find"));
        assertThat(browser.text(By.id("orders:table"))).contains(FAILING_PO, "ACME", "S0");
        browser.click(By.cssSelector("#orders\\:table .ui-row-toggler"));
        assertThat(browser.text(By.id("orders:table"))).contains("RECEIVED", "REPLAY_REQUESTED", "COMPLETED");
        assertThat(browser.consoleErrors()).isEmpty();
        browser.signOut();
    }

    @Test
    @Order(8)
    void aViewerReadsButTheServerRefusesItsReplayAndTheHigherRolesPages() {
        long replaysBefore = replayRequests();
        browser.signIn("viewer1", PASSWORD);
        openFailedMessage();
        assertThat(browser.text(By.id("message:status"))).isEqualTo("COMPLETED");
        assertThat(browser.present(By.id("message:replay"))).as("no replay button for a viewer").isFalse();

        // The request the button would send, forged in the viewer's page: the server must not replay.
        browser.script("PrimeFaces.ab({s:'message:replay', f:'message', p:'@form', u:'@form'});");
        TradeHubApi.sleep(2000);
        assertThat(replayRequests()).as("replays after the viewer's forged request").isEqualTo(replaysBefore);

        browser.open("/partners/onboard.xhtml");
        assertThat(browser.title()).isEqualTo("Not allowed");
        browser.open("/admin/users.xhtml");
        assertThat(browser.title()).isEqualTo("Not allowed");
        assertThat(browser.text(By.tagName("body"))).doesNotContain("Exception", "at dev.tradehub", "at jakarta.");
        browser.open("/");
        assertThat(browser.source()).doesNotContain("Administration");
    }

    private void openFailedMessage() {
        browser.menu("Messages");
        browser.type(By.id("search:poNumber"), FAILING_PO);
        browser.click(By.id("search:find"));
        browser.click(By.className("open-message"));
        assertThat(browser.text(By.id("message:id"))).isEqualTo(failedMessageId);
    }

    private long replayRequests() {
        return api.get("/api/v1/messages/" + failedMessageId).json().getJsonArray("timeline")
                .getValuesAs(JsonObject.class).stream()
                .filter(event -> "REPLAY_REQUESTED".equals(event.getString("event"))).count();
    }

    private static Path csv(String name, String content) throws Exception {
        Path dir = Files.createDirectories(Path.of(System.getProperty("tradehub.e2e.work", "target/e2e"), "portal-csv"));
        return Files.writeString(dir.resolve(name), content).toAbsolutePath();
    }
}
