/**
 * Outbound documents: the application service that issues a document to a partner (its envelope from the partner's
 * profile, control numbers, StAEDI's writer), records it in the outbound message log in the caller's transaction,
 * and hands it to delivery. Every outbound document type (acknowledgements now, 855/856/810 later) goes this way.
 */
package dev.tradehub.outbound.documents;
