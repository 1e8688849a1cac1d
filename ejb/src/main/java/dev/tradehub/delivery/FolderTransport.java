package dev.tradehub.delivery;

import dev.tradehub.partner.PartnerProfile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** {@code FOLDER}: the document is written whole into the partner's folder ({@code outbound.folder}). */
@ApplicationScoped
public class FolderTransport implements OutboundTransport {

    /** Where a partner's relative {@code outbound.folder} is resolved. */
    @Inject
    @ConfigProperty(name = "tradehub.data-dir")
    Optional<String> dataDir;

    @Override
    public String name() {
        return "FOLDER";
    }

    @Override
    public Handover handOver(Parcel parcel, PartnerProfile partner) throws IOException {
        String folder = partner.outbound() == null ? null : partner.outbound().folder();
        if (folder == null || folder.isBlank()) {
            throw new IOException("partner " + partner.code() + " has no outbound.folder");
        }
        Path file = FolderDrop.write(DataFolder.resolve(dataDir, folder), parcel.fileName(), parcel.payload());
        return Handover.delivered("written to " + file);
    }
}
