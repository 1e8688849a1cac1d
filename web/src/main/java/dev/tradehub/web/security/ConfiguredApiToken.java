package dev.tradehub.web.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The API token of {@code tradehub.api.token}, kept for compatibility: it is an ADMIN token. Without one, a random
 * token is made at start and written to the log once. Tokens issued through {@code /api/v1/tokens} are the way to
 * give each system and partner a token of its own.
 */
@ApplicationScoped
public class ConfiguredApiToken {

    private static final Logger LOG = Logger.getLogger(ConfiguredApiToken.class.getName());

    @Inject
    @ConfigProperty(name = "tradehub.api.token")
    private Optional<String> configured;

    private byte[] token;

    @PostConstruct
    void load() {
        String value = configured.filter(t -> !t.isBlank()).orElse(null);
        if (value == null) {
            byte[] random = new byte[24];
            new SecureRandom().nextBytes(random);
            value = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            String generated = value;
            LOG.warning(() -> "No tradehub.api.token configured: this node's API token is " + generated
                    + " (set tradehub.api.token to choose one)");
        }
        token = value.getBytes(StandardCharsets.UTF_8);
    }

    /** Compares in constant time. */
    public boolean accepts(String presented) {
        return presented != null
                && MessageDigest.isEqual(token, presented.trim().getBytes(StandardCharsets.UTF_8));
    }
}
