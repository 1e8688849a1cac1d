package dev.tradehub.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.helger.as2lib.client.AS2Client;
import com.helger.as2lib.client.AS2ClientRequest;
import com.helger.as2lib.client.AS2ClientResponse;
import com.helger.as2lib.client.AS2ClientSettings;
import com.helger.as2lib.crypto.ECompressionType;
import com.helger.as2lib.crypto.ECryptoAlgorithmCrypt;
import com.helger.as2lib.crypto.ECryptoAlgorithmSign;
import com.helger.as2lib.crypto.IMICMatchingHandler;
import com.helger.as2lib.crypto.MIC;
import com.helger.as2lib.disposition.DispositionOptions;
import com.helger.as2lib.message.AS2Message;
import com.helger.as2lib.message.IMessage;
import com.helger.as2lib.processor.sender.AS2SenderModule;
import com.helger.mail.cte.EContentTransferEncoding;
import com.helger.security.keystore.EKeyStoreType;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.tradehub.channel.as2.MdnReport;
import dev.tradehub.channel.as2.ReceivedAs2Message;
import dev.tradehub.odoo.emulator.SaleOrderView;
import dev.tradehub.server.payara.Profile;
import jakarta.activation.DataHandler;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The AS2 channel both ways on the packaged EAR: partners running as2-lib's client send signed and encrypted 850s to
 * {@code /as2} (synchronous and asynchronous MDNs, a tampered message, a wrong certificate, an unknown AS2 ID, a
 * re-send under the same Message-ID), and receive TradeHub's 855s at this test's own AS2 receiver, which answers
 * with a synchronous MDN or posts an asynchronous one to {@code /as2/mdn}. Keys and certificates are made here.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class As2ChannelIT {

    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final int PORT_BASE = 35000;
    private static final int PARTNER_PORT = 35900;
    private static final String OUR_ID = "TRADEHUB-AS2";
    private static final String PASSWORD = "as2-test-" + Long.toHexString(System.nanoTime());
    private static final Pattern KEPT_AS = Pattern.compile("TradeHub message ([0-9a-f-]{36})");

    private final Identity tradeHubKeys = Identity.generate("tradehub-e2e");
    private final Identity partnerKeys = Identity.generate("partner-e2e");
    private final Identity strangerKeys = Identity.generate("stranger-e2e");
    private final HttpClient http = HttpClient.newHttpClient();
    /** What TradeHub posted to the partners' AS2 receiver (messages) and to the asynchronous MDN address. */
    private final List<Received> receivedByPartners = new CopyOnWriteArrayList<>();
    private final BlockingQueue<Received> asyncMdns = new LinkedBlockingQueue<>();

    private DeployedTradeHub tradeHub;
    private TradeHubApi api;
    private HttpServer partnerServer;
    private String as2Url;

    record Received(String path, Map<String, List<String>> headers, byte[] body) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).findFirst()
                    .map(e -> e.getValue().get(0)).orElse(null);
        }
    }

    @BeforeAll
    void start() throws Exception {
        Path keys = Path.of("target/as2-keys");
        Files.createDirectories(keys);
        Path keystore = keys.resolve("tradehub-as2.p12");
        Files.write(keystore, tradeHubKeys.pkcs12("tradehub", PASSWORD));
        startPartnerServer();
        tradeHub = DeployedTradeHub.start("as2", PORT_BASE, Profile.EMBEDDED, Map.of(), Map.of(
                "tradehub.as2.id", OUR_ID,
                "tradehub.as2.keystore", keystore.toAbsolutePath().toString(),
                "tradehub.as2.keystore-password", PASSWORD,
                "tradehub.as2.key-alias", "tradehub",
                "tradehub.as2.async-mdn-url", "http://localhost:" + (PORT_BASE + 80) + "/as2/mdn",
                "tradehub.changecapture.interval-seconds", "1",
                "tradehub.intake.max-bytes", "200000"));
        api = tradeHub.api();
        as2Url = tradeHub.url("/as2").toString();
        registerPartner("AS2SYNC", "AS2SYNCID", "SYNC");
        registerPartner("AS2ASYNC", "AS2ASYNCID", "ASYNC");
        registerPartner("AS2LATE", "AS2LATEID", "ASYNC", ", \"mdnWithinMinutes\": 1", "\"AS2\", \"REST\"");
        registerPartner("AS2BAD", "AS2BADID", "SYNC", "", "\"AS2\", \"REST\"");
    }

    @AfterAll
    void stop() {
        if (partnerServer != null) {
            partnerServer.stop(0);
        }
        if (tradeHub != null) {
            tradeHub.close();
        }
    }

    private void registerPartner(String code, String as2Id, String outboundMdn) {
        registerPartner(code, as2Id, outboundMdn, "", "\"AS2\"");
    }

    private void registerPartner(String code, String as2Id, String outboundMdn, String moreAs2, String inbound) {
        TradeHubApi.Answer saved = api.put("/api/v1/partners/" + code, """
                {"name": "%s over AS2", "standard": "X12", "versions": ["004010"], "odooCustomerRef": "CUST-0001",
                 "interchangeIds": [{"qualifier": "ZZ", "id": "%sEDI"}], "ourIds": [{"qualifier": "ZZ", "id": "TRADEHUB"}],
                 "acknowledgements": {"functional": "NONE", "interchange": "NEVER"},
                 "outbound": {"transport": "AS2", "lineEnding": "LF"},
                 "channels": {"inbound": [%s], "as2": {"partnerId": "%s", "url": "http://localhost:%d/%s",
                   "certificate": "%s", "mdn": "%s", "signingAlgorithm": "sha-256", "encryptionAlgorithm": "aes256-cbc"%s}}}
                """.formatted(code, code, inbound, as2Id, PARTNER_PORT, code.toLowerCase(), partnerKeys.pemForJson(),
                outboundMdn, moreAs2));
        assertThat(saved.status()).as(saved.body()).isIn(200, 201);
    }

    @Test
    void aSignedEncryptedOrderWithASynchronousMdnReachesOdooAndItsOrderResponseGoesBackByAs2() throws Exception {
        String po = "AS2-SYNC-" + System.nanoTime() % 1_000_000;
        MicKeeper mic = new MicKeeper();
        AS2ClientResponse response = send(partnerKeys, "AS2SYNCID", order("AS2SYNCEDI", "8101", po), null, null, mic);

        assertThat(response.hasMDN()).as(response.getAsString()).isTrue();
        assertThat(response.getMDNDisposition()).isEqualTo("automatic-action/MDN-sent-automatically; processed");
        assertThat(response.getMDNVerificationCertificate()).isEqualTo(tradeHubKeys.certificate());
        assertThat(mic.matched).as("the MDN's MIC is the one of what was sent").isTrue();
        String id = keptAs(response.getMDNText());
        JsonObject message = api.awaitTerminal(id, WAIT);
        assertThat(message.getString("status")).as(message.toString()).isEqualTo("COMPLETED");
        assertThat(message.getString("channel")).isEqualTo("as2");
        assertThat(message.getString("partner")).isEqualTo("AS2SYNC");
        assertThat(message.getString("senderReference")).startsWith("<").endsWith(">");
        assertThat(events(message)).contains("AS2_MDN_SENT");
        SaleOrderView order = tradeHub.odoo().saleOrders().stream().filter(o -> po.equals(o.clientOrderRef()))
                .findFirst().orElseThrow();
        assertThat(order.state()).isEqualTo("sale");

        // The order response: TradeHub's 855 arrives signed and encrypted; the receiver answers a synchronous MDN.
        Received edi855 = awaitPartnerMessage("/as2sync", po);
        assertThat(edi855.header("AS2-From")).isEqualTo(OUR_ID);
        assertThat(edi855.header("AS2-To")).isEqualTo("AS2SYNCID");
        assertThat(edi855.header("Content-Type")).contains("application/pkcs7-mime");
        JsonObject delivered = awaitDelivery(edi855.header("Message-ID"), "DELIVERED");
        assertThat(delivered.getJsonObject("outbound").getString("transport")).isEqualTo("AS2");
        assertThat(delivered.getString("docType")).isEqualTo("855");
        assertThat(details(delivered, "DELIVERED")).anySatisfy(detail -> assertThat(detail)
                .contains("synchronous MDN", "processed", "matches", "signed by CN=partner-e2e"));
    }

    @Test
    void anOrderWithAnAsynchronousMdnGetsItsMdnPostedAndTheOrderResponseIsSettledByOne() throws Exception {
        String po = "AS2-ASYNC-" + System.nanoTime() % 1_000_000;
        MicKeeper mic = new MicKeeper();
        AS2ClientResponse response = send(partnerKeys, "AS2ASYNCID", order("AS2ASYNCEDI", "8201", po),
                "http://localhost:" + PARTNER_PORT + "/mdn", null, mic);
        assertThat(response.hasException()).as(response.getAsString()).isFalse();

        Received posted = asyncMdns.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertThat(posted).as("an asynchronous MDN").isNotNull();
        MdnReport.Received mdn = MdnReport.read(posted.header("Content-Type"), posted.body(),
                tradeHubKeys.certificate());
        assertThat(mdn.signer()).isEqualTo(tradeHubKeys.certificate());
        assertThat(mdn.processed()).as(mdn.disposition()).isTrue();
        assertThat(MdnReport.sameMic(mic.sent.getAsAS2String(), mdn.receivedMic())).as(mdn.receivedMic()).isTrue();
        assertThat(posted.header("AS2-To")).isEqualTo("AS2ASYNCID");
        JsonObject message = api.awaitTerminal(keptAs(mdn.text()), WAIT);
        assertThat(message.getString("status")).as(message.toString()).isEqualTo("COMPLETED");

        // The 855 goes out asking for an asynchronous MDN: the delivery waits for it, then the MDN settles it.
        Received edi855 = awaitPartnerMessage("/as2async", po);
        String receiptTo = edi855.header("Receipt-Delivery-Option");
        assertThat(receiptTo).isEqualTo("http://localhost:" + (PORT_BASE + 80) + "/as2/mdn");
        JsonObject waiting = awaitDelivery(edi855.header("Message-ID"), "AWAITING_RECEIPT");
        ReceivedAs2Message opened = ReceivedAs2Message.open(edi855.header("Content-Type"),
                edi855.header("Content-Transfer-Encoding"), edi855.body(), partnerKeys.certificate(),
                partnerKeys.key(), tradeHubKeys.certificate(), false, ECryptoAlgorithmSign.DIGEST_SHA_256);
        HttpResponse<String> answered = postMdn(receiptTo, "AS2ASYNCID", edi855.header("Message-ID"),
                MdnReport.processed(), opened.mic(), partnerKeys);
        assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
        JsonObject delivered = awaitDelivery(edi855.header("Message-ID"), "DELIVERED");
        assertThat(delivered.getString("id")).isEqualTo(waiting.getString("id"));
        assertThat(events(delivered)).contains("AWAITING_RECEIPT", "AS2_MDN_RECEIVED", "DELIVERED");

        // An MDN for something TradeHub never sent is kept, unmatched.
        HttpResponse<String> stray = postMdn(receiptTo, "AS2ASYNCID", "<tradehub-" + UUID.randomUUID() + "@x>",
                MdnReport.processed(), opened.mic(), partnerKeys);
        assertThat(stray.statusCode()).isEqualTo(400);
        JsonObject kept = api.get("/api/v1/messages/" + keptAs(stray.body())).json();
        assertThat(kept.getString("errorCategory")).isEqualTo("UNMATCHED_ACKNOWLEDGEMENT");
    }

    @Test
    void anAsynchronousMdnThatDoesNotComeInTimeFailsTheDeliveryWhichSendsTheSameMessageIdAgain() throws Exception {
        String po = "AS2-LATE-" + System.nanoTime() % 1_000_000;
        api.send(order("AS2LATEEDI", "8601", po), "application/edi-x12");

        Received first = awaitPartnerMessage("/as2late", po);
        String as2MessageId = first.header("Message-ID");
        awaitDelivery(as2MessageId, "AWAITING_RECEIPT");
        // No MDN: after mdnWithinMinutes (1) the sweep fails the attempt, and the retry sends it again.
        long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
        List<Received> sends = List.of();
        while (sends.size() < 2 && System.nanoTime() < deadline) {
            TradeHubApi.sleep(1000);
            sends = receivedByPartners.stream().filter(r -> r.path().equals("/as2late")
                    && as2MessageId.equals(r.header("Message-ID"))).toList();
        }
        assertThat(sends).as("the same AS2 message sent again after its MDN was overdue").hasSize(2);
        JsonObject retried = awaitDelivery(as2MessageId, "AWAITING_RECEIPT");
        assertThat(retried.getJsonObject("outbound").getInt("deliveryAttempts")).isEqualTo(2);
        assertThat(details(retried, "DELIVERY_RETRY_SCHEDULED")).anySatisfy(detail -> assertThat(detail)
                .contains("no MDN for AS2 message " + as2MessageId + " came by 20").doesNotContain("null"));
        assertThat(retried.getJsonArray("errors").getJsonObject(0).getString("category")).isEqualTo("TRANSPORT");

        ReceivedAs2Message opened = ReceivedAs2Message.open(sends.get(1).header("Content-Type"),
                sends.get(1).header("Content-Transfer-Encoding"), sends.get(1).body(), partnerKeys.certificate(),
                partnerKeys.key(), tradeHubKeys.certificate(), false, ECryptoAlgorithmSign.DIGEST_SHA_256);
        HttpResponse<String> answered = postMdn(sends.get(1).header("Receipt-Delivery-Option"), "AS2LATEID",
                as2MessageId, MdnReport.processed(), opened.mic(), partnerKeys);
        assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
        awaitDelivery(as2MessageId, "DELIVERED");
    }

    @Test
    void aSynchronousFailureMdnFailsTheDeliveryWhichIsRetried() throws Exception {
        String po = "AS2-BAD-" + System.nanoTime() % 1_000_000;
        api.send(order("AS2BADEDI", "8701", po), "application/edi-x12");

        Received edi855 = awaitPartnerMessage("/as2bad", po);
        JsonObject message = awaitDelivery(edi855.header("Message-ID"), "RETRY_SCHEDULED");
        assertThat(details(message, "DELIVERY_RETRY_SCHEDULED")).first().asString()
                .contains("processed/error: authentication-failed");
        assertThat(message.getJsonArray("errors").getJsonObject(0).getString("category")).isEqualTo("TRANSPORT");
        assertThat(events(message)).doesNotContain("DELIVERED");
    }

    @Test
    void aTamperedMessageGetsAFailureMdnAndIsKeptFailed() throws Exception {
        String po = "AS2-TAMPER-" + System.nanoTime() % 1_000_000;
        MimeBodyPart data = new MimeBodyPart();
        data.setDataHandler(new DataHandler(new ByteArrayDataSource(order("AS2SYNCEDI", "8301", po),
                "application/edi-x12")));
        data.setHeader("Content-Type", "application/edi-x12");
        MimeBodyPart signed = AS2SenderModule.secureMimeBodyPart(data, EContentTransferEncoding.BINARY, null, false,
                null, ECryptoAlgorithmSign.DIGEST_SHA_256, partnerKeys.certificate(), partnerKeys.key(), true, false,
                false, null, null, "tamper");
        MimeMultipart multipart = (MimeMultipart) signed.getContent();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        multipart.writeTo(body);
        byte[] tampered = new String(body.toByteArray(), StandardCharsets.ISO_8859_1).replace("*5*EA*", "*9*EA*")
                .getBytes(StandardCharsets.ISO_8859_1);
        String messageId = "<tamper-" + UUID.randomUUID() + "@AS2SYNCID>";

        HttpResponse<byte[]> answer = http.send(HttpRequest.newBuilder(URI.create(as2Url))
                .header("AS2-Version", "1.2").header("AS2-From", "AS2SYNCID").header("AS2-To", OUR_ID)
                .header("Message-ID", messageId).header("Disposition-Notification-To", "partner@example.invalid")
                .header("Disposition-Notification-Options",
                        "signed-receipt-protocol=optional, pkcs7-signature; signed-receipt-micalg=optional, sha-256")
                .header("Content-Type", multipart.getContentType().replaceAll("\\s*\\r?\\n\\s*", " "))
                .POST(HttpRequest.BodyPublishers.ofByteArray(tampered)).build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(answer.statusCode()).isEqualTo(200);
        MdnReport.Received mdn = MdnReport.read(answer.headers().firstValue("Content-Type").orElseThrow(),
                answer.body(), tradeHubKeys.certificate());
        assertThat(mdn.disposition()).endsWith("processed/error: authentication-failed");
        assertThat(mdn.originalMessageId()).isEqualTo(messageId);
        assertThat(new String(answer.body(), StandardCharsets.ISO_8859_1)).doesNotContain("Exception", "\tat ");
        JsonObject kept = api.get("/api/v1/messages/" + keptAs(mdn.text())).json();
        assertThat(kept.getString("status")).isEqualTo("FAILED");
        assertThat(kept.getString("errorCategory")).isEqualTo("TRANSPORT");
        assertThat(kept.getString("partner")).isEqualTo("AS2SYNC");
        assertThat(kept.getString("contentType")).startsWith("multipart/signed");
        assertThat(kept.getJsonNumber("payloadSize").longValue()).isEqualTo(tampered.length);
        assertThat(tradeHub.odoo().saleOrders()).noneMatch(o -> po.equals(o.clientOrderRef()));
    }

    @Test
    void aMessageSignedWithTheWrongCertificateOrFromAnUnknownAs2IdIsRefusedWithAFailureMdn() throws Exception {
        String po = "AS2-WRONG-" + System.nanoTime() % 1_000_000;
        AS2ClientResponse wrongKey = send(strangerKeys, "AS2SYNCID", order("AS2SYNCEDI", "8401", po), null, null,
                new MicKeeper());
        assertThat(wrongKey.hasMDN()).as(wrongKey.getAsString()).isTrue();
        assertThat(wrongKey.getMDNDisposition()).endsWith("processed/error: authentication-failed");
        JsonObject refused = api.get("/api/v1/messages/" + keptAs(wrongKey.getMDNText())).json();
        assertThat(refused.getString("status")).isEqualTo("FAILED");
        assertThat(refused.getString("errorCategory")).isEqualTo("TRANSPORT");
        assertThat(refused.getJsonArray("errors").getJsonObject(0).getString("message"))
                .contains("signature does not verify");

        AS2ClientResponse unknown = send(partnerKeys, "NOBODY-AS2", order("AS2SYNCEDI", "8402", po + "U"), null,
                null, new MicKeeper());
        assertThat(unknown.getMDNDisposition()).endsWith("processed/error: unknown-trading-partner");
        JsonObject stranger = api.get("/api/v1/messages/" + keptAs(unknown.getMDNText())).json();
        assertThat(stranger.getString("status")).isEqualTo("FAILED");
        assertThat(stranger.getString("errorCategory")).isEqualTo("UNKNOWN_PARTNER");
        assertThat(tradeHub.odoo().saleOrders()).noneMatch(o -> o.clientOrderRef() != null
                && o.clientOrderRef().startsWith(po));
    }

    @Test
    void aMessageLargerThanTheLimitIsKeptTruncatedAndAnswered413() throws Exception {
        byte[] huge = new byte[300_000];
        java.util.Arrays.fill(huge, (byte) 'A');
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(as2Url))
                .header("AS2-Version", "1.2").header("AS2-From", "AS2SYNCID").header("AS2-To", OUR_ID)
                .header("Message-ID", "<huge-" + UUID.randomUUID() + "@AS2SYNCID>")
                .header("Content-Type", "application/pkcs7-mime; smime-type=enveloped-data")
                .POST(HttpRequest.BodyPublishers.ofByteArray(huge)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(413);
        JsonObject kept = api.get("/api/v1/messages/" + keptAs(answer.body())).json();
        assertThat(kept.getString("status")).isEqualTo("FAILED");
        assertThat(kept.getString("errorCategory")).isEqualTo("SYNTAX");
        assertThat(kept.getBoolean("payloadTruncated")).isTrue();
        assertThat(kept.getJsonNumber("payloadSize").longValue()).isEqualTo(300_000);
        assertThat(kept.getString("partner")).isEqualTo("AS2SYNC");
    }

    @Test
    void aReSentMessageIdIsAnsweredAgainWithoutASecondOrder() throws Exception {
        String po = "AS2-RESEND-" + System.nanoTime() % 1_000_000;
        byte[] order = order("AS2SYNCEDI", "8501", po);
        String messageId = "resend-" + UUID.randomUUID() + "@AS2SYNCID";
        AS2ClientResponse first = send(partnerKeys, "AS2SYNCID", order, null, messageId, new MicKeeper());
        String id = keptAs(first.getMDNText());
        assertThat(api.awaitTerminal(id, WAIT).getString("status")).isEqualTo("COMPLETED");

        // Encrypted again (other bytes on the wire), compressed this time, same Message-ID.
        AS2ClientResponse again = send(partnerKeys, "AS2SYNCID", order, null, messageId, new MicKeeper(), true);
        assertThat(again.getMDNDisposition()).endsWith("; processed");
        assertThat(again.getMDNText()).contains("received before", id);
        assertThat(tradeHub.odoo().saleOrders().stream().filter(o -> po.equals(o.clientOrderRef()))).hasSize(1);
        assertThat(events(api.get("/api/v1/messages/" + id).json())).contains("RECEIVED_AGAIN");
    }

    // ---- the partner's side ----

    private AS2ClientResponse send(Identity signer, String from, byte[] document, String asyncMdnUrl,
            String messageId, MicKeeper mic) {
        return send(signer, from, document, asyncMdnUrl, messageId, mic, false);
    }

    private AS2ClientResponse send(Identity signer, String from, byte[] document, String asyncMdnUrl,
            String messageId, MicKeeper mic, boolean compress) {
        AS2ClientSettings settings = new AS2ClientSettings();
        settings.setKeyStore(EKeyStoreType.PKCS12, signer.pkcs12("partner", PASSWORD), PASSWORD);
        settings.setSaveKeyStoreChangesToFile(false);
        settings.setSenderData(from, "partner@example.invalid", "partner");
        settings.setReceiverData(OUR_ID, "tradehub", as2Url);
        settings.setReceiverCertificate(tradeHubKeys.certificate());
        settings.setPartnershipName(from + "-" + OUR_ID);
        settings.setEncryptAndSign(ECryptoAlgorithmCrypt.CRYPT_AES128_CBC, ECryptoAlgorithmSign.DIGEST_SHA_256);
        if (compress) {
            settings.setCompress(ECompressionType.ZLIB, true);
        }
        settings.setMDNOptions(new DispositionOptions().setMICAlg(ECryptoAlgorithmSign.DIGEST_SHA_256)
                .setMICAlgImportance(DispositionOptions.IMPORTANCE_REQUIRED)
                .setProtocol(DispositionOptions.PROTOCOL_PKCS7_SIGNATURE)
                .setProtocolImportance(DispositionOptions.IMPORTANCE_REQUIRED));
        if (asyncMdnUrl != null) {
            settings.setAsyncMDNUrl(asyncMdnUrl);
        }
        if (messageId != null) {
            settings.setMessageIDFormat(messageId);
        }
        settings.setRetryCount(0);
        settings.setMICMatchingHandler(mic);
        AS2ClientRequest request = new AS2ClientRequest("850").setData(document).setContentType("application/edi-x12");
        return new AS2Client().setAS2SenderModuleFactory(() -> new MicKeepingSender(mic))
                .sendSynchronous(settings, request);
    }

    private static byte[] order(String senderId, String controlNumber, String po) {
        return X12Documents.interchange(senderId, controlNumber, new X12Documents.Order(po, "DC042",
                List.of("5*EA*450*VN*FURN_7800")));
    }

    /** The partners' AS2 receiver: keeps every message, answers a synchronous MDN where one was asked for. */
    private void startPartnerServer() throws IOException {
        partnerServer = HttpServer.create(new InetSocketAddress("localhost", PARTNER_PORT), 0);
        partnerServer.createContext("/", exchange -> {
            try {
                Received received = new Received(exchange.getRequestURI().getPath(),
                        Map.copyOf(exchange.getRequestHeaders()), exchange.getRequestBody().readAllBytes());
                if (received.path().equals("/mdn")) {
                    asyncMdns.add(received);
                    answer(exchange, 200, Map.of("Content-Type", "text/plain"), "ok".getBytes());
                    return;
                }
                receivedByPartners.add(received);
                if (received.header("Receipt-Delivery-Option") != null
                        || received.header("Disposition-Notification-To") == null) {
                    answer(exchange, 200, Map.of("Content-Type", "text/plain"), "received".getBytes());
                    return;
                }
                ReceivedAs2Message opened = ReceivedAs2Message.open(received.header("Content-Type"),
                        received.header("Content-Transfer-Encoding"), received.body(), partnerKeys.certificate(),
                        partnerKeys.key(), tradeHubKeys.certificate(), false, ECryptoAlgorithmSign.DIGEST_SHA_256);
                boolean refuses = received.path().equals("/as2bad");
                MdnReport.Content mdn = MdnReport.build(received.header("AS2-To"), received.header("Message-ID"),
                        refuses ? MdnReport.error("authentication-failed") : MdnReport.processed(),
                        refuses ? null : opened.mic(), "Received by the test partner", new MdnReport.Signer(
                                partnerKeys.key(), partnerKeys.certificate()), ECryptoAlgorithmSign.DIGEST_SHA_256);
                answer(exchange, 200, Map.of("Content-Type", mdn.contentType().replaceAll("\\s*\\r?\\n\\s*", " "),
                        "AS2-From", received.header("AS2-To"), "AS2-To", received.header("AS2-From"),
                        "AS2-Version", "1.2", "Message-ID", "<mdn-" + UUID.randomUUID() + "@partner>"), mdn.body());
            } catch (Exception e) {
                e.printStackTrace();
                try {
                    answer(exchange, 500, Map.of("Content-Type", "text/plain"), String.valueOf(e).getBytes());
                } catch (IOException ignored) {
                    // the exchange is gone
                }
            } finally {
                exchange.close();
            }
        });
        partnerServer.start();
    }

    private static void answer(HttpExchange exchange, int status, Map<String, String> headers, byte[] body)
            throws IOException {
        headers.forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private HttpResponse<String> postMdn(String url, String from, String originalMessageId, String disposition,
            MIC mic, Identity signer) throws Exception {
        MdnReport.Content mdn = MdnReport.build(OUR_ID, originalMessageId, disposition, mic, "Test partner's MDN",
                new MdnReport.Signer(signer.key(), signer.certificate()), ECryptoAlgorithmSign.DIGEST_SHA_256);
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("AS2-Version", "1.2")
                .header("AS2-From", from).header("AS2-To", OUR_ID)
                .header("Message-ID", "<mdn-" + UUID.randomUUID() + "@partner>")
                .header("Content-Type", mdn.contentType().replaceAll("\\s*\\r?\\n\\s*", " "))
                .POST(HttpRequest.BodyPublishers.ofByteArray(mdn.body())).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The AS2 message TradeHub sent to the partner's receiver whose document names the PO. */
    private Received awaitPartnerMessage(String path, String po) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            for (Received received : receivedByPartners) {
                if (received.path().equals(path)) {
                    ReceivedAs2Message opened = ReceivedAs2Message.open(received.header("Content-Type"),
                            received.header("Content-Transfer-Encoding"), received.body(), partnerKeys.certificate(),
                            partnerKeys.key(), tradeHubKeys.certificate(), false, ECryptoAlgorithmSign.DIGEST_SHA_256);
                    String edi = new String(opened.payload(), StandardCharsets.US_ASCII);
                    if (edi.contains("ST*855*") && edi.contains("BAK*00*AD*" + po + "*")) {
                        assertThat(opened.signed()).isTrue();
                        assertThat(opened.encrypted()).isTrue();
                        return received;
                    }
                }
            }
            TradeHubApi.sleep(300);
        }
        throw new AssertionError("No 855 for " + po + " reached " + path + "; received " + receivedByPartners.size()
                + " message(s)");
    }

    /** The outbound message of this AS2 Message-ID (ours: {@code <tradehub-{id}@...>}), once its delivery is there. */
    private JsonObject awaitDelivery(String as2MessageId, String delivery) {
        Matcher id = Pattern.compile("tradehub-([0-9a-f-]{36})@").matcher(as2MessageId);
        assertThat(id.find()).as(as2MessageId).isTrue();
        long deadline = System.nanoTime() + WAIT.toNanos();
        JsonObject message = null;
        while (System.nanoTime() < deadline) {
            message = api.get("/api/v1/messages/" + id.group(1)).json();
            if (delivery.equals(message.getJsonObject("outbound").getString("delivery"))) {
                return message;
            }
            TradeHubApi.sleep(300);
        }
        throw new AssertionError("The delivery of " + as2MessageId + " is not " + delivery + ": " + message);
    }

    private static String keptAs(String text) {
        assertThat(text).isNotNull();
        Matcher matcher = KEPT_AS.matcher(text);
        assertThat(matcher.find()).as(text).isTrue();
        return matcher.group(1);
    }

    private static List<String> events(JsonObject message) {
        return message.getJsonArray("timeline").getValuesAs(JsonObject.class).stream()
                .map(entry -> entry.getString("event")).toList();
    }

    private static List<String> details(JsonObject message, String event) {
        return message.getJsonArray("timeline").getValuesAs(JsonObject.class).stream()
                .filter(entry -> entry.getString("event").equals(event))
                .map(entry -> entry.getString("detail", "")).toList();
    }

    /** What as2-lib's MIC check of a synchronous MDN found, and the MIC of what was sent. */
    static final class MicKeeper implements IMICMatchingHandler {
        volatile MIC sent;
        volatile boolean matched;

        @Override
        public void onMICMatch(IMessage message, String mic) {
            matched = true;
        }

        @Override
        public void onMICMismatch(IMessage message, String originalMic, String receivedMic) {
            matched = false;
        }
    }

    /** as2-lib's sender, keeping the MIC it computed (for checking an asynchronous MDN) instead of pending files. */
    static final class MicKeepingSender extends AS2SenderModule {
        private final MicKeeper mic;

        MicKeepingSender(MicKeeper mic) {
            this.mic = mic;
        }

        @Override
        protected MIC calculateAndStoreMIC(AS2Message message) throws Exception {
            MIC computed = super.calculateAndStoreMIC(message);
            mic.sent = computed;
            return computed;
        }

        @Override
        protected void storePendingInfo(AS2Message message, MIC computed) {
            mic.sent = computed;
        }
    }

    /** A key pair and self-signed certificate made for this run. */
    record Identity(PrivateKey key, X509Certificate certificate) {

        static Identity generate(String name) {
            try {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                KeyPair pair = generator.generateKeyPair();
                X500Name subject = new X500Name("CN=" + name);
                Instant now = Instant.now();
                X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(
                        new JcaX509v3CertificateBuilder(subject, BigInteger.valueOf(now.toEpochMilli()),
                                Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(30))),
                                subject, pair.getPublic())
                                .build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
                return new Identity(pair.getPrivate(), certificate);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        byte[] pkcs12(String alias, String password) {
            try {
                KeyStore store = KeyStore.getInstance("PKCS12");
                store.load(null, null);
                store.setKeyEntry(alias, key, password.toCharArray(), new Certificate[] {certificate});
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                store.store(out, password.toCharArray());
                return out.toByteArray();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        /** The certificate as PEM, escaped for a JSON string. */
        String pemForJson() {
            try {
                return "-----BEGIN CERTIFICATE-----\\n" + Base64.getEncoder().encodeToString(certificate.getEncoded())
                        + "\\n-----END CERTIFICATE-----\\n";
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
