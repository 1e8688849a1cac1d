package dev.tradehub.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * API token secrets: {@code th_} and 32 random bytes (base64url), stored only as their SHA-256. A token of 256 random
 * bits needs no slow hash: nobody can guess it, and a fast hash lets every request be checked by one index lookup.
 */
final class TokenSecrets {

    static final String MARK = "th_";
    /** How much of a secret is kept in the clear to tell tokens apart: the mark and 7 characters. */
    static final int PREFIX_LENGTH = 10;

    private static final SecureRandom RANDOM = new SecureRandom();

    private TokenSecrets() {
    }

    static String newSecret() {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        return MARK + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    static String prefix(String secret) {
        return secret.substring(0, Math.min(PREFIX_LENGTH, secret.length()));
    }

    /** Whether {@code presented} looks like a registry token (the configured compatibility token may not). */
    static boolean looksIssued(String presented) {
        return presented.startsWith(MARK) && presented.length() > PREFIX_LENGTH;
    }
}
