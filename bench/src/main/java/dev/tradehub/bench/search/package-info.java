/**
 * The message log's search at volume: a log filled with 100,000 messages of realistic variety (written straight
 * into the database, in the schema the server made), then the API's message searches timed the way an operator
 * and the portal use them.
 */
package dev.tradehub.bench.search;
