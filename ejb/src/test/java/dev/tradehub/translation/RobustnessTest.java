package dev.tradehub.translation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradehub.canonical.DocumentError;
import dev.tradehub.canonical.ErrorCategory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Bad input never throws: it becomes an interchange with an error. */
class RobustnessTest {

    private static final String[] VALID = {
        "x12/850-004010-two-po.x12", "x12/850-005010-crlf-pipe.x12", "x12/850-two-groups-no-newline.x12",
        "edifact/orders-d96a-una-comma-two-msgs.edi", "edifact/orders-d01b-syntax4-ung.edi",
        "edifact/orders-custom-una-no-newline.edi"};

    private static void assertReadableFailure(Interchange interchange) {
        assertThat(interchange).isNotNull();
        assertThat(interchange.envelope()).isNotNull();
        List<DocumentError> all = new ArrayList<>(interchange.errors());
        interchange.transactionSets().forEach(set -> all.addAll(set.errors()));
        for (DocumentError error : all) {
            assertThat(error.message()).isNotBlank().doesNotContain("Exception").doesNotContain("\tat ")
                    .doesNotContain("internal translation error");
        }
    }

    @Test
    void emptyAndNullPayloads() {
        for (byte[] payload : new byte[][] {null, new byte[0], "   \r\n ".getBytes(StandardCharsets.US_ASCII)}) {
            Interchange interchange = Corpus.TRANSLATOR.translate(payload);
            assertThat(interchange.envelope()).isEqualTo(EnvelopeFacts.unknown());
            assertThat(interchange.transactionSets()).isEmpty();
            DocumentError error = Corpus.single(interchange.errors());
            assertThat(error.category()).isEqualTo(ErrorCategory.SYNTAX);
            assertThat(error.location().segment()).isNull();
        }
        assertThat(Corpus.TRANSLATOR.translate((InputStream) null).rejected()).isTrue();
    }

    @Test
    void notEdi() {
        Interchange interchange = Corpus.TRANSLATOR.translate("hello, world".getBytes(StandardCharsets.US_ASCII));
        assertThat(interchange.envelope().standard()).isEqualTo(Standard.UNKNOWN);
        assertThat(Corpus.single(interchange.errors()).message()).contains("neither an X12").contains("EDIFACT");
    }

    @Test
    void randomBytesNeverThrow() {
        Random random = new Random(42);
        for (int i = 0; i < 300; i++) {
            byte[] payload = new byte[random.nextInt(600)];
            random.nextBytes(payload);
            if (i % 3 == 0 && payload.length > 3) {
                payload[0] = 'I';
                payload[1] = 'S';
                payload[2] = 'A';
            } else if (i % 3 == 1 && payload.length > 3) {
                payload[0] = 'U';
                payload[1] = 'N';
                payload[2] = 'B';
            }
            Interchange interchange = Corpus.TRANSLATOR.translate(payload);
            assertReadableFailure(interchange);
            assertThat(interchange.rejected()).isTrue();
        }
    }

    @Test
    void everyTruncationOfValidInterchangesIsAnErrorNotAnException() {
        for (String resource : VALID) {
            byte[] full = Corpus.bytes(resource);
            assertThat(Corpus.TRANSLATOR.translate(full).rejected()).isFalse();
            for (int length = 1; length < full.length - 2; length++) {
                byte[] cut = Arrays.copyOf(full, length);
                Interchange interchange = Corpus.TRANSLATOR.translate(cut);
                assertReadableFailure(interchange);
                assertThat(interchange.rejected()).as("%s cut at %d", resource, length).isTrue();
            }
        }
    }

    @Test
    void randomCorruptionOfValidInterchangesNeverThrows() {
        Random random = new Random(7);
        for (String resource : VALID) {
            byte[] full = Corpus.bytes(resource);
            for (int i = 0; i < 200; i++) {
                byte[] corrupt = full.clone();
                for (int j = 0; j < 1 + random.nextInt(4); j++) {
                    corrupt[random.nextInt(corrupt.length)] = (byte) random.nextInt(256);
                }
                assertReadableFailure(Corpus.TRANSLATOR.translate(corrupt));
            }
        }
    }

