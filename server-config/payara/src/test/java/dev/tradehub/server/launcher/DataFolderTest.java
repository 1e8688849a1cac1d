package dev.tradehub.server.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataFolderTest {

    @TempDir
    Path tmp;

    @Test
    void oneLauncherAtATimeAndTheLockGoesWithIt() {
        Path dir = tmp.resolve("data");
        try (DataFolder first = DataFolder.take(dir)) {
            LaunchFailure second = assertThrows(LaunchFailure.class, () -> DataFolder.take(dir));
            assertTrue(second.getMessage().contains("pid " + ProcessHandle.current().pid()), second.getMessage());
            assertTrue(second.getMessage().contains("-Dtradehub.data-dir"), second.getMessage());
        }
        DataFolder.take(dir).close();
    }

    @Test
    void theTokenIsKeptAcrossStartsUnlessOneIsConfigured() {
        Path dir = tmp.resolve("data");
        String generated;
        try (DataFolder data = DataFolder.take(dir)) {
            DataFolder.KeptSecret first = data.apiToken(Optional.empty());
            assertEquals(DataFolder.KeptSecret.Origin.GENERATED, first.origin());
            assertEquals(48, first.value().length());
            generated = first.value();
        }
        try (DataFolder data = DataFolder.take(dir)) {
            assertEquals(new DataFolder.KeptSecret(generated, DataFolder.KeptSecret.Origin.KEPT), data.apiToken(Optional.empty()));
            assertEquals(new DataFolder.KeptSecret("mine", DataFolder.KeptSecret.Origin.CONFIGURED),
                    data.apiToken(Optional.of("mine")));
        }
        assertNotEquals(DataFolder.newToken(), DataFolder.newToken());
    }

    @Test
    void aResetEmptiesTheFolderButKeepsTheLock() throws IOException {
        Path dir = tmp.resolve("data");
        try (DataFolder data = DataFolder.take(dir)) {
            Files.createDirectories(dir.resolve("db"));
            Files.writeString(dir.resolve("db/tradehub.mv.db"), "rows");
            Files.createDirectories(dir.resolve("broker/journal"));
            data.apiToken(Optional.empty());
            data.clear();
            assertFalse(Files.exists(dir.resolve("db")));
            assertFalse(Files.exists(dir.resolve("broker")));
            assertFalse(Files.exists(dir.resolve(DataFolder.TOKEN_FILE)));
            assertTrue(Files.exists(dir.resolve(DataFolder.LOCK_FILE)));
            assertThrows(LaunchFailure.class, () -> DataFolder.take(dir), "still held after the reset");
        }
    }
}
