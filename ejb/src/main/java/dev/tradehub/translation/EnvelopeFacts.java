package dev.tradehub.translation;

/**
 * What the interchange envelope says, as far as it could be read.
 *
 * @param standard           X12, EDIFACT or UNKNOWN
 * @param version            X12: the ISA12 control version (e.g. {@code 00401}); EDIFACT: the syntax identifier and
 *                           version (e.g. {@code UNOA:3}); null when unreadable
 * @param sender             ISA05/06 or UNB 0004 (with 0007)
 * @param receiver           ISA07/08 or UNB 0010 (with 0007)
 * @param interchangeControl ISA13 or UNB 0020
 * @param preparedAt         the envelope's date and time as sent, ISO-8601 local date-time, or null
 * @param test               ISA15 = T, or UNB 0035 = 1
 * @param acknowledgementRequested ISA14 = 1 (a TA1 is asked for), or UNB 0031 = 1 (a CONTRL is asked for)
 */
public record EnvelopeFacts(
        Standard standard,
        String version,
        PartyId sender,
        PartyId receiver,
        String interchangeControl,
        String preparedAt,
        boolean test,
        boolean acknowledgementRequested) {

    public static EnvelopeFacts unknown() {
        return new EnvelopeFacts(Standard.UNKNOWN, null, null, null, null, null, false, false);
    }
}
