package dev.tradehub.acknowledgement.reading;

import dev.tradehub.acknowledgement.AcknowledgementCode;
import dev.tradehub.acknowledgement.ReceivedAcknowledgement.InterchangeVerdict;
import dev.tradehub.translation.Standard;
import java.util.List;
import java.util.Map;

/**
 * X12 acknowledgements: each TA1 of the interchange, and each 997 or 999 set (AK1, AK2, AK3/IK3, CTX, AK4/IK4,
 * AK5/IK5, AK9), whatever else the interchange holds. Codes 19 to 22 of AK502 and AK905 are read as the
 * acknowledgement's version (GS08, else ISA12) defines them. Single use, not thread-safe.
 */
final class X12AcknowledgementParser extends AcknowledgementParser {

    /** A code of the segment or element note being read, told once its CTX segments are read. */
    private record Note(String element, String code, String value) {
    }

    private String interchangeVersion;
    private String groupVersion;
    private boolean inAcknowledgement;
    private GroupDraft group;
    private SetDraft set;
    /** The AK3/IK3 being read: its location (with its CTX context) and its own code. */
    private String segmentWhere;
    private Note segmentNote;
    /** The AK4/IK4 being read. */
    private String elementWhere;
    private Note elementNote;

    @Override
    Standard standard() {
        return Standard.X12;
    }

    @Override
    void segment(Fields s) {
        String tag = s.tag();
        switch (tag) {
            case "ISA" -> interchangeVersion = s.get(12);
            case "GS" -> groupVersion = s.get(8);
            case "GE" -> groupVersion = null;
            case "TA1" -> interchange(new InterchangeVerdict(s.get(1), interchangeCode(s.get(4)),
                    "000".equals(s.get(5)) || s.get(5) == null ? List.of()
                            : List.of(Sentences.of(null, CodeLists.TA105, null, "TA105", s.get(5), null))));
            case "ST" -> {
                discard();
                closeSet();
                group = null;
                inAcknowledgement = "997".equals(s.get(1)) || "999".equals(s.get(1));
            }
            default -> {
                if (inAcknowledgement) {
                    acknowledgementSegment(tag, s);
                }
            }
        }
    }

    private void acknowledgementSegment(String tag, Fields s) {
        switch (tag) {
            case "AK1" -> {
                closeSet();
                group = group(s.get(1), s.get(2), null);
            }
            case "AK2" -> {
                closeSet();
                set = group == null ? null : group.set(s.get(1), s.get(2), null);
            }
            case "AK3", "IK3" -> {
                flushNotes();
                segmentWhere = Sentences.segment(s.get(1), s.get(2), s.get(3));
                segmentNote = new Note(tag + "04", s.get(4), null);
            }
            case "CTX" -> context(s);
            case "AK4", "IK4" -> {
                flushNotes();
                elementWhere = Sentences.join(segmentWhere, Sentences.element(s.get(1, 1), s.get(1, 2),
                        s.get(1, 3), s.get(2)));
                elementNote = new Note(tag + "03", s.get(3), s.get(4));
            }
            case "AK5", "IK5" -> {
                if (set != null) {
                    flushNotes();
                    set.code = setCode(s.get(1));
                    codes(set.errors, s, tag, 2, CodeLists.X12_SET);
                }
                closeSet();
            }
            case "AK9" -> {
                closeSet();
                if (group != null) {
                    group.code = groupCode(s.get(1));
                    group.included = s.number(2);
                    group.received = s.number(3);
                    group.accepted = s.number(4);
                    codes(group.errors, s, tag, 5, CodeLists.X12_GROUP);
                }
            }
            case "SE" -> {
                closeSet();
                commit();
                group = null;
                inAcknowledgement = false;
            }
            default -> {
                // nothing else in a 997 or 999 says anything about our interchanges
            }
        }
    }

    /** The codes in elements {@code from}..{@code from + 4} (AK502..AK506, AK905..AK909) as sentences. */
    private void codes(List<String> errors, Fields s, String tag, int from, Map<String, String> list) {
        for (int element = from; element < from + 5; element++) {
            add(errors, Sentences.of(null, list, before5010() ? CodeLists.X12_BEFORE_5010 : null,
                    tag + "0" + element, s.get(element), null));
        }
    }

    /** CTX after IK3 tells the segment's context, after IK4 the element's: simply put, in the location. */
    private void context(Fields s) {
        String name = s.get(1, 1);
        if (name == null) {
            return;
        }
        String at = s.get(2) == null ? null : Sentences.join(Sentences.segment(s.get(2), s.get(3), s.get(4)),
                Sentences.element(s.get(5, 1), s.get(5, 2), s.get(5, 3), s.get(6, 1)));
        String context = " (context " + name + (s.get(1, 2) == null ? "" : " " + s.get(1, 2))
                + (at == null ? "" : " at " + at) + ")";
        if (elementWhere != null) {
            elementWhere += context;
        } else if (segmentWhere != null) {
            segmentWhere += context;
        }
    }

    /** Says the segment and element notes read so far (their CTX segments came with them). */
    private void flushNotes() {
        if (set != null && segmentNote != null) {
            add(set.errors, Sentences.of(segmentWhere, CodeLists.X12_SEGMENT, null, segmentNote.element(),
                    segmentNote.code(), null));
        }
        if (set != null && elementNote != null) {
            add(set.errors, Sentences.of(elementWhere, CodeLists.X12_ELEMENT, null, elementNote.element(),
                    elementNote.code(), elementNote.value()));
        }
        segmentNote = null;
        elementNote = null;
        elementWhere = null;
    }

    private void closeSet() {
        flushNotes();
        segmentWhere = null;
        set = null;
    }

    private boolean before5010() {
        String version = groupVersion != null && groupVersion.length() >= 5 ? groupVersion.substring(0, 5)
                : interchangeVersion;
        return version != null && version.compareTo("00501") < 0;
    }

    /** TA104. */
    private static AcknowledgementCode interchangeCode(String code) {
        return code == null ? null : switch (code) {
            case "A" -> AcknowledgementCode.ACCEPTED;
            case "E" -> AcknowledgementCode.ACCEPTED_WITH_ERRORS;
            case "R" -> AcknowledgementCode.REJECTED;
            default -> null;
        };
    }

    /** AK501 / IK501. */
    private static AcknowledgementCode setCode(String code) {
        return code == null ? null : switch (code) {
            case "A" -> AcknowledgementCode.ACCEPTED;
            case "E" -> AcknowledgementCode.ACCEPTED_WITH_ERRORS;
            case "M", "R", "W", "X" -> AcknowledgementCode.REJECTED;
            default -> null;
        };
    }

    /** AK901. */
    private static AcknowledgementCode groupCode(String code) {
        return "P".equals(code) ? AcknowledgementCode.PARTIALLY_ACCEPTED : setCode(code);
    }
}
