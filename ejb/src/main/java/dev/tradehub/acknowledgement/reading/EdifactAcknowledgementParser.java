package dev.tradehub.acknowledgement.reading;

import dev.tradehub.acknowledgement.AcknowledgementCode;
import dev.tradehub.acknowledgement.ReceivedAcknowledgement.InterchangeVerdict;
import dev.tradehub.translation.Standard;
import java.util.List;

/**
 * EDIFACT acknowledgements: each CONTRL message (syntax 3 and 4; their UCI, UCF, UCM, UCS and UCD agree in the
 * elements read here), whatever else the interchange holds. UCI gives the interchange verdict, UCF a group
 * verdict (UCF has no functional identifier: it stays null), UCM a message verdict inside the UCF before it, or,
 * before any UCF, inside one group of null control number that carries the UCI's action. Single use, not
 * thread-safe.
 */
final class EdifactAcknowledgementParser extends AcknowledgementParser {

    private static final String SYNTAX_ERROR = "0085";

    private boolean inContrl;
    private InterchangeVerdict interchange;
    private AcknowledgementCode interchangeCode;
    private GroupDraft group;
    private SetDraft set;
    /** The UCS being read. */
    private String segmentWhere;

    @Override
    Standard standard() {
        return Standard.EDIFACT;
    }

    @Override
    void segment(Fields s) {
        if ("UNH".equals(s.tag())) {
            discard();
            interchange = null;
            interchangeCode = null;
            group = null;
            set = null;
            inContrl = "CONTRL".equals(s.get(2, 1));
            return;
        }
        if (!inContrl) {
            return;
        }
        switch (s.tag()) {
            case "UCI" -> {
                interchangeCode = action(s.get(4));
                String error = error(s, 5);
                interchange = new InterchangeVerdict(s.get(1), interchangeCode,
                        error == null ? List.of() : List.of(error));
            }
            case "UCF" -> {
                set = null;
                group = group(null, s.get(1), action(s.get(4)));
                add(group.errors, error(s, 5));
            }
            case "UCM" -> {
                if (group == null) {
                    group = group(null, null, interchangeCode);
                }
                set = group.set(s.get(2, 1), s.get(1), action(s.get(3)));
                segmentWhere = null;
                add(set.errors, error(s, 4));
            }
            case "UCS" -> {
                if (set != null) {
                    segmentWhere = Sentences.segment(null, s.get(1), null);
                    add(set.errors, Sentences.of(segmentWhere, CodeLists.EDIFACT_SYNTAX, null, SYNTAX_ERROR,
                            s.get(2), null));
                }
            }
            case "UCD" -> {
                if (set != null) {
                    add(set.errors, Sentences.of(Sentences.join(segmentWhere,
                            Sentences.element(s.get(2, 1), s.get(2, 2), s.get(2, 3), null)),
                            CodeLists.EDIFACT_SYNTAX, null, SYNTAX_ERROR, s.get(1), null));
                }
            }
            case "UNT" -> {
                if (interchange != null) {
                    interchange(interchange);
                }
                commit();
                inContrl = false;
            }
            default -> {
                // nothing else in a CONTRL says anything about our interchanges
            }
        }
    }

    /**
     * The syntax error (0085) of UCI, UCF or UCM at {@code element}, located by the service segment tag (0135) and
     * the erroneous data element (S011) that follow it.
     */
    private static String error(Fields s, int element) {
        String tag = s.get(element + 1);
        String where = Sentences.join(tag == null ? null : Sentences.segment(tag, null, null),
                Sentences.element(s.get(element + 2, 1), s.get(element + 2, 2), s.get(element + 2, 3), null));
        return Sentences.of(where, CodeLists.EDIFACT_SYNTAX, null, SYNTAX_ERROR, s.get(element), null);
    }

    /** 0083: 7 acknowledged, 8 received, 4 rejected. */
    private static AcknowledgementCode action(String code) {
        return code == null ? null : switch (code) {
            case "7", "8" -> AcknowledgementCode.ACCEPTED;
            case "4" -> AcknowledgementCode.REJECTED;
            default -> null;
        };
    }
}
