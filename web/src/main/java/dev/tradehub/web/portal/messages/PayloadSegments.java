package dev.tradehub.web.portal.messages;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A raw payload cut into its segments for the message page, so that the segment an error points at can be
 * highlighted. X12 names its segment terminator in the ISA (the character after ISA16); EDIFACT in the UNA, or the
 * default apostrophe with {@code ?} as release character. Anything else (JSON, a broken envelope) is one block.
 * Presentation only: the text is shown escaped, as it was received. Public, with its segment type: EL calls
 * methods of public types only.
 */
public final class PayloadSegments {

    /** One segment: its 1-based position in the interchange, its text and whether an error points at it. */
    public record Segment(int position, String text, boolean offending) {

        public String getText() {
            return text;
        }

        public int getPosition() {
            return position;
        }

        public boolean isOffending() {
            return offending;
        }
    }

    /** Where an error is: the segment's tag and its 1-based position in the interchange. */
    record Target(String tag, Integer position) {
    }

    private PayloadSegments() {
    }

    static List<Segment> of(String payload, List<Target> targets) {
        List<String> texts = split(payload);
        // Translation counts positions from the interchange header; EDIFACT's UNA is a service string advice,
        // not a segment, so it does not count.
        int offset = !texts.isEmpty() && texts.get(0).startsWith("UNA") ? 1 : 0;
        Set<Integer> offending = new java.util.HashSet<>();
        for (Target target : targets) {
            if (target.position() == null) {
                continue;
            }
            int index = target.position() - 1 + offset;
            // The tag must agree; when it does not, the neighbour that carries it is the one meant.
            for (int candidate : new int[] {index, index - 1, index + 1}) {
                if (candidate >= 0 && candidate < texts.size()
                        && (target.tag() == null || texts.get(candidate).startsWith(target.tag()))) {
                    offending.add(candidate);
                    break;
                }
            }
        }
        List<Segment> segments = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            segments.add(new Segment(i + 1 - offset, texts.get(i), offending.contains(i)));
        }
        return segments;
    }

    static List<String> split(String payload) {
        String text = payload.strip();
        char terminator;
        Character release = null;
        if (text.startsWith("ISA") && text.length() >= 106) {
            terminator = text.charAt(105);
        } else if (text.startsWith("UNA") && text.length() >= 9) {
            terminator = text.charAt(8);
            release = text.charAt(6) == ' ' ? null : text.charAt(6);
        } else if (text.startsWith("UNB")) {
            terminator = '\'';
            release = '?';
        } else {
            return text.isEmpty() ? List.of() : List.of(text);
        }
        List<String> segments = new ArrayList<>();
        StringBuilder segment = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            segment.append(c);
            if (release != null && c == release && i + 1 < text.length()) {
                segment.append(text.charAt(++i));
            } else if (c == terminator) {
                String done = segment.toString().strip();
                if (!done.isEmpty()) {
                    segments.add(done);
                }
                segment.setLength(0);
            }
        }
        if (!segment.toString().isBlank()) {
            segments.add(segment.toString().strip());
        }
        return segments;
    }
}
