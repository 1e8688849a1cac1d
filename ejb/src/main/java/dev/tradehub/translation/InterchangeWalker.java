package dev.tradehub.translation;

import dev.tradehub.canonical.CanonicalDocument;
import dev.tradehub.canonical.DocumentError;
import dev.tradehub.canonical.ErrorCategory;
import dev.tradehub.canonical.ErrorReason;
import dev.tradehub.canonical.Location;
import dev.tradehub.translation.spi.Messages;
import dev.tradehub.translation.spi.Segment;
import dev.tradehub.translation.spi.StandardSyntax;
import dev.tradehub.translation.spi.StandardSyntax.GroupFacts;
import dev.tradehub.translation.spi.StandardSyntax.Level;
import dev.tradehub.translation.spi.StandardSyntax.Role;
import dev.tradehub.translation.spi.StandardSyntax.TransactionHeader;
import dev.tradehub.translation.spi.TransactionContext;
import dev.tradehub.translation.spi.TransactionMapper;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;
import io.xlate.edi.stream.EDIStreamValidationError;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * One streaming pass over one interchange: follows the envelope, hands each body segment to the mapper of its
 * transaction set, and turns StAEDI's control-structure findings (counts, control numbers, trailers, misplaced
 * segments) and read failures into located, categorised errors. Single use, not thread-safe.
 */
final class InterchangeWalker {

    private static final Logger LOGGER = Logger.getLogger(InterchangeWalker.class.getName());

    /** Guard against hostile payloads: no real interchange comes close. */
    static final int MAX_SEGMENTS = 2_000_000;

    private static final class OpenTransaction {
        final int startPosition;
        final TransactionContext context = new TransactionContext();
        TransactionHeader header;
        TransactionMapper mapper;

        OpenTransaction(int startPosition) {
            this.startPosition = startPosition;
        }
    }

    private final StandardSyntax syntax;
    private final Segment segment = new Segment();
    private final List<DocumentError> errors = new ArrayList<>(2);
    private final List<TransactionSet> transactionSets = new ArrayList<>();
    private final List<FunctionalGroup> groupsRead = new ArrayList<>();
    /** The sets and envelope errors of the open group. */
    private final List<TransactionSet> groupSets = new ArrayList<>();
    private final List<DocumentError> groupErrors = new ArrayList<>(1);
    private Integer declaredTransactions;
    private EnvelopeFacts facts;
    private GroupFacts group;
    private OpenTransaction transaction;
    private boolean started;
    private boolean groupOpen;
    /** Between START_GROUP and END_GROUP (groupOpen ends at the trailer already: what a read failure lacks). */
    private boolean inGroup;
    private int groups;
    private int transactionsInGroup;
    private int transactionsInInterchange;
    private String lastTag;
    private int lastPosition;

    InterchangeWalker(StandardSyntax syntax) {
        this.syntax = syntax;
    }

    Interchange walk(EDIStreamReader reader, EnvelopeFacts fallbackFacts) {
        try {
            boolean more = reader.hasNext();
            while (more) {
                more = onEvent(reader, reader.next()) && reader.hasNext();
            }
        } catch (EDIStreamException | RuntimeException e) {
            failed(e);
        }
        if (inGroup) {
            closeGroup();
        }
        return new Interchange(facts != null ? facts : fallbackFacts, transactionSets, errors, groupsRead);
    }

    /** Handles one event; false stops the walk. */
    private boolean onEvent(EDIStreamReader reader, EDIStreamEvent event) {
        switch (event) {
            case START_SEGMENT -> {
                io.xlate.edi.stream.Location location = reader.getLocation();
                int position = location.getSegmentPosition();
                if (position > MAX_SEGMENTS) {
                    tooLarge();
                    return false;
                }
                segment.begin(location.getSegmentTag(), position);
            }
            case ELEMENT_DATA -> {
                io.xlate.edi.stream.Location location = reader.getLocation();
                segment.put(location.getElementPosition(), location.getComponentPosition(),
                        location.getElementOccurrence(), reader.getText());
            }
            case END_SEGMENT -> onSegment();
            case START_INTERCHANGE -> started = true;
            case START_GROUP -> {
                groupOpen = true;
                inGroup = true;
                groups++;
                transactionsInGroup = 0;
                group = null;
                declaredTransactions = null;
            }
            case END_GROUP -> closeGroup();
            case START_TRANSACTION -> {
                transaction = new OpenTransaction(reader.getLocation().getSegmentPosition());
                transactionsInGroup++;
                transactionsInInterchange++;
            }
            case END_TRANSACTION -> finishTransaction();
            case SEGMENT_ERROR, ELEMENT_DATA_ERROR, ELEMENT_OCCURRENCE_ERROR -> onError(reader, event);
            default -> {
                // composites, loops, binary data and the end of the interchange need nothing
            }
        }
        return true;
    }

