package dev.tradehub.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ContentSniffingTest {

    @Test
    void theFirstBytesNameTheStandard() {
        assertThat(type("ISA*00*          *00*", "x")).isEqualTo("application/edi-x12");
        assertThat(type("\uFEFF\r\n  ISA*00*", "x")).as("a byte order mark and blank lines").isEqualTo("application/edi-x12");
        assertThat(type("UNA:+.? 'UNB+UNOC:3", "x")).isEqualTo("application/edifact");
        assertThat(type("UNB+UNOC:3+SENDER", "x")).isEqualTo("application/edifact");
        assertThat(type("{\"poNumber\": \"1\"}", "x")).isEqualTo("application/json");
    }

    @Test
    void aCsvIsNamedByItsFileNameAndAnythingElseHasNoType() {
        assertThat(type("poNumber;sku\n1;A", "orders.CSV")).isEqualTo("text/csv");
        assertThat(type("hello", "notes.bin")).isNull();
        assertThat(type("", null)).isNull();
    }

    private static String type(String content, String name) {
        return ContentSniffing.contentTypeOf(content.getBytes(StandardCharsets.UTF_8), name);
    }
}
