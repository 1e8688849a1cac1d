package dev.tradehub.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderDropTest {

    @TempDir
    Path root;

    @Test
    void theFileAppearsWholeUnderItsNameAndNoTemporaryStays() throws IOException {
        Path folder = root.resolve("acme/out");
        Path written = FolderDrop.write(folder, "acme-997-000000001-0a1b2c3d.x12", "ISA*...~".getBytes(StandardCharsets.US_ASCII));
        assertThat(written).isEqualTo(folder.resolve("acme-997-000000001-0a1b2c3d.x12"));
        assertThat(Files.readString(written)).isEqualTo("ISA*...~");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).containsExactly(written);
        }
    }

    @Test
    void aRepeatedDeliveryReplacesTheFileInsteadOfAddingOne() throws IOException {
        FolderDrop.write(root, "doc.x12", "first".getBytes(StandardCharsets.US_ASCII));
        FolderDrop.write(root, "doc.x12", "second".getBytes(StandardCharsets.US_ASCII));
        try (Stream<Path> files = Files.list(root)) {
            assertThat(files).containsExactly(root.resolve("doc.x12"));
        }
        assertThat(Files.readString(root.resolve("doc.x12"))).isEqualTo("second");
    }

    @Test
    void aFolderThatCannotBeMadeFails() throws IOException {
        Path file = Files.writeString(root.resolve("not-a-folder"), "x");
        assertThatThrownBy(() -> FolderDrop.write(file.resolve("inside"), "doc.x12", new byte[] {1}))
                .isInstanceOf(IOException.class);
    }
}