    private void onSegment() {
        lastTag = segment.tag();
        lastPosition = segment.position();
        switch (syntax.role(lastTag)) {
            case INTERCHANGE_HEADER -> facts = syntax.interchangeFacts(segment);
            case GROUP_HEADER -> group = syntax.groupFacts(segment);
            case GROUP_TRAILER -> {
                groupOpen = false;
                declaredTransactions = count(segment.get(1));
            }
            case TRANSACTION_HEADER -> {
                if (transaction != null && transaction.header == null) {
                    transaction.header = syntax.transactionHeader(segment, group, facts);
                    transaction.context.controlNumber(transaction.header.controlNumber());
                    transaction.mapper = syntax.mapperFor(transaction.header, transaction.context);
                }
            }
            case BODY -> {
                if (transaction != null && transaction.mapper != null) {
                    transaction.mapper.segment(segment);
                }
            }
            default -> {
                // trailers are checked by StAEDI's control schema; UNA only carries delimiters
            }
        }
    }

    private void finishTransaction() {
        OpenTransaction done = transaction;
        transaction = null;
        if (done == null) {
            return;
        }
        TransactionHeader header = done.header != null ? done.header : new TransactionHeader(null, null, null, null);
        CanonicalDocument document = null;
        Disposition disposition;
        if (done.mapper == null) {
            disposition = done.context.hasErrors() ? Disposition.REJECTED : Disposition.UNSUPPORTED;
        } else {
            document = done.mapper.finish();
            disposition = done.context.hasErrors() || document == null ? Disposition.REJECTED : Disposition.ACCEPTED;
            document = disposition == Disposition.ACCEPTED ? document : null;
        }
        TransactionSet set = new TransactionSet(header.controlNumber(), header.docType(), header.version(),
                group == null ? null : group.controlNumber(), group == null ? null : group.sender(),
                group == null ? null : group.receiver(), document, done.context.errors(), disposition, done.startPosition);
        transactionSets.add(set);
        if (inGroup) {
            groupSets.add(set);
        }
    }

    private void closeGroup() {
        if (group != null || !groupSets.isEmpty() || !groupErrors.isEmpty()) {
            groupsRead.add(new FunctionalGroup(group == null ? null : group.functionalId(),
                    group == null ? null : group.controlNumber(), group == null ? null : group.sender(),
                    group == null ? null : group.receiver(), group == null ? null : group.version(),
                    declaredTransactions, groupSets, groupErrors));
        }
        groupSets.clear();
        groupErrors.clear();
        groupOpen = false;
        inGroup = false;
        group = null;
    }

