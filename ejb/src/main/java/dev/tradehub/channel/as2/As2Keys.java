package dev.tradehub.channel.as2;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.io.ByteArrayInputStream;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * TradeHub's own AS2 identity: its AS2 ID and its key pair, from a PKCS#12 keystore named by the configuration
 * ({@code tradehub.as2.keystore}, {@code .keystore-password}, {@code .key-alias}, {@code tradehub.as2.id}), never by
 * the repository. Read at first use, so that a server without AS2 deploys; a missing or unreadable keystore is an
 * {@link IOException} saying which key to set.
 */
@ApplicationScoped
public class As2Keys {

    @Inject
    @ConfigProperty(name = "tradehub.as2.id")
    Optional<String> ourId;

    @Inject
    @ConfigProperty(name = "tradehub.as2.keystore")
    Optional<String> keystorePath;

    @Inject
    @ConfigProperty(name = "tradehub.as2.keystore-password")
    Optional<String> keystorePassword;

    @Inject
    @ConfigProperty(name = "tradehub.as2.key-alias")
    Optional<String> keyAlias;

    /** The public URL of {@code /as2/mdn}, given to partners as the address of their asynchronous MDNs. */
    @Inject
    @ConfigProperty(name = "tradehub.as2.async-mdn-url")
    Optional<String> asyncMdnUrl;

    private volatile Loaded loaded;

    /** Our default AS2 ID ({@code tradehub.as2.id}). */
    public String ourId() throws IOException {
        return ourId.filter(id -> !id.isBlank()).map(String::trim)
                .orElseThrow(() -> new IOException("AS2 is not configured: set tradehub.as2.id"));
    }

    /** The URL partners post asynchronous MDNs to ({@code tradehub.as2.async-mdn-url}). */
    public String asyncMdnUrl() throws IOException {
        return asyncMdnUrl.filter(url -> !url.isBlank()).map(String::trim).orElseThrow(() -> new IOException(
                "An asynchronous MDN needs tradehub.as2.async-mdn-url (the public URL of /as2/mdn)"));
    }

    public PrivateKey privateKey() throws IOException {
        return load().privateKey();
    }

    public X509Certificate certificate() throws IOException {
        return load().certificate();
    }

    /** The keystore file's bytes (as2-lib's client reads its keys from them). */
    public byte[] keystoreBytes() throws IOException {
        return load().bytes();
    }

    public String keystorePassword() throws IOException {
        return required(keystorePassword, "tradehub.as2.keystore-password");
    }

    public String keyAlias() throws IOException {
        return required(keyAlias, "tradehub.as2.key-alias");
    }

    private Loaded load() throws IOException {
        Loaded current = loaded;
        if (current == null) {
            current = read();
            loaded = current;
        }
        return current;
    }

    private Loaded read() throws IOException {
        Path path = Path.of(required(keystorePath, "tradehub.as2.keystore"));
        String password = keystorePassword();
        String alias = keyAlias();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new IOException("The AS2 keystore " + path + " (tradehub.as2.keystore) cannot be read: " + e, e);
        }
        try {
            KeyStore keyStore = KeyStore.getInstance("PKCS12");
            keyStore.load(new ByteArrayInputStream(bytes), password.toCharArray());
            if (!(keyStore.getKey(alias, password.toCharArray()) instanceof PrivateKey key)
                    || !(keyStore.getCertificate(alias) instanceof X509Certificate certificate)) {
                throw new IOException("The AS2 keystore " + path + " has no private key and certificate under the alias '"
                        + alias + "' (tradehub.as2.key-alias)");
            }
            return new Loaded(bytes, key, certificate);
        } catch (GeneralSecurityException | IOException e) {
            if (e instanceof IOException io && io.getMessage() != null && io.getMessage().startsWith("The AS2")) {
                throw io;
            }
            throw new IOException("The AS2 keystore " + path + " cannot be opened with tradehub.as2.keystore-password: "
                    + e.getMessage(), e);
        }
    }

    private static String required(Optional<String> value, String key) throws IOException {
        return value.filter(v -> !v.isBlank()).orElseThrow(() -> new IOException("AS2 is not configured: set " + key));
    }

    private record Loaded(byte[] bytes, PrivateKey privateKey, X509Certificate certificate) {
    }
}
