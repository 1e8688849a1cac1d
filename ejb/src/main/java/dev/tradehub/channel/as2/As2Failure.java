package dev.tradehub.channel.as2;

import dev.tradehub.canonical.ErrorCategory;

/**
 * Why an AS2 message could not be taken in as sent: the disposition modifier its failure MDN carries (RFC 4130
 * 7.4.3: {@code authentication-failed}, {@code decryption-failed}, {@code unknown-trading-partner} ...) and the error
 * category it is kept under.
 */
public class As2Failure extends Exception {

    private static final long serialVersionUID = 1L;

    private final String dispositionModifier;
    private final ErrorCategory category;

    public As2Failure(String dispositionModifier, ErrorCategory category, String message) {
        super(message);
        this.dispositionModifier = dispositionModifier;
        this.category = category;
    }

    public As2Failure(String dispositionModifier, ErrorCategory category, String message, Throwable cause) {
        super(message, cause);
        this.dispositionModifier = dispositionModifier;
        this.category = category;
    }

    /** The MDN's {@code processed/error:} modifier. */
    public String dispositionModifier() {
        return dispositionModifier;
    }

    public ErrorCategory category() {
        return category;
    }

    /** The cause's own words, for the log and the partner, without a stack trace. */
    static String causeOf(Throwable e) {
        Throwable deepest = e;
        while (deepest.getCause() != null && deepest.getCause() != deepest) {
            deepest = deepest.getCause();
        }
        String message = deepest.getMessage() == null ? deepest.getClass().getSimpleName() : deepest.getMessage();
        return message.length() > 300 ? message.substring(0, 300) : message;
    }
}
