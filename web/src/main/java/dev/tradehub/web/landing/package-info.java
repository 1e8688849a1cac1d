/**
 * The landing page at {@code /}: what is running (profile, database, broker, the Odoo in use), where to go (health,
 * OpenAPI, the API) and how many messages are in each status. The admin portal replaces it later.
 */
package dev.tradehub.web.landing;
