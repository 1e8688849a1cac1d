package dev.tradehub.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradehub.partner.PartnerProfile;
import dev.tradehub.translation.Standard;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DocumentVersionsTest {

    private static PartnerProfile profile(String standard, List<String> versions) {
        return new PartnerProfile("P", "P", standard, versions, null, true, List.of(), List.of(), List.of(), List.of(),
                Map.of(), null, null, null, null, null, null, null);
    }

    @Test
    void theOrdersOwnVersionIsAnsweredInKind() {
        assertThat(DocumentVersions.of(Standard.X12, "005010", profile("X12", List.of("004010")))).isEqualTo("005010");
        assertThat(DocumentVersions.of(Standard.X12, "004010VICS", profile("X12", List.of()))).isEqualTo("004010");
        assertThat(DocumentVersions.of(Standard.EDIFACT, "D01B", profile("EDIFACT", List.of()))).isEqualTo("D:01B:UN");
        assertThat(DocumentVersions.of(Standard.EDIFACT, "D:96A:UN", profile("EDIFACT", List.of()))).isEqualTo("D:96A:UN");
    }

    @Test
    void anOrderWithoutAnEdiVersionTakesTheProfilesThenTheStandardsDefault() {
        assertThat(DocumentVersions.of(Standard.X12, "canonical-1", profile("X12", List.of("005010")))).isEqualTo("005010");
        assertThat(DocumentVersions.of(Standard.EDIFACT, null, profile("EDIFACT", List.of("D01B")))).isEqualTo("D:01B:UN");
        assertThat(DocumentVersions.of(Standard.X12, null, profile("X12", List.of()))).isEqualTo("004010");
        assertThat(DocumentVersions.of(Standard.EDIFACT, "JSON", profile("EDIFACT", List.of("JSON")))).isEqualTo("D:96A:UN");
    }
}
