/**
 * MicroProfile Health checks: live while the application runs; ready when the message log's database, the
 * broker and Odoo answer. Intake keeps accepting while Odoo is down: readiness says so instead of failing it.
 */
package dev.tradehub.web.health;
