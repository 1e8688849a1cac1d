package dev.tradehub.web.api;

import dev.tradehub.access.Role;
import dev.tradehub.intake.GroupCommitIntake;
import dev.tradehub.intake.IncomingDocument;
import dev.tradehub.intake.Receipt;
import dev.tradehub.web.security.Allowed;
import dev.tradehub.web.security.CallerPrincipal;
import jakarta.ejb.EJB;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The REST channel adapter: {@code POST /api/v1/documents}. */
@Path("documents")
public class DocumentsResource {

    private static final int READ_CHUNK = 64 * 1024;

    @EJB
    private GroupCommitIntake intake;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send a document (X12, EDIFACT, or a canonical JSON order: the partner of a partner's"
            + " token, or X-TradeHub-Partner)",
            description = "Stores the raw bytes, then processes them asynchronously. Follow the message link.")
    @APIResponse(responseCode = "202", description = "Stored and queued")
    @APIResponse(responseCode = "200", description = "The same bytes were received before: the first message's id")
    @APIResponse(responseCode = "413", description = "Larger than tradehub.intake.max-bytes (logged, not processed)")
    @APIResponse(responseCode = "415", description = "Content type not accepted (logged, not processed)")
    @Allowed(value = Role.OPERATOR, partnerScoped = true)
    public Response send(InputStream body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @HeaderParam(HttpHeaders.CONTENT_LENGTH) Long contentLength,
            @HeaderParam("X-TradeHub-Partner") String partnerHint, @Context SecurityContext security)
            throws IOException {
        IncomingDocument document = read(body, contentType, contentLength, partnerHint,
                CallerPrincipal.of(security).partner().orElse(null));
        Receipt receipt = intake.accept(document);
        return Response.status(statusOf(receipt)).entity(body(receipt).build()).build();
    }

    /**
     * A partner's token sends as that partner: canonical JSON without the header is its own, and whatever the
     * document names, processing refuses it unless it is that partner's (it is kept either way).
     */
    private IncomingDocument read(InputStream body, String contentType, Long contentLength, String partnerHint,
            String sentAs) throws IOException {
        long limit = intake.maxBytes();
        ByteArrayOutputStream kept = new ByteArrayOutputStream(
                (int) Math.min(limit, contentLength == null ? READ_CHUNK : Math.max(contentLength, 0)));
        byte[] buffer = new byte[READ_CHUNK];
        long total = 0;
        int read;
        while ((read = body.read(buffer)) != -1) {
            long room = limit - total;
            if (room > 0) {
                kept.write(buffer, 0, (int) Math.min(read, room));
            }
            total += read;
            if (total > limit) {
                break; // refused anyway: what was read is kept, the rest is not worth receiving
            }
        }
        long declared = contentLength != null && contentLength > total ? contentLength : total;
        String hint = partnerHint == null || partnerHint.isBlank() ? sentAs : partnerHint.trim();
        return new IncomingDocument(kept.toByteArray(), declared, contentType, "rest", hint, sentAs);
    }

    private static int statusOf(Receipt receipt) {
        if (receipt.refusal() == Receipt.Refusal.TOO_LARGE) {
            return 413;
        }
        if (receipt.refusal() == Receipt.Refusal.UNSUPPORTED_CONTENT_TYPE) {
            return 415;
        }
        return receipt.duplicate() ? 200 : 202;
    }

    private static JsonObjectBuilder body(Receipt receipt) {
        String self = "/api/v1/messages/" + receipt.messageId();
        JsonObjectBuilder json = JsonBodies.object()
                .add("id", receipt.messageId())
                .add("status", receipt.status().name())
                .add("links", JsonBodies.object().add("self", self).add("payload", self + "/payload"));
        if (receipt.duplicate()) {
            json.add("errorCategory", "DUPLICATE")
                    .add("message", "The same document was received before as message " + receipt.messageId());
        } else if (receipt.refusal() != null) {
            json.add("errorCategory", "SYNTAX").add("message", receipt.refusal() == Receipt.Refusal.TOO_LARGE
                    ? "The document is larger than the limit; it is logged but not processed"
                    : "The content type is not accepted; send application/edi-x12, application/edifact"
                            + " or application/json (a canonical order)."
                            + " The document is logged but not processed");
        }
        return json;
    }
}
