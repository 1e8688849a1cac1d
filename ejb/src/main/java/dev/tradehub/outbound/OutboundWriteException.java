package dev.tradehub.outbound;

/**
 * Why an interchange could not be written: a value the standard does not allow (StAEDI's validation says which
 * segment and element), or settings of the partner that cannot make a valid envelope. Nothing invalid leaves.
 */
public class OutboundWriteException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public OutboundWriteException(String message, Throwable cause) {
        super(message, cause);
    }
}
