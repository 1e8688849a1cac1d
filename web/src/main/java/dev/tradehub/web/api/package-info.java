/**
 * The REST API under {@code /api/v1}: thin resources that translate HTTP into one call of an application service
 * and its answer back into JSON. Errors are JSON with a category, never a stack trace.
 */
package dev.tradehub.web.api;
