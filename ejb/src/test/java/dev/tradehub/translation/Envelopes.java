package dev.tradehub.translation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradehub.canonical.DocumentError;
import dev.tradehub.canonical.Location;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Test helper: wraps message bodies (one segment a line, from the segment after ST/UNH to the one before SE/UNT)
 * in a complete interchange with correct counts and control numbers. Positions: X12 ISA 1, GS 2, the first ST 3;
 * EDIFACT UNB 1, the first UNH 2.
 */
final class Envelopes {

    private Envelopes() {
    }

    /** An X12 interchange of one group of {@code docType} sets; {@code version} is GS08 (004010 or 005010). */
    static byte[] x12(String version, String functionalId, String docType, String... bodies) {
        String isaVersion = version.substring(0, 5);
        String repetition = version.startsWith("00501") ? "^" : "U";
        StringBuilder text = new StringBuilder("ISA*00*          *00*          *ZZ*ACMEEDI        *ZZ*TRADEHUB       "
                + "*260115*1030*" + repetition + "*" + isaVersion + "*000000101*0*T*>~\n");
        text.append("GS*").append(functionalId).append("*ACMEEDI*TRADEHUB*20260115*1030*101*X*").append(version)
                .append("~\n");
        for (int i = 0; i < bodies.length; i++) {
            String control = String.format("%04d", i + 1);
            text.append("ST*").append(docType).append('*').append(control).append("~\n").append(bodies[i].strip())
                    .append('\n');
            text.append("SE*").append(segments(bodies[i]) + 2).append('*').append(control).append("~\n");
        }
        text.append("GE*").append(bodies.length).append("*101~\nIEA*1*000000101~\n");
        return text.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** An EDIFACT interchange (syntax UNOC:3, no UNA) of {@code type} messages of directory {@code version}. */
    static byte[] edifact(String type, String version, String... bodies) {
        String release = version.substring(1);
        StringBuilder text = new StringBuilder(
                "UNB+UNOC:3+4012345000016:14+4098765000008:14+260115:1030+REF001'\n");
        for (int i = 0; i < bodies.length; i++) {
            String reference = "M" + (i + 1);
            text.append("UNH+").append(reference).append('+').append(type).append(":D:").append(release)
                    .append(":UN'\n").append(bodies[i].strip()).append('\n');
            text.append("UNT+").append(segments(bodies[i]) + 2).append('+').append(reference).append("'\n");
        }
        text.append("UNZ+").append(bodies.length).append("+REF001'\n");
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static long segments(String body) {
        return body.strip().lines().filter(line -> !line.isBlank()).count();
    }

    /** The errors of the first transaction set of {@code payload}, asserting that only that set is rejected. */
    static List<DocumentError> rejected(byte[] payload) {
        Interchange interchange = Corpus.TRANSLATOR.translate(payload);
        assertThat(interchange.errors()).isEmpty();
        TransactionSet set = interchange.transactionSets().get(0);
        assertThat(set.disposition()).isEqualTo(Disposition.REJECTED);
        assertThat(set.document()).isNull();
        return set.errors();
    }

    /** A location in the first X12 transaction set (ST02 0001). */
    static Location x12At(String tag, Integer position, Integer element) {
        return new Location(tag, position, element, null, "0001");
    }

    /** A location in the first EDIFACT message (UNH 0062 M1). */
    static Location edifactAt(String tag, Integer position, Integer element, Integer component) {
        return new Location(tag, position, element, component, "M1");
    }
}
