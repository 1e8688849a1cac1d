package dev.tradehub.intake;

import dev.tradehub.canonical.DocumentError;
import dev.tradehub.canonical.ErrorCategory;
import dev.tradehub.canonical.Location;
import dev.tradehub.messagelog.MessageRecorder;
import dev.tradehub.persistence.messagelog.LoggedMessage;
import dev.tradehub.persistence.messagelog.MessageStatus;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Accepts a document: persist first, then enqueue, in one transaction. An exact re-send (same bytes, hence same
 * sender) answers with the first message's id and status DUPLICATE and is noted on the first message's timeline.
 */
@Stateless
public class DocumentIntake {

    /** Content types a channel may declare; none (or a generic one) means: identify by content. */
    /** Orders as CSV rows, read in the sending partner's layout. */
    public static final String CSV_TYPE = "text/csv";
    /**
     * What a channel that is told no content type (a file) declares when the content names none either: refused at
     * the door, and kept.
     */
    public static final String UNIDENTIFIED_TYPE = "application/x-tradehub-unidentified";
    public static final Set<String> ACCEPTED_TYPES = Set.of("application/edi-x12", "application/edifact",
            "application/edi-edifact", "application/json", "application/octet-stream", "text/plain", CSV_TYPE);

    @PersistenceContext(unitName = "tradehub")
    private EntityManager entityManager;

    @EJB
    private InboundQueue queue;

    @Inject
    @ConfigProperty(name = "tradehub.intake.max-bytes", defaultValue = "10485760")
    private long maxBytes;

    private static final int HASHES_PER_QUERY = 500;

    private final MessageRecorder recorder = new MessageRecorder(Clock.systemUTC());

    /** The largest document accepted, in bytes. */
    public long maxBytes() {
        return maxBytes;
    }

    /** Accepts one document in the caller's transaction. */
    public Receipt accept(IncomingDocument document) {
        return acceptAll(List.of(document)).get(0);
    }

    /**
     * Accepts documents in one transaction (the caller's, or a new one), answering one receipt per document in the
     * same order. A document whose bytes are already stored, by an earlier transaction or earlier in the same list,
     * is an exact re-send.
     */
    public List<Receipt> acceptAll(List<IncomingDocument> documents) {
        List<String> hashes = documents.stream().map(DocumentIntake::sha256).toList();
        Map<String, String> stored = findByPayloadHashes(hashes);
        List<Receipt> receipts = new ArrayList<>(documents.size());
        for (int i = 0; i < documents.size(); i++) {
            IncomingDocument document = documents.get(i);
            String hash = hashes.get(i);
            String first = stored.get(hash);
            if (first != null) {
                LoggedMessage earlier = entityManager.find(LoggedMessage.class, first);
                // A partner re-sends what it got no answer for, typically after a crash that may also have lost the
                // queue entry of a message still RECEIVED: deliver it once more now rather than after the
                // lost-message sweeper's grace time (a spare delivery has no effect: the consumer is idempotent).
                boolean waiting = earlier.getStatus() == MessageStatus.RECEIVED;
                if (waiting) {
                    queue.enqueue(first);
                }
                recorder.event(earlier, "RECEIVED_AGAIN", "the same " + document.declaredSize() + " bytes over "
                        + document.channel() + ": not processed again" + (waiting ? "; still waiting, delivered once more" : ""));
                receipts.add(new Receipt(first, MessageStatus.DUPLICATE, null));
            } else {
                Receipt receipt = store(document, hash);
                stored.put(hash, receipt.messageId());
                receipts.add(receipt);
            }
        }
        return receipts;
    }

    /**
     * Keeps a transmission that its channel could not take in as sent (a bad AS2 signature, a message that cannot be
     * decrypted, an unknown AS2 ID): stored as received, with the error, FAILED and never processed, so that a person
     * sees what came and why it was refused. The same bytes again are noted on the first copy.
     */
    public Receipt refuse(IncomingDocument document, DocumentError error) {
        String hash = sha256(document);
        Optional<String> first = findByPayloadHash(hash);
        if (first.isPresent()) {
            recorder.event(entityManager.find(LoggedMessage.class, first.get()), "RECEIVED_AGAIN", "the same "
                    + document.declaredSize() + " bytes over " + document.channel() + ": refused again ("
                    + error.message() + ")");
            return new Receipt(first.get(), MessageStatus.DUPLICATE, Receipt.Refusal.REFUSED_BY_CHANNEL);
        }
        LoggedMessage message = received(document, hash);
        recorder.error(message, error);
        recorder.finish(message, MessageStatus.FAILED, error.category(), error.message());
        return new Receipt(message.getId(), MessageStatus.FAILED, Receipt.Refusal.REFUSED_BY_CHANNEL);
    }

