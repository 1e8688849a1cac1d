package dev.tradehub.translation;

/**
 * An identifier in an envelope: X12 ISA05/ISA06 (qualifier, id), GS02/GS03 (no qualifier), EDIFACT
 * UNB 0004/0007.
 *
 * @param qualifier the qualifier as sent (e.g. {@code ZZ}, {@code 01}, {@code 14}), or null when none
 * @param id        the identifier, trimmed of the padding X12 adds
 */
public record PartyId(String qualifier, String id) {

    @Override
    public String toString() {
        return qualifier == null || qualifier.isEmpty() ? id : qualifier + ":" + id;
    }
}
