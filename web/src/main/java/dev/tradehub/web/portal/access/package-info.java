/**
 * The administrators' pages (ADMIN only, by the web.xml constraint and again in every action): portal users and
 * their roles ({@code PortalUsers}), API tokens ({@code ApiTokenRegistry}; a secret is shown once, when issued or
 * rotated) and the audit log ({@code AuditTrail}, paged in the database).
 */
package dev.tradehub.web.portal.access;
