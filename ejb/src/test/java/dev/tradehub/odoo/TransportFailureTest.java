package dev.tradehub.odoo;

import static dev.tradehub.odoo.OdooException.Kind.AUTHENTICATION;
import static dev.tradehub.odoo.OdooException.Kind.REJECTED;
import static dev.tradehub.odoo.OdooException.Kind.TRANSIENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.tradehub.odoo.OdooException.Kind;
import dev.tradehub.odoo.OdooSettings.Protocol;
import dev.tradehub.odoo.replay.Exchange;
import dev.tradehub.odoo.replay.Odoo;
import dev.tradehub.odoo.replay.ReplayServer;
import dev.tradehub.odoo.transport.JsonSupport;
import dev.tradehub.odoo.transport.OdooErrors;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Failures that are not Odoo business errors: unreachable, slow, proxies, unknown server errors. */
class TransportFailureTest {

    @RegisterExtension
    final ReplayServer server = ReplayServer.start();

    @Test
    void connectionRefusedIsTransient() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        for (Protocol protocol : Protocol.values()) {
            OdooClient client = OdooClients.create(new OdooSettings(URI.create("http://127.0.0.1:" + port),
                    Odoo.DATABASE, Odoo.ADMIN_LOGIN, Odoo.ADMIN_KEY, protocol, Duration.ofSeconds(5),
                    Duration.ofSeconds(2), 2, Duration.ofSeconds(5)));

            OdooException error = catchThrowableOfType(() -> client.findPartnerByRef("CUST-0001"), OdooException.class);

            assertThat(error).isNotNull();
            assertThat(error.kind()).isEqualTo(TRANSIENT);
            assertThat(error.httpStatus()).isZero();
            assertThat(error.getCause()).isInstanceOf(IOException.class);
            assertThat(error.getMessage()).contains("127.0.0.1:" + port).doesNotContain(Odoo.ADMIN_KEY);
        }
    }

    @Test
    void requestTimeoutIsTransient() {
        server.always(Odoo.exchange("02-partner-json2-search-read-by-ref.json").withDelay(3_000));
        OdooClient client = OdooClients.create(Odoo.settings(server, Protocol.JSON2, null, Odoo.ADMIN_KEY)
                .withTimeouts(Duration.ofMillis(300), Duration.ofSeconds(2)));

        long started = System.nanoTime();
        OdooException error = catchThrowableOfType(() -> client.findPartnerByRef("CUST-0001"), OdooException.class);

        assertThat(error).isNotNull();
        assertThat(error.kind()).isEqualTo(TRANSIENT);
        assertThat(error.getMessage()).contains("did not answer", "res.partner/search_read");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(2_500));
    }

    @ParameterizedTest(name = "HTTP {0} {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "429|text/html|<html><body>Too Many Requests</body></html>|TRANSIENT",
        "502|text/html|<html><body><h1>502 Bad Gateway</h1></body></html>|TRANSIENT",
        "503|text/html|<html><body>Service Unavailable</body></html>|TRANSIENT",
        "504|text/html|<html><body>Gateway Time-out</body></html>|TRANSIENT",
        "500|text/html|<html><body>Internal Server Error</body></html>|TRANSIENT",
        "200|text/html|<html><body>Login</body></html>|TRANSIENT",
        "500|application/json|{\"name\":\"psycopg2.errors.SerializationFailure\",\"message\":\"could not serialize access\"}|TRANSIENT",
        "503|application/json|{\"name\":\"odoo.exceptions.UserError\",\"message\":\"maintenance\"}|TRANSIENT",
        "413|text/html|<html>Request Entity Too Large</html>|REJECTED",
        "403|text/html|<html>Forbidden</html>|AUTHENTICATION"})
    void json2StatusWithoutOdooErrorMapsByStatus(int status, String contentType, String body, Kind kind) {
        server.always(Exchange.anyRequest("proxy", status, contentType, body));
        OdooClient client = OdooClients.create(Odoo.settings(server, Protocol.JSON2, null, Odoo.ADMIN_KEY));

        OdooException error = catchThrowableOfType(() -> client.findPartnerByRef("X"), OdooException.class);

        assertThat(error).isNotNull();
        assertThat(error.kind()).isEqualTo(kind);
        assertThat(error.httpStatus()).isEqualTo(status);
        assertThat(error.getMessage()).doesNotContain("<html>");
    }

    @Test
    void jsonRpcServerErrorThatIsNotABusinessErrorIsTransient() {
        server.expect(Odoo.login(Odoo.ADMIN_LOGIN, Odoo.ADMIN_KEY, 2));
        server.always(Exchange.anyRequest("rpc", 200, "application/json", "{\"jsonrpc\":\"2.0\",\"id\":2,\"error\":"
                + "{\"code\":0,\"message\":\"Odoo Server Error\",\"data\":{\"name\":"
                + "\"psycopg2.errors.SerializationFailure\",\"message\":\"could not serialize access due to concurrent "
                + "update\",\"arguments\":[],\"context\":{},\"debug\":\"Traceback (most recent call last):\\n...\"}}}"));
        OdooClient client = OdooClients.create(Odoo.settings(server, Protocol.JSONRPC, Odoo.ADMIN_LOGIN, Odoo.ADMIN_KEY));

        OdooException error = catchThrowableOfType(() -> client.findPartnerByRef("X"), OdooException.class);

        assertThat(error.kind()).isEqualTo(TRANSIENT);
        assertThat(error.errorName()).isEqualTo("psycopg2.errors.SerializationFailure");
        assertThat(error.getMessage()).isEqualTo("could not serialize access due to concurrent update");
    }

    @Test
    void jsonRpcBadGatewayIsTransient() {
        server.always(Exchange.anyRequest("proxy", 502, "text/html", "<html>Bad Gateway</html>"));
        OdooClient client = OdooClients.create(Odoo.settings(server, Protocol.JSONRPC, Odoo.ADMIN_LOGIN, Odoo.ADMIN_KEY));

        OdooException error = catchThrowableOfType(client::version, OdooException.class);

        assertThat(error.kind()).isEqualTo(TRANSIENT);
        assertThat(error.httpStatus()).isEqualTo(502);
    }

    @Test
    void anEchoedKeyIsBlankedOut() {
        server.always(Exchange.anyRequest("echo", 422, "application/json", "{\"name\":\"odoo.exceptions.UserError\","
                + "\"message\":\"bad token " + Odoo.ADMIN_KEY + "\",\"debug\":\"Traceback " + Odoo.ADMIN_KEY + "\"}"));
        OdooClient client = OdooClients.create(Odoo.settings(server, Protocol.JSON2, null, Odoo.ADMIN_KEY));

        OdooException error = catchThrowableOfType(() -> client.findPartnerByRef("X"), OdooException.class);

        assertThat(error.kind()).isEqualTo(REJECTED);
        assertThat(error.getMessage()).isEqualTo("bad token ***");
    }

    @Test
    void kindTable() {
        assertThat(OdooErrors.kindOf(null, 401)).isEqualTo(AUTHENTICATION);
        assertThat(OdooErrors.kindOf("odoo.exceptions.AccessDenied", 200)).isEqualTo(AUTHENTICATION);
        assertThat(OdooErrors.kindOf("odoo.exceptions.AccessError", 403)).isEqualTo(AUTHENTICATION);
        assertThat(OdooErrors.kindOf("odoo.exceptions.ValidationError", 422)).isEqualTo(REJECTED);
        assertThat(OdooErrors.kindOf("builtins.ValueError", 500)).isEqualTo(REJECTED);
        assertThat(OdooErrors.kindOf(null, 400)).isEqualTo(REJECTED);
        assertThat(OdooErrors.kindOf(null, 404)).isEqualTo(REJECTED);
        assertThat(OdooErrors.kindOf(null, 500)).isEqualTo(TRANSIENT);
        assertThat(OdooErrors.kindOf("builtins.RuntimeError", 200)).isEqualTo(TRANSIENT);
        for (int status : List.of(408, 429, 502, 503, 504)) {
            assertThat(OdooErrors.kindOf("odoo.exceptions.UserError", status)).as("HTTP %d", status).isEqualTo(TRANSIENT);
        }
    }

    @Test
    void bareOneDigitAnswersParse() {
        assertThat(JsonSupport.tryRead("0".getBytes(StandardCharsets.UTF_8))).hasValueSatisfying(
                value -> assertThat(JsonSupport.asLong(value)).isZero());
        assertThat(JsonSupport.tryRead("<html>".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(JsonSupport.tryRead(new byte[0])).isEmpty();
    }
}
