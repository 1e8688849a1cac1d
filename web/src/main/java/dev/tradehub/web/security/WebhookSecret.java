package dev.tradehub.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The secret Odoo's webhooks carry ({@code tradehub.odoo.webhook-secret}); without one, webhooks are refused. */
@ApplicationScoped
public class WebhookSecret {

    @Inject
    @ConfigProperty(name = "tradehub.odoo.webhook-secret")
    private Optional<String> configured;

    public boolean isConfigured() {
        return configured.filter(secret -> !secret.isBlank()).isPresent();
    }

    /** The secret as it goes into a URL's query. */
    public String urlEncoded() {
        return java.net.URLEncoder.encode(configured.orElseThrow().trim(), StandardCharsets.UTF_8);
    }

    /** Compares in constant time. */
    public boolean accepts(String presented) {
        return isConfigured() && presented != null && MessageDigest.isEqual(
                configured.get().trim().getBytes(StandardCharsets.UTF_8), presented.trim().getBytes(StandardCharsets.UTF_8));
    }
}
