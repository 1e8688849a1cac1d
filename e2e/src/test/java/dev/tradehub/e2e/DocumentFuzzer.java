package dev.tradehub.e2e;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Bad input of every kind, derived from valid documents: mutations, truncations, random bytes, wrong encodings,
 * empty bodies, very long lines, sizes at and over the limit. Deterministic for a seed.
 */
final class DocumentFuzzer {

    private final Random random;
    private final List<byte[]> seeds;
    private final int sizeLimit;

    DocumentFuzzer(long seed, List<byte[]> seeds, int sizeLimit) {
        this.random = new Random(seed);
        this.seeds = seeds;
        this.sizeLimit = sizeLimit;
    }

    /** A case: its kind (for the report) and its bytes. */
    record Case(String kind, byte[] bytes, String contentType) {
    }

    List<Case> fixedCases() {
        List<Case> cases = new ArrayList<>();
        cases.add(new Case("empty", new byte[0], "application/edi-x12"));
        cases.add(new Case("blank", "   \r\n\t ".getBytes(StandardCharsets.US_ASCII), "text/plain"));
        StringBuilder oneLine = new StringBuilder(new String(seeds.get(0), StandardCharsets.US_ASCII)
                .replace("\n", "").replace("\r", ""));
        int at = oneLine.indexOf("CTT*");
        for (int i = 0; i < 1000; i++) {
            oneLine.insert(at, "PO1*" + i + "*1*EA*1.00**VN*FURN_7800~");
        }
        cases.add(new Case("1000 segments in one line", oneLine.toString().getBytes(StandardCharsets.US_ASCII),
                "application/edi-x12"));
        cases.add(new Case("UTF-16", new String(seeds.get(0), StandardCharsets.US_ASCII)
                .getBytes(StandardCharsets.UTF_16), "application/edi-x12"));
        cases.add(new Case("at the size limit", padded(sizeLimit), "application/edi-x12"));
        cases.add(new Case("over the size limit", padded(sizeLimit + 1), "application/edi-x12"));
        cases.add(new Case("JSON array", "[1,2,3]".getBytes(StandardCharsets.UTF_8), "application/json"));
        cases.add(new Case("broken JSON", "{\"poNumber\": ".getBytes(StandardCharsets.UTF_8), "application/json"));
        return cases;
    }

    Case next() {
        byte[] seed = seeds.get(random.nextInt(seeds.size()));
        return switch (random.nextInt(7)) {
            case 0 -> new Case("truncated", java.util.Arrays.copyOf(seed, random.nextInt(seed.length)), type(seed));
            case 1 -> new Case("bytes flipped", flip(seed), type(seed));
            case 2 -> new Case("segment deleted", editSegments(seed, false), type(seed));
            case 3 -> new Case("segment repeated", editSegments(seed, true), type(seed));
            case 4 -> new Case("random bytes", randomBytes(1 + random.nextInt(4000)), "application/octet-stream");
            case 5 -> new Case("delimiter swapped", swapDelimiter(seed), type(seed));
            default -> new Case("Latin-1 noise", latinNoise(seed), type(seed));
        };
    }

    private static String type(byte[] seed) {
        return seed.length > 0 && seed[0] == 'I' ? "application/edi-x12" : "application/edifact";
    }

    private byte[] flip(byte[] seed) {
        byte[] copy = seed.clone();
        int flips = 1 + random.nextInt(8);
        for (int i = 0; i < flips && copy.length > 0; i++) {
            copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
        }
        return copy;
    }

    private byte[] editSegments(byte[] seed, boolean repeat) {
        String text = new String(seed, StandardCharsets.ISO_8859_1);
        char terminator = text.startsWith("ISA") ? '~' : '\'';
        List<String> segments = new ArrayList<>(List.of(text.split(String.valueOf(terminator), -1)));
        if (segments.size() < 3) {
            return seed;
        }
        int index = 1 + random.nextInt(segments.size() - 2);
        if (repeat) {
            segments.add(index, segments.get(index));
        } else {
            segments.remove(index);
        }
        return String.join(String.valueOf(terminator), segments).getBytes(StandardCharsets.ISO_8859_1);
    }

    private byte[] swapDelimiter(byte[] seed) {
        String text = new String(seed, StandardCharsets.ISO_8859_1);
        char from = text.startsWith("ISA") ? '*' : '+';
        char to = "|^!#@".charAt(random.nextInt(5));
        int first = text.indexOf(from, 4 + random.nextInt(Math.max(1, text.length() - 4)));
        return (first < 0 ? text : text.substring(0, first) + to + text.substring(first + 1))
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    private byte[] latinNoise(byte[] seed) {
        String text = new String(seed, StandardCharsets.ISO_8859_1);
        int at = random.nextInt(text.length());
        return (text.substring(0, at) + "Ä\u00e9\u00df\u00ff" + text.substring(at)).getBytes(StandardCharsets.ISO_8859_1);
    }

    private byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    private byte[] padded(int length) {
        byte[] bytes = new byte[length];
        java.util.Arrays.fill(bytes, (byte) ' ');
        byte[] seed = seeds.get(0);
        System.arraycopy(seed, 0, bytes, 0, Math.min(seed.length, length));
        return bytes;
    }
}
