package dev.tradehub.translation;

import dev.tradehub.canonical.DocumentError;
import dev.tradehub.canonical.ErrorCategory;
import dev.tradehub.canonical.Location;
import dev.tradehub.translation.edifact.EdifactSyntax;
import dev.tradehub.translation.json.CanonicalOrderJsonReader;
import dev.tradehub.translation.spi.StandardSyntax;
import dev.tradehub.translation.x12.X12Syntax;
import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Translates one raw X12 or EDIFACT interchange (or a canonical JSON order) into its envelope facts and one
 * {@link TransactionSet} per
 * transaction set / message: X12 850 (004010, 005010) and EDIFACT ORDERS (D96A, D01B) become canonical orders,
 * other document types are reported as {@link Disposition#UNSUPPORTED}.
 *
 * <p>One streaming pass with StAEDI, no document tree. Never throws for bad input: an unreadable payload gives
 * an {@link Interchange} with {@link EnvelopeFacts#unknown()} (or the facts that could be read) and an
 * interchange-level error. Thread-safe: create one and share it.
 */
public final class DocumentTranslator {

    /** Payloads larger than this are refused (a guard against hostile input). */
    public static final int DEFAULT_MAX_PAYLOAD_BYTES = 64 * 1024 * 1024;

    private static final StandardSyntax X12 = new X12Syntax();
    private static final StandardSyntax EDIFACT = new EdifactSyntax();
    private static final CanonicalOrderJsonReader JSON = new CanonicalOrderJsonReader();

    private final EDIInputFactory factory;
    private final int maxPayloadBytes;

    public DocumentTranslator() {
        this(DEFAULT_MAX_PAYLOAD_BYTES);
    }

    /** @param maxPayloadBytes the largest payload accepted */
    public DocumentTranslator(int maxPayloadBytes) {
        this.maxPayloadBytes = maxPayloadBytes;
        EDIInputFactory edi = EDIInputFactory.newFactory();
        // The control schema checks ISA/GS/ST and UNB/UNG/UNH structure, counts and control numbers; the
        // partner's code lists (qualifiers, versions) are the partner profile's business, not a reason to reject.
        edi.setProperty(EDIInputFactory.EDI_VALIDATE_CONTROL_STRUCTURE, true);
        edi.setProperty(EDIInputFactory.EDI_VALIDATE_CONTROL_CODE_VALUES, false);
        edi.setProperty(EDIInputFactory.EDI_IGNORE_EXTRANEOUS_CHARACTERS, true);
        this.factory = edi; // never changed after this point: creating readers from it is thread-safe
    }

    /**
     * Translates a payload.
     *
     * @param payload the raw bytes as received (ASCII, UTF-8, ISO-8859-1 or UTF-16), may be null or empty
     * @return the translation, never null
     */
    public Interchange translate(byte[] payload) {
        try {
            return translateChecked(payload);
        } catch (RuntimeException e) {
            return failure(EnvelopeFacts.unknown(), ErrorCategory.SYNTAX,
                    "The payload could not be translated: " + InterchangeWalker.reason(e));
        }
    }

    /**
     * Reads the stream to its end (up to the size limit) and translates it. The stream is not closed.
     *
     * @return the translation, never null; a stream that cannot be read gives an interchange-level error
     */
    public Interchange translate(InputStream payload) {
        if (payload == null) {
            return translate((byte[]) null);
        }
        byte[] bytes;
        try {
            bytes = payload.readNBytes(maxPayloadBytes + 1);
        } catch (IOException | RuntimeException e) {
            return failure(EnvelopeFacts.unknown(), ErrorCategory.SYNTAX,
                    "The payload could not be received: " + e.getClass().getSimpleName());
        }
        return translate(bytes);
    }

    private Interchange translateChecked(byte[] payload) {
        if (payload == null || payload.length == 0) {
            return failure(EnvelopeFacts.unknown(), ErrorCategory.SYNTAX, "The payload is empty");
        }
        if (payload.length > maxPayloadBytes) {
            return failure(EnvelopeFacts.unknown(), ErrorCategory.SYNTAX, "The payload is larger than the limit of "
                    + maxPayloadBytes + " bytes");
        }
        PayloadText text = PayloadText.of(payload);
        int start = text.firstSignificant();
        if (start < 0) {
            return failure(EnvelopeFacts.unknown(), ErrorCategory.SYNTAX, "The payload contains only blanks");
        }
        if (text.startsWith(start, "{")) {
            return JSON.read(text.bytes());
        }
        StandardSyntax syntax = text.startsWith(start, "ISA") ? X12
                : text.startsWith(start, "UNA") || text.startsWith(start, "UNB") ? EDIFACT : null;
        if (syntax == null) {
            return failure(EnvelopeFacts.unknown(), ErrorCategory.SYNTAX, "The payload is neither an X12 interchange"
                    + " (starting with ISA), nor an EDIFACT interchange (starting with UNA or UNB), nor a canonical"
                    + " JSON order");
        }
        DocumentError headerError = syntax.checkHeader(text, start);
        EnvelopeFacts partial = syntax.partialFacts(text, start);
        if (headerError != null) {
            return new Interchange(partial, List.of(), List.of(headerError));
        }
        byte[] bytes = text.bytes();
        try (EDIStreamReader reader = factory.createEDIStreamReader(
                new ByteArrayInputStream(bytes, start, bytes.length - start), text.encoding())) {
            return new InterchangeWalker(syntax).walk(reader, partial);
        } catch (EDIStreamException | IOException e) {
            return failure(partial, ErrorCategory.SYNTAX, "The payload could not be read: "
                    + InterchangeWalker.reason(e));
        }
    }

    private static Interchange failure(EnvelopeFacts facts, ErrorCategory category, String message) {
        return new Interchange(facts, List.of(), List.of(new DocumentError(category, Location.ofPayload(), message)));
    }
}
