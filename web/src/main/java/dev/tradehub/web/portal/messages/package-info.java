/**
 * The portal's message pages: the search (filters in the URL, so every dashboard number is a link to its list;
 * paged in the database through {@code MessageLog.search}), one message with everything known of it, and replay
 * of one message or of a filtered set after a preview, through {@code MessageReplay}.
 */
package dev.tradehub.web.portal.messages;
