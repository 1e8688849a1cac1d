package dev.tradehub.web.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the resource Odoo's automation rules call: Odoo sends no authorization header (transcripts, section 10), so
 * it is authenticated by the webhook secret in its URL instead of the bearer token.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface OdooWebhook {
}