    @Test
    void utf16PayloadsAreDecoded() {
        String text = new String(Corpus.bytes("x12/850-004010-two-po.x12"), StandardCharsets.US_ASCII);
        for (var charset : List.of(StandardCharsets.UTF_16, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            Interchange interchange = Corpus.TRANSLATOR.translate(text.getBytes(charset));
            assertThat(interchange.errors()).as(charset.name()).isEmpty();
            assertThat(interchange.transactionSets()).extracting(set -> set.order().poNumber())
                    .containsExactly("ACME-PO-1001", "ACME-PO-1002");
        }
    }

    @Test
    void latin1AndUtf8CharactersOfUnocAreKept() {
        String edifact = "UNB+UNOC:3+S+R+260115:1030+R1'UNH+1+ORDERS:D:96A:UN'BGM+220+PO-1+9'"
                + "DTM+137:20260115:102'NAD+BY+B1::9++Müller Straße'LIN+1++4006381333931:EN'QTY+21:1'UNT+7+1'"
                + "UNZ+1+R1'";
        for (var charset : List.of(StandardCharsets.ISO_8859_1, StandardCharsets.UTF_8)) {
            Interchange interchange = Corpus.TRANSLATOR.translate(edifact.getBytes(charset));
            assertThat(interchange.errors()).isEmpty();
            assertThat(interchange.transactionSets().get(0).order().buyer().name()).isEqualTo("Müller Straße");
        }
    }

    @Test
    void leadingBlanksAndUtf8BomAreSkipped() {
        byte[] body = Corpus.bytes("edifact/orders-d01b-syntax4-ung.edi");
        byte[] payload = new byte[body.length + 5];
        payload[0] = (byte) 0xEF;
        payload[1] = (byte) 0xBB;
        payload[2] = (byte) 0xBF;
        payload[3] = '\r';
        payload[4] = '\n';
        System.arraycopy(body, 0, payload, 5, body.length);
        assertThat(Corpus.TRANSLATOR.translate(payload).errors()).isEmpty();
    }

    @Test
    void oversizedPayloadIsRefused() {
        DocumentTranslator small = new DocumentTranslator(100);
        Interchange interchange = small.translate(Corpus.bytes("x12/850-004010-two-po.x12"));
        assertThat(Corpus.single(interchange.errors()).message()).contains("larger than the limit of 100 bytes");
        Interchange streamed = small.translate(new ByteArrayInputStream(Corpus.bytes("x12/850-004010-two-po.x12")));
        assertThat(streamed.rejected()).isTrue();
    }

    @Test
    void failingStreamIsAnError() {
        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection reset");
            }
        };
        Interchange interchange = Corpus.TRANSLATOR.translate(broken);
        assertThat(Corpus.single(interchange.errors()).message()).isEqualTo(
                "The payload could not be received: IOException");
    }

    @Test
    void inputStreamGivesTheSameResultAsBytes() {
        byte[] bytes = Corpus.bytes("edifact/orders-d96a-una-comma-two-msgs.edi");
        assertThat(Corpus.TRANSLATOR.translate(new ByteArrayInputStream(bytes)))
                .isEqualTo(Corpus.TRANSLATOR.translate(bytes));
    }

    @Test
    void oneTranslatorIsSafeToShareAcrossThreads() throws Exception {
        List<byte[]> payloads = new ArrayList<>();
        List<Interchange> expected = new ArrayList<>();
        for (String resource : VALID) {
            payloads.add(Corpus.bytes(resource));
            expected.add(Corpus.TRANSLATOR.translate(Corpus.bytes(resource)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                int index = i % payloads.size();
                results.add(pool.submit(() -> Corpus.TRANSLATOR.translate(payloads.get(index))
                        .equals(expected.get(index))));
            }
            for (Future<Boolean> result : results) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
