package dev.tradehub.channel;

import dev.tradehub.intake.DocumentIntake;
import dev.tradehub.intake.GroupCommitIntake;
import dev.tradehub.intake.IncomingDocument;
import dev.tradehub.intake.Receipt;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.io.IOException;
import java.io.InputStream;

/**
 * Takes a partner's file in: the file came through the partner's own folder or account, so it is the partner's
 * (sent as the partner), its name is the sender's reference, and its content type is named from its bytes. The
 * receipt comes once the document is committed; only then may the channel move the file away, so that a crash in
 * between leaves the file where it was and the next look takes it again as an exact re-send (the idempotent
 * receiver answers it with the first message), never twice.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class FileIntake {


    @EJB
    private GroupCommitIntake intake;

    /** Reads at most the intake's size limit of the file (the rest is counted) and takes it in. */
    public Receipt accept(String partner, String channel, String fileName, InputStream content) throws IOException {
        long limit = intake.maxBytes();
        byte[] kept = content.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit));
        long declared = kept.length;
        byte[] skip = new byte[64 * 1024];
        for (int read; (read = content.read(skip)) > 0; ) {
            declared += read;
        }
        String named = ContentSniffing.contentTypeOf(kept, fileName);
        // A file says nothing of its type: one whose type cannot be named is refused at the door (and kept), so that
        // the channel can put it aside at once instead of leaving it to fail in translation.
        return intake.accept(new IncomingDocument(kept, declared, named == null ? DocumentIntake.UNIDENTIFIED_TYPE : named, channel, partner,
                partner, fileName));
    }
}