    private Receipt store(IncomingDocument document, String hash) {
        LoggedMessage message = received(document, hash);
        Receipt.Refusal refusal = refusalOf(document);
        if (refusal != null) {
            DocumentError error = new DocumentError(ErrorCategory.SYNTAX, Location.ofPayload(),
                    refusal == Receipt.Refusal.TOO_LARGE
                            ? "The document has " + document.declaredSize() + " bytes, more than the limit of "
                                    + maxBytes + "; only its first " + document.payload().length + " bytes are kept"
                            : refusal == Receipt.Refusal.UNIDENTIFIED_CONTENT
                            ? "The content is none that TradeHub reads: X12 starts with ISA, EDIFACT with UNA or UNB,"
                                    + " a canonical order with '{', and a CSV batch comes in a file named .csv"
                            : "Content type '" + document.contentType() + "' is not accepted; send one of "
                                    + List.copyOf(ACCEPTED_TYPES));
            recorder.error(message, error);
            recorder.finish(message, MessageStatus.FAILED, error.category(), error.message());
            return new Receipt(message.getId(), MessageStatus.FAILED, refusal);
        }
        queue.enqueue(message.getId());
        return new Receipt(message.getId(), MessageStatus.RECEIVED, null);
    }

    /** The message row of a document as received, persisted, with its RECEIVED event. */
    private LoggedMessage received(IncomingDocument document, String hash) {
        LoggedMessage message = new LoggedMessage(UUID.randomUUID().toString(), recorder.now(), document.channel(),
                document.contentType(), document.payload(), document.declaredSize(), document.truncated(), hash,
                document.partnerHint());
        if (document.senderReference() != null) {
            message.senderReference(document.senderReference().length() > 998
                    ? document.senderReference().substring(0, 998) : document.senderReference());
        }
        if (document.sentAs() != null) {
            message.sentAs(document.sentAs());
            message.assignPartner(document.sentAs()); // its sender sees it at once, even if it cannot be read
        }
        entityManager.persist(message);
        recorder.event(message, "RECEIVED", document.declaredSize() + " bytes over " + document.channel()
                + (document.contentType() == null ? "" : " as " + document.contentType())
                + (document.senderReference() == null ? "" : ", the sender's " + document.senderReference()));
        return message;
    }

    private Map<String, String> findByPayloadHashes(List<String> hashes) {
        Map<String, String> found = new HashMap<>();
        List<String> distinct = hashes.stream().distinct().toList();
        for (int from = 0; from < distinct.size(); from += HASHES_PER_QUERY) {
            List<String> chunk = distinct.subList(from, Math.min(distinct.size(), from + HASHES_PER_QUERY));
            entityManager.createNamedQuery(LoggedMessage.BY_PAYLOAD_HASHES, Object[].class)
                    .setParameter("hashes", chunk).getResultStream()
                    .forEach(row -> found.putIfAbsent((String) row[1], (String) row[0]));
        }
        return found;
    }

    /** The id of the message that holds exactly these bytes, if any. */
    public Optional<String> findByPayloadHash(String hash) {
        return Optional.ofNullable(findByPayloadHashes(List.of(hash)).get(hash));
    }

    private Receipt.Refusal refusalOf(IncomingDocument document) {
        if (document.truncated() || document.declaredSize() > maxBytes) {
            return Receipt.Refusal.TOO_LARGE;
        }
        String type = document.contentType() == null ? null
                : document.contentType().split(";")[0].trim().toLowerCase(Locale.ROOT);
        if (UNIDENTIFIED_TYPE.equals(type)) {
            return Receipt.Refusal.UNIDENTIFIED_CONTENT;
        }
        return type == null || type.isEmpty() || ACCEPTED_TYPES.contains(type) ? null
                : Receipt.Refusal.UNSUPPORTED_CONTENT_TYPE;
    }

    /**
     * The idempotency key of a payload. A refused (truncated) payload gets its declared size mixed in so that two
     * different oversized documents with the same first bytes are not taken for one another.
     */
    public static String sha256(IncomingDocument document) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(document.payload());
            if (document.truncated()) {
                digest.update(("#truncated:" + document.declaredSize()).getBytes(StandardCharsets.US_ASCII));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("The JDK has no SHA-256", e);
        }
    }
}
