/**
 * Accepting a document from any channel: store the raw bytes first (the message log), drop an exact re-send
 * (idempotent receiver on the payload's hash), and enqueue the work in the same transaction, so that no document
 * that was acknowledged can be lost.
 */
package dev.tradehub.intake;
