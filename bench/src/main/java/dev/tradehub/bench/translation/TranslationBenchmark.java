package dev.tradehub.bench.translation;

import dev.tradehub.bench.documents.PurchaseOrders;
import dev.tradehub.translation.DocumentTranslator;
import dev.tradehub.translation.Interchange;
import dev.tradehub.translation.TransactionSet;
import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;
import java.io.ByteArrayInputStream;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Documents per second: {@link #tradehub} = {@code new DocumentTranslator().translate(bytes)} (one translator,
 * as the application shares one), checked to have no error and one canonical order per transaction set;
 * {@link #rawStaedi} = a bare {@code EDIStreamReader} over the same bytes with the same reader settings
 * (control-structure validation on, code values off) that reads every event and every character of every
 * segment tag and element, allocating nothing itself. The difference is what TradeHub adds: detection of the
 * standard and encoding, envelope facts, business rules, numbers and dates, the canonical order.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class TranslationBenchmark {

    /** X12 850 004010 or EDIFACT ORDERS D96A. */
    @Param({"X12", "EDIFACT"})
    public String standard;

    /** Lines of the single order: small, typical, large. */
    @Param({"1", "20", "1000"})
    public int lines;

    private byte[] document;
    private DocumentTranslator translator;
    private EDIInputFactory rawFactory;

    /** The document of the parameters (also used by the suite to turn documents/s into MB/s). */
    public static byte[] document(String standard, int lines) {
        return PurchaseOrders.interchange(PurchaseOrders.Standard.valueOf(standard), 4711, "BENCH-PO-4711", lines);
    }

    @Setup
    public void setUp() throws EDIStreamException, java.io.IOException {
        document = document(standard, lines);
        translator = new DocumentTranslator();
        rawFactory = EDIInputFactory.newFactory();
        rawFactory.setProperty(EDIInputFactory.EDI_VALIDATE_CONTROL_STRUCTURE, true);
        rawFactory.setProperty(EDIInputFactory.EDI_VALIDATE_CONTROL_CODE_VALUES, false);
        rawFactory.setProperty(EDIInputFactory.EDI_IGNORE_EXTRANEOUS_CHARACTERS, true);
        check(tradehub());
        rawStaedi();
    }

    @Benchmark
    public Interchange tradehub() {
        Interchange interchange = translator.translate(document);
        if (!interchange.errors().isEmpty() || interchange.transactionSets().isEmpty()) {
            throw new IllegalStateException("Not translated: " + interchange.errors());
        }
        for (TransactionSet set : interchange.transactionSets()) {
            if (!set.errors().isEmpty() || set.order() == null) {
                throw new IllegalStateException("Transaction set rejected: " + set.errors());
            }
        }
        return interchange;
    }

    @Benchmark
    public long rawStaedi() throws EDIStreamException, java.io.IOException {
        long sum = 0;
        try (EDIStreamReader reader = rawFactory.createEDIStreamReader(new ByteArrayInputStream(document))) {
            while (reader.hasNext()) {
                EDIStreamEvent event = reader.next();
                switch (event) {
                    case START_SEGMENT, ELEMENT_DATA -> {
                        char[] text = reader.getTextCharacters();
                        int end = reader.getTextStart() + reader.getTextLength();
                        for (int i = reader.getTextStart(); i < end; i++) {
                            sum += text[i];
                        }
                    }
                    case SEGMENT_ERROR, ELEMENT_DATA_ERROR, ELEMENT_OCCURRENCE_ERROR ->
                        throw new IllegalStateException("StAEDI reports " + reader.getErrorType() + " at "
                                + reader.getLocation());
                    default -> sum += event.ordinal();
                }
            }
        }
        return sum;
    }

    private void check(Interchange interchange) {
        int expected = interchange.transactionSets().get(0).order().lines().size();
        if (expected != lines) {
            throw new IllegalStateException("Expected " + lines + " lines, translated " + expected);
        }
    }
}
