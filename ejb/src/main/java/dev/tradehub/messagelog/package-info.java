/**
 * The message log as the application writes and reads it: recording outcomes, errors and the timeline of a
 * message, and the read side (views, search) that the API and the admin UI show.
 */
package dev.tradehub.messagelog;
