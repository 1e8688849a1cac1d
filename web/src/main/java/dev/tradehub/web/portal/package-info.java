/**
 * The admin portal's shell (JSF, PrimeFaces, OmniFaces): the signed-in user and what the role permits, the login
 * page, the dashboard, and the security headers of every response. Its backing beans are thin: each calls the same
 * application service the REST API calls ({@code MessageLog}, {@code MessageReplay}, {@code PartnerRegistry} ...),
 * and checks the caller's role on the server before any change, whatever the page shows. One subpackage per
 * capability: {@code messages}, {@code orders}, {@code partners}, {@code access} (users, tokens, audit).
 */
package dev.tradehub.web.portal;
