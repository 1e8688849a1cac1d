package dev.tradehub.translation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradehub.canonical.DocumentError;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Test helper: the shared translator and the corpus under {@code src/test/resources/edi}. */
final class Corpus {

    static final DocumentTranslator TRANSLATOR = new DocumentTranslator();

    private Corpus() {
    }

    static byte[] bytes(String resource) {
        try (InputStream in = Corpus.class.getResourceAsStream("/edi/" + resource)) {
            assertThat(in).as("corpus file %s", resource).isNotNull();
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Interchange translate(String resource) {
        return TRANSLATOR.translate(bytes(resource));
    }

    /** The only error of a list, asserting there is exactly one. */
    static DocumentError single(java.util.List<DocumentError> errors) {
        assertThat(errors).hasSize(1);
        return errors.get(0);
    }
}
