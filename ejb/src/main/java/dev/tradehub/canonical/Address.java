package dev.tradehub.canonical;

/**
 * A postal address with the identifier the partner gives it (store number, GLN, DUNS+4).
 */
public record Address(
        String id,
        String name,
        String street,
        String street2,
        String city,
        String state,
        String zip,
        String country) {
}