    private static Integer count(String text) {
        try {
            return text == null ? null : Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private void onError(EDIStreamReader reader, EDIStreamEvent event) {
        EDIStreamValidationError type = reader.getErrorType();
        io.xlate.edi.stream.Location where = reader.getLocation();
        String text = event == EDIStreamEvent.ELEMENT_OCCURRENCE_ERROR ? null : reader.getText();
        String tag = where.getSegmentTag();
        int position = where.getSegmentPosition();
        Integer element = where.getElementPosition() > 0 ? where.getElementPosition() : null;
        Integer component = where.getComponentPosition() > 0 ? where.getComponentPosition() : null;
        String subject = type == EDIStreamValidationError.MANDATORY_SEGMENT_MISSING && text != null ? text : tag;
        Role role = syntax.role(subject);
        String description = describe(type, tag, position, text);
        ErrorReason reason = reasonOf(type);
        if (!role.outerEnvelope() && transaction != null) {
            transaction.context.error(ErrorCategory.SYNTAX, reason, tag, position, element, component, description);
            return;
        }
        ErrorCategory category = role.outerEnvelope() ? ErrorCategory.ENVELOPE : ErrorCategory.SYNTAX;
        DocumentError error = new DocumentError(category, new Location(tag, position, element, component, null),
                Messages.at(tag, position, element, component, description), reason);
        errors.add(error);
        Role at = syntax.role(tag);
        if (inGroup && (at == Role.GROUP_HEADER || at == Role.GROUP_TRAILER)) {
            groupErrors.add(error);
        }
    }

    /** StAEDI's finding in the vocabulary acknowledgements speak (its values follow X12's AK3/AK4 codes). */
    static ErrorReason reasonOf(EDIStreamValidationError type) {
        return switch (type) {
            case UNRECOGNIZED_SEGMENT_ID -> ErrorReason.UNRECOGNIZED_SEGMENT;
            case UNEXPECTED_SEGMENT, IMPLEMENTATION_UNUSED_SEGMENT_PRESENT,
                    IMPLEMENTATION_DEPENDENT_UNUSED_SEGMENT_PRESENT -> ErrorReason.UNEXPECTED_SEGMENT;
            case MANDATORY_SEGMENT_MISSING, IMPLEMENTATION_DEPENDENT_SEGMENT_MISSING,
                    CONDITIONAL_REQUIRED_SEGMENT_MISSING, IMPLEMENTATION_SEGMENT_BELOW_MINIMUM_USE,
                    IMPLEMENTATION_LOOP_OCCURS_UNDER_MINIMUM_TIMES -> ErrorReason.MANDATORY_SEGMENT_MISSING;
            case LOOP_OCCURS_OVER_MAXIMUM_TIMES -> ErrorReason.LOOP_OVER_MAXIMUM;
            case SEGMENT_EXCEEDS_MAXIMUM_USE -> ErrorReason.SEGMENT_OVER_MAXIMUM_USE;
            case SEGMENT_NOT_IN_DEFINED_TRANSACTION_SET -> ErrorReason.SEGMENT_NOT_IN_TRANSACTION;
            case SEGMENT_NOT_IN_PROPER_SEQUENCE -> ErrorReason.SEGMENT_OUT_OF_SEQUENCE;
            case REQUIRED_DATA_ELEMENT_MISSING, IMPLEMENTATION_DEPENDENT_DATA_ELEMENT_MISSING ->
                    ErrorReason.MANDATORY_ELEMENT_MISSING;
            case CONDITIONAL_REQUIRED_DATA_ELEMENT_MISSING -> ErrorReason.CONDITIONAL_ELEMENT_MISSING;
            case TOO_MANY_DATA_ELEMENTS, IMPLEMENTATION_UNUSED_DATA_ELEMENT_PRESENT,
                    IMPLEMENTATION_DEPENDENT_UNUSED_DATA_ELEMENT_PRESENT -> ErrorReason.TOO_MANY_ELEMENTS;
            case EXCLUSION_CONDITION_VIOLATED, SEGMENT_EXCLUSION_CONDITION_VIOLATED -> ErrorReason.EXCLUSION_VIOLATED;
            case TOO_MANY_REPETITIONS, IMPLEMENTATION_TOO_FEW_REPETITIONS -> ErrorReason.TOO_MANY_REPETITIONS;
            case TOO_MANY_COMPONENTS -> ErrorReason.TOO_MANY_COMPONENTS;
            case DATA_ELEMENT_TOO_SHORT -> ErrorReason.VALUE_TOO_SHORT;
            case DATA_ELEMENT_TOO_LONG -> ErrorReason.VALUE_TOO_LONG;
            case INVALID_CHARACTER_DATA, IMPLEMENTATION_PATTERN_MATCH_FAILURE -> ErrorReason.INVALID_CHARACTER;
            case INVALID_CODE_VALUE, IMPLEMENTATION_INVALID_CODE_VALUE -> ErrorReason.INVALID_CODE;
            case INVALID_DATE -> ErrorReason.INVALID_DATE;
            case INVALID_TIME -> ErrorReason.INVALID_TIME;
            case CONTROL_REFERENCE_MISMATCH -> ErrorReason.CONTROL_NUMBER_MISMATCH;
            case CONTROL_COUNT_DOES_NOT_MATCH_ACTUAL_COUNT -> ErrorReason.COUNT_MISMATCH;
            default -> null;
        };
    }

    private String describe(EDIStreamValidationError type, String tag, int position, String text) {
        Level level = syntax.trailerLevel(tag);
        String value = Messages.quote(text);
        return switch (type) {
            case CONTROL_REFERENCE_MISMATCH -> "control number " + value + " does not match "
                    + (level == null ? "its header" : syntax.controlElement(level) + " " + Messages.quote(header(level)));
            case CONTROL_COUNT_DOES_NOT_MATCH_ACTUAL_COUNT -> level == null ? "count " + value + " is wrong"
                    : "count " + value + " does not match the " + actualCount(level, position) + " "
                            + syntax.countedItems(level, groups > 0) + " actually sent";
            case MANDATORY_SEGMENT_MISSING -> "the mandatory segment " + text + " is missing before " + tag;
            case UNEXPECTED_SEGMENT, SEGMENT_NOT_IN_PROPER_SEQUENCE -> "segment " + tag + " is out of place";
            case SEGMENT_NOT_IN_DEFINED_TRANSACTION_SET, UNRECOGNIZED_SEGMENT_ID -> transaction == null
                    ? "segment " + tag + " is outside any transaction set" : "segment " + tag + " is not expected here";
            case SEGMENT_EXCEEDS_MAXIMUM_USE, LOOP_OCCURS_OVER_MAXIMUM_TIMES ->
                    "segment " + tag + " occurs more often than allowed";
            case REQUIRED_DATA_ELEMENT_MISSING, CONDITIONAL_REQUIRED_DATA_ELEMENT_MISSING ->
                    "a required element is missing";
            case DATA_ELEMENT_TOO_SHORT -> "value " + value + " is too short";
            case DATA_ELEMENT_TOO_LONG -> "value " + value + " is too long";
            case INVALID_CHARACTER_DATA -> "value " + value + " contains characters that are not allowed here";
            case INVALID_CODE_VALUE, IMPLEMENTATION_INVALID_CODE_VALUE -> "value " + value + " is not a valid code";
            case INVALID_DATE -> "value " + value + " is not a valid date";
            case INVALID_TIME -> "value " + value + " is not a valid time";
            case TOO_MANY_DATA_ELEMENTS -> "the segment has more elements than allowed";
            case TOO_MANY_COMPONENTS -> "the element has more components than allowed";
            case TOO_MANY_REPETITIONS -> "the element repeats more often than allowed";
            default -> type.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        };
    }

    private String header(Level level) {
        return switch (level) {
            case TRANSACTION -> transaction == null || transaction.header == null ? null
                    : transaction.header.controlNumber();
            case GROUP -> group == null ? null : group.controlNumber();
            case INTERCHANGE -> facts == null ? null : facts.interchangeControl();
        };
    }

    private int actualCount(Level level, int trailerPosition) {
        return switch (level) {
            case TRANSACTION -> transaction == null ? 0 : trailerPosition - transaction.startPosition + 1;
            case GROUP -> transactionsInGroup;
            case INTERCHANGE -> groups > 0 ? groups : transactionsInInterchange;
        };
    }

    private void tooLarge() {
        String text = "The interchange has more than " + MAX_SEGMENTS + " segments: translation stopped";
        if (transaction != null) {
            transaction.context.error(ErrorCategory.SYNTAX, lastTag, text);
            finishTransaction();
        }
        errors.add(new DocumentError(ErrorCategory.SYNTAX, Location.ofSegment(lastTag, lastPosition, null), text));
    }

    private void failed(Exception e) {
        String after = lastTag == null ? "" : " after segment " + lastTag + "[" + lastPosition + "]";
        Location location = lastTag == null ? Location.ofPayload() : Location.ofSegment(lastTag, lastPosition, null);
        if (!started) {
            errors.add(new DocumentError(ErrorCategory.SYNTAX, location, "The payload could not be read as "
                    + syntax.standard() + ": " + reason(e)));
            return;
        }
        boolean endOfInput = isEndOfInput(e);
        List<String> missing = new ArrayList<>(3);
        if (transaction != null && syntax.role(lastTag) == Role.TRANSACTION_TRAILER) {
            finishTransaction(); // the trailer was read: only what follows is missing
        }
        if (transaction != null) {
            missing.add(syntax.trailerTag(Level.TRANSACTION));
            transaction.context.error(ErrorCategory.SYNTAX, ErrorReason.TRAILER_MISSING,
                    syntax.trailerTag(Level.TRANSACTION), null, null, null,
                    "Transaction set " + transaction.context.controlNumber() + " is incomplete: the payload "
                            + (endOfInput ? "ends" : "could not be read") + after);
            finishTransaction();
        }
        if (endOfInput) {
            if (groupOpen) {
                missing.add(syntax.trailerTag(Level.GROUP));
            }
            missing.add(syntax.trailerTag(Level.INTERCHANGE));
            errors.add(new DocumentError(ErrorCategory.ENVELOPE, location, "The interchange ends" + after
                    + " without its trailer" + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing),
                    ErrorReason.TRAILER_MISSING));
        } else {
            errors.add(new DocumentError(ErrorCategory.SYNTAX, location,
                    "The payload could not be read" + after + ": " + reason(e)));
        }
    }

    private static boolean isEndOfInput(Exception e) {
        String message = e.getMessage();
        return message != null && message.contains("Unexpected end of stream");
    }

    /** A readable reason for a read failure: never a stack trace. */
    static String reason(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof CharacterCodingException) {
                return "it contains bytes that are not valid characters in its encoding";
            }
        }
        if (!(e instanceof EDIStreamException)) {
            LOGGER.log(java.util.logging.Level.WARNING, "Internal error while translating an interchange", e);
            return "an internal translation error occurred (logged on the server)";
        }
        String message = e.getMessage() == null ? "unreadable data" : e.getMessage();
        int code = message.indexOf(" - ");
        if (message.startsWith("EDIE") && code > 0) {
            message = message.substring(code + 3);
        }
        return message.length() > 200 ? message.substring(0, 200) + "..." : message;
    }
}
