package dev.tradehub.channel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import org.eclipse.microprofile.config.Config;

/**
 * The secrets a profile names by configuration key ({@code passwordRef}, {@code privateKeyRef}): their values come
 * from the server's configuration (a system property, an environment variable), never from the profile, and never
 * reach a log or an answer.
 */
@ApplicationScoped
public class ChannelSecrets {

    @Inject
    Config config;

    /** The value of the key the profile's {@code field} names; an IOException says which key is missing. */
    public String resolve(String field, String key) throws IOException {
        if (key == null || key.isBlank()) {
            throw new IOException(field + " is not set");
        }
        return config.getOptionalValue(key.trim(), String.class).filter(value -> !value.isEmpty())
                .orElseThrow(() -> new IOException(field + " names the configuration key '" + key.trim()
                        + "', which has no value on this server: set it (-D" + key.trim() + "=... or its environment"
                        + " variable)"));
    }

    /** The value, or null when the key is unset or has no value. */
    public String lookup(String key) {
        return key == null || key.isBlank() ? null
                : config.getOptionalValue(key.trim(), String.class).filter(value -> !value.isEmpty()).orElse(null);
    }
}
