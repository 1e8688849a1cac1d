package dev.tradehub.web.portal.messages;

import dev.tradehub.access.Role;
import dev.tradehub.bootstrap.OdooConnection;
import dev.tradehub.messagelog.MessageLog;
import dev.tradehub.messagelog.MessageView;
import dev.tradehub.orchestration.MessageReplay;
import dev.tradehub.web.portal.CurrentUser;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import java.io.Serializable;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.omnifaces.util.Messages;

/**
 * One message as the message page shows it: {@link MessageLog#view} (the same view as {@code GET
 * /api/v1/messages/{id}}), the raw payload cut into segments with the erroneous ones marked, each transaction's
 * canonical document, and replay.
 */
@Named
@ViewScoped
public class MessageDetail implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Larger payloads are shown as their beginning; the full bytes stay one link away. */
    private static final int SHOWN_BYTES = 256 * 1024;

    @EJB
    private transient MessageLog messageLog;

    @EJB
    private transient MessageReplay replay;

    @Inject
    private transient OdooConnection odoo;

    @Inject
    private CurrentUser user;

    private String id;
    private MessageView message;
    private List<PayloadSegments.Segment> segments;
    private boolean payloadCut;

    /** The page's view action: reads the message named by the {@code id} parameter. */
    public void load() {
        message = id == null ? null : messageLog.view(id).orElse(null);
        if (message == null) {
            Messages.addGlobalError("There is no message {0}.", id == null ? "(no id given)" : id);
            return;
        }
        segments = messageLog.payload(id).map(payload -> {
            byte[] bytes = payload.bytes();
            payloadCut = bytes.length > SHOWN_BYTES;
            // EDI is ASCII or Latin-1 by its syntax identifiers; ISO-8859-1 shows every byte as one character.
            String text = new String(bytes, 0, Math.min(bytes.length, SHOWN_BYTES),
                    looksLikeUtf8(bytes) ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
            return PayloadSegments.of(text, message.errors().stream()
                    .map(error -> new PayloadSegments.Target(error.segment(), error.segmentPosition())).toList());
        }).orElse(List.of());
    }

    public void replay() {
        if (!user.permits(Role.OPERATOR, "replay messages")) {
            return;
        }
        switch (replay.replay(id, user.actor())) {
            case QUEUED -> Messages.addGlobalInfo("Message queued for replay; its timeline shows the new attempt.");
            case IN_PROGRESS -> Messages.addGlobalWarn("The message is not finished yet; it will be processed anyway.");
            case NOT_REPLAYABLE -> Messages.addGlobalWarn("This is an order claimed from Odoo: there is nothing to run again.");
            case NOT_FOUND -> Messages.addGlobalError("There is no message {0}.", id);
        }
        load();
    }

    /** The raw payload exactly as received, as a download (the API's payload link needs a bearer token). */
    public void downloadPayload() throws java.io.IOException {
        MessageLog.RawPayload payload = messageLog.payload(id).orElse(null);
        if (payload == null) {
            Messages.addGlobalError("There is no message {0}.", id);
            return;
        }
        org.omnifaces.util.Faces.sendFile(payload.bytes(), id + (payload.contentType() != null
                && payload.contentType().contains("json") ? ".json" : ".edi"), true);
    }

    /** Whether replay applies to the message now (finished); the role is checked again when it is asked for. */
    public boolean isReplayable() {
        return message != null && !List.of("RECEIVED", "RETRY_SCHEDULED", "SENDING").contains(message.status());
    }

    /** Where an error is, in words: {@code PO1 (segment 12) element 3.1, set 0001}, or what of it is known. */
    public String where(MessageView.ErrorView error) {
        StringBuilder where = new StringBuilder();
        if (error.segment() != null) {
            where.append(error.segment());
        }
        if (error.segmentPosition() != null) {
            where.append(" (segment ").append(error.segmentPosition()).append(')');
        }
        if (error.element() != null) {
            where.append(" element ").append(error.element());
            if (error.component() != null) {
                where.append('.').append(error.component());
            }
        }
        if (error.transaction() != null) {
            where.append(where.isEmpty() ? "" : ", ").append("set ").append(error.transaction());
        }
        return where.isEmpty() ? "the whole payload" : where.toString().strip();
    }

    /** The canonical document as indented JSON, for reading. */
    public String pretty(String json) {
        if (json == null) {
            return null;
        }
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            JsonValue value = reader.readValue();
            StringWriter out = new StringWriter();
            try (JsonWriter writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                    .createWriter(out)) {
                writer.write(value);
            }
            return out.toString().strip();
        }
    }

    /** The Odoo record in Odoo's web client (the classic form URL, which Odoo 16 to 19 all open). */
    public String odooLink(MessageView.OdooRecordView record) {
        String base = odoo.url().toString().replaceAll("/+$", "");
        return base + "/web#id=" + record.id() + "&model=" + record.model() + "&view_type=form";
    }

    private static boolean looksLikeUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes, 0, Math.min(bytes.length, SHOWN_BYTES)));
            return true;
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public MessageView getMessage() {
        return message;
    }

    public List<PayloadSegments.Segment> getSegments() {
        return segments;
    }

    public boolean isPayloadCut() {
        return payloadCut;
    }
}
