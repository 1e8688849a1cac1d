package dev.tradehub.access;

/** A token just issued: its secret, shown this once and never again, and the token as it is listed. */
public record IssuedToken(String secret, TokenView token) {

    @Override
    public String toString() {
        return "IssuedToken[" + token + "]"; // never the secret, should it be logged
    }
}
