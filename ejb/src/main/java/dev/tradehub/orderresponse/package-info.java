/**
 * Order responses: our answer to a partner's purchase order ({@link dev.tradehub.canonical.OrderResponse}) said in the
 * partner's standard, an X12 855 or an EDIFACT ORDRSP, as the content of an outbound interchange. Issued through
 * {@code outbound.documents} like every document we send.
 */
package dev.tradehub.orderresponse;
