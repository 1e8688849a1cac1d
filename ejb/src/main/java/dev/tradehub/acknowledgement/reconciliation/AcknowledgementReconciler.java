package dev.tradehub.acknowledgement.reconciliation;

import dev.tradehub.acknowledgement.AcknowledgementCode;
import dev.tradehub.acknowledgement.ReceivedAcknowledgement;
import dev.tradehub.acknowledgement.ReceivedAcknowledgement.GroupVerdict;
import dev.tradehub.acknowledgement.ReceivedAcknowledgement.InterchangeVerdict;
import dev.tradehub.acknowledgement.ReceivedAcknowledgement.SetVerdict;
import dev.tradehub.canonical.DocumentError;
import dev.tradehub.canonical.ErrorCategory;
import dev.tradehub.canonical.Location;
import dev.tradehub.messagelog.MessageRecorder;
import dev.tradehub.persistence.messagelog.AcknowledgementState;
import dev.tradehub.persistence.messagelog.Direction;
import dev.tradehub.persistence.messagelog.LoggedMessage;
import dev.tradehub.persistence.messagelog.LoggedTransaction;
import dev.tradehub.persistence.messagelog.TransactionState;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Applies a partner's acknowledgement to the outbound documents it answers, in the caller's transaction (the one
 * that records the acknowledgement's own message). Interchange verdicts (TA1, UCI) match by interchange control
 * number, group verdicts (AK1, UCF) by group control number, set verdicts (AK2, UCM) by the set's control number
 * within the matched document; a set the acknowledgement does not list takes its group's verdict. A later
 * acknowledgement of the same document replaces the earlier verdict; both stay on the timelines.
 */
@Stateless
public class AcknowledgementReconciler {

    private static final Logger ALERTS = Logger.getLogger("dev.tradehub.alerts");

    @PersistenceContext(unitName = "tradehub")
    private EntityManager entityManager;

    private final MessageRecorder recorder = new MessageRecorder(Clock.systemUTC());

    /**
     * What the acknowledgement matched.
     *
     * @param matched   the outbound messages it answered
     * @param unmatched what in it answers nothing we sent, as sentences
     */
    public record Outcome(List<String> matched, List<String> unmatched) {
    }

    public Outcome reconcile(LoggedMessage acknowledgement, String partner, ReceivedAcknowledgement received) {
        Map<LoggedMessage, Verdict> verdicts = new LinkedHashMap<>();
        List<String> unmatched = new ArrayList<>();
        Map<String, LoggedMessage> byInterchange = new LinkedHashMap<>();
        for (InterchangeVerdict verdict : received.interchanges()) {
            LoggedMessage target = outboundInterchange(partner, verdict.controlNumber());
            if (target == null) {
                unmatched.add("The acknowledgement of interchange " + verdict.controlNumber()
                        + " matches nothing we sent to " + partner);
                continue;
            }
            byInterchange.put(verdict.controlNumber(), target);
            Verdict applied = verdicts.computeIfAbsent(target, t -> new Verdict());
            applied.note(verdict.code(), verdict.errors(), null);
            if (received.groups().isEmpty() || verdict.code() == AcknowledgementCode.REJECTED) {
                // A TA1 alone, or a rejected interchange: its verdict is every set's.
                target.getTransactions().forEach(set -> applied.set(set, verdict.code()));
            }
        }
        for (GroupVerdict group : received.groups()) {
            List<LoggedTransaction> sets = group.controlNumber() == null
                    ? byInterchange.values().stream().flatMap(m -> m.getTransactions().stream()).toList()
                    : outboundGroup(partner, group.controlNumber());
            if (sets.isEmpty()) {
                unmatched.add("The acknowledgement of group " + (group.controlNumber() == null ? "(none)"
                        : group.functionalId() + " " + group.controlNumber()) + " matches nothing we sent to " + partner);
                continue;
            }
            for (LoggedTransaction set : sets) {
                Verdict applied = verdicts.computeIfAbsent(set.getMessage(), t -> new Verdict());
                SetVerdict said = group.sets().stream().filter(s -> sameNumber(s.controlNumber(), set.getControlNumber()))
                        .findFirst().orElse(null);
                AcknowledgementCode code = said != null ? said.code()
                        : group.code() == AcknowledgementCode.PARTIALLY_ACCEPTED ? AcknowledgementCode.ACCEPTED : group.code();
                applied.set(set, code);
                applied.note(code, said == null ? List.of() : said.errors(), set.getControlNumber());
            }
            applied(verdicts, sets).note(group.code() == AcknowledgementCode.PARTIALLY_ACCEPTED
                    ? AcknowledgementCode.ACCEPTED : group.code(), group.errors(), null);
            for (SetVerdict said : group.sets()) {
                if (sets.stream().noneMatch(set -> sameNumber(said.controlNumber(), set.getControlNumber()))) {
                    unmatched.add("The acknowledgement of transaction set " + said.docType() + " " + said.controlNumber()
                            + " in group " + group.controlNumber() + " matches nothing we sent to " + partner);
                }
            }
        }
        verdicts.forEach((target, verdict) -> apply(target, verdict, acknowledgement));
        return new Outcome(verdicts.keySet().stream().map(LoggedMessage::getId).toList(), unmatched);
    }

    private static Verdict applied(Map<LoggedMessage, Verdict> verdicts, List<LoggedTransaction> sets) {
        return verdicts.get(sets.get(0).getMessage());
    }

    private void apply(LoggedMessage target, Verdict verdict, LoggedMessage acknowledgement) {
        entityManager.lock(target, LockModeType.PESSIMISTIC_WRITE);
        AcknowledgementState state = verdict.state();
        verdict.sets.forEach((set, code) -> recorder.transactionState(target, set,
                code == AcknowledgementCode.REJECTED ? TransactionState.REJECTED_BY_PARTNER : TransactionState.ACKNOWLEDGED,
                code == AcknowledgementCode.REJECTED ? ErrorCategory.REJECTED_BY_PARTNER : null,
                "acknowledged " + code + " in message " + acknowledgement.getId()));
        verdict.errors.forEach(error -> recorder.error(target, error));
        target.acknowledge(state, acknowledgement.getId(), recorder.now());
        recorder.event(target, "ACKNOWLEDGEMENT_" + state.name(), acknowledgement.getDocType() + " in message "
                + acknowledgement.getId() + (verdict.errors.isEmpty() ? "" : ": " + verdict.errors.size() + " error(s) reported"));
        if (state == AcknowledgementState.REJECTED) {
            ALERTS.warning(() -> "alert=ACKNOWLEDGEMENT_REJECTED message=" + target.getId() + " partner="
                    + target.getPartnerCode() + " docType=" + target.getDocType() + " interchange="
                    + target.getInterchangeControl() + " by=" + acknowledgement.getId());
        }
    }

    private LoggedMessage outboundInterchange(String partner, String controlNumber) {
        List<LoggedMessage> found = entityManager.createQuery("SELECT m FROM LoggedMessage m WHERE m.partnerCode = :p"
                        + " AND m.direction = :outbound AND m.interchangeControl = :control ORDER BY m.receivedAt DESC",
                        LoggedMessage.class)
                .setParameter("p", partner).setParameter("outbound", Direction.OUTBOUND)
                .setParameter("control", controlNumber).setMaxResults(1).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    /** The sets of our most recent outbound group with this control number (GS06 is written without zeros). */
    private List<LoggedTransaction> outboundGroup(String partner, String controlNumber) {
        String written = controlNumber.replaceFirst("^0+(?=.)", "");
        List<LoggedTransaction> sets = entityManager.createQuery("SELECT t FROM LoggedTransaction t WHERE"
                        + " t.groupControl = :control AND t.message.partnerCode = :p AND t.message.direction = :outbound"
                        + " ORDER BY t.message.receivedAt DESC, t.position", LoggedTransaction.class)
                .setParameter("control", written).setParameter("p", partner)
                .setParameter("outbound", Direction.OUTBOUND).getResultList();
        if (sets.isEmpty()) {
            return sets;
        }
        LoggedMessage newest = sets.get(0).getMessage();
        return sets.stream().filter(set -> set.getMessage() == newest).toList();
    }

    private static boolean sameNumber(String a, String b) {
        return a != null && b != null && a.replaceFirst("^0+(?=.)", "").equals(b.replaceFirst("^0+(?=.)", ""));
    }

    /** What one acknowledgement says of one of our documents. */
    private static final class Verdict {
        final Map<LoggedTransaction, AcknowledgementCode> sets = new LinkedHashMap<>();
        final List<DocumentError> errors = new ArrayList<>();
        boolean rejected;
        boolean withErrors;

        void set(LoggedTransaction set, AcknowledgementCode code) {
            sets.put(set, code);
            rejected |= code == AcknowledgementCode.REJECTED;
        }

        void note(AcknowledgementCode code, List<String> reported, String setControl) {
            rejected |= code == AcknowledgementCode.REJECTED;
            withErrors |= code == AcknowledgementCode.ACCEPTED_WITH_ERRORS || !reported.isEmpty();
            reported.forEach(text -> errors.add(new DocumentError(ErrorCategory.REJECTED_BY_PARTNER,
                    setControl == null ? Location.ofPayload() : Location.ofSegment(null, null, setControl), text)));
        }

        AcknowledgementState state() {
            return rejected ? AcknowledgementState.REJECTED
                    : withErrors ? AcknowledgementState.ACCEPTED_WITH_ERRORS : AcknowledgementState.ACCEPTED;
        }
    }
}
