package dev.tradehub.delivery;

import java.nio.file.Path;
import java.util.Optional;

/** Where a channel's relative folder lies: in TradeHub's data folder ({@code tradehub.data-dir}). */
public final class DataFolder {

    private DataFolder() {
    }

    /** The folder, resolved against the data folder (else the working directory) unless it is absolute. */
    public static Path resolve(Optional<String> dataDir, String folder) {
        Path path = Path.of(folder);
        return path.isAbsolute() ? path : Path.of(dataDir.orElse(System.getProperty("user.dir"))).resolve(path);
    }
}
