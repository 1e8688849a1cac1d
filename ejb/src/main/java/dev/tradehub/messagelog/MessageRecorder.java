package dev.tradehub.messagelog;

import dev.tradehub.canonical.DocumentError;
import dev.tradehub.canonical.ErrorCategory;
import dev.tradehub.canonical.Location;
import dev.tradehub.persistence.messagelog.LoggedMessage;
import dev.tradehub.persistence.messagelog.LoggedTransaction;
import dev.tradehub.persistence.messagelog.MessageError;
import dev.tradehub.persistence.messagelog.MessageStatus;
import dev.tradehub.persistence.messagelog.TimelineEntry;
import dev.tradehub.persistence.messagelog.TransactionState;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.logging.Logger;

/**
 * Writes what happens to a message into its log entry: errors, state changes and the timeline, and one structured
 * log line per event carrying the message id. The only way state changes are recorded.
 */
public final class MessageRecorder {

    private static final Logger LOG = Logger.getLogger("dev.tradehub.messages");

    private final Clock clock;

    public MessageRecorder(Clock clock) {
        this.clock = clock;
    }

    public LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    public void event(LoggedMessage message, String event, String detail) {
        message.addTimelineEntry(new TimelineEntry(message, now(), event, detail));
        LOG.info(() -> "message=" + message.getId() + " event=" + event + (detail == null ? "" : " detail=\"" + detail + "\""));
    }

    public void error(LoggedMessage message, DocumentError error) {
        Location location = error.location();
        message.addError(new MessageError(message, location.transaction(), error.category().name(),
                location.segment(), location.segmentPosition(), location.element(), location.component(),
                error.message(), now()));
    }

    public void errors(LoggedMessage message, Collection<DocumentError> errors) {
        errors.forEach(error -> error(message, error));
    }

    public void transactionState(LoggedMessage message, LoggedTransaction transaction, TransactionState state,
            ErrorCategory category, String detail) {
        transaction.moveTo(state, category == null ? null : category.name(), now());
        // Sets without an envelope (canonical JSON, an order claimed from Odoo) have no control number.
        event(message, "TRANSACTION_" + state.name(), "transaction " + (transaction.getControlNumber() != null
                        ? transaction.getControlNumber() : "#" + transaction.getPosition())
                + (transaction.getPoNumber() == null ? "" : " PO " + transaction.getPoNumber())
                + (detail == null ? "" : ": " + detail));
    }

    public void finish(LoggedMessage message, MessageStatus status, ErrorCategory category, String detail) {
        message.moveTo(status, category == null ? null : category.name(), now());
        event(message, status.name(), detail);
    }
}
