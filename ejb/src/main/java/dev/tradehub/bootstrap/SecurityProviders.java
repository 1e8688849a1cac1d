package dev.tradehub.bootstrap;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.security.Provider;
import java.security.Security;
import java.util.logging.Logger;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * Keeps the JVM-wide BouncyCastle provider ({@code BC}, which as2-lib and SSHD register) the one of this deployment.
 * The provider list belongs to the JVM, not to the application: a provider a former deployment of TradeHub
 * registered outlives it, bound to that deployment's closed class loader, and a later deployment that finds "BC"
 * registered uses it, failing with ClassNotFoundException at its first signature (seen after the run command
 * redeployed into a running server). So TradeHub removes its provider when it is undeployed, and replaces a stale
 * one when it starts.
 */
@Singleton
@Startup
public class SecurityProviders {

    private static final Logger LOG = Logger.getLogger(SecurityProviders.class.getName());

    @PostConstruct
    void registerOurs() {
        Provider registered = Security.getProvider(BouncyCastleProvider.PROVIDER_NAME);
        if (registered != null && !ours(registered)) {
            Security.removeProvider(BouncyCastleProvider.PROVIDER_NAME);
            LOG.info("Replaced the BouncyCastle provider a former deployment left registered");
            registered = null;
        }
        if (registered == null) {
            Security.addProvider(new BouncyCastleProvider());
        }
    }

    @PreDestroy
    void removeOurs() {
        Provider registered = Security.getProvider(BouncyCastleProvider.PROVIDER_NAME);
        if (registered != null && ours(registered)) {
            Security.removeProvider(BouncyCastleProvider.PROVIDER_NAME);
        }
    }

    private static boolean ours(Provider provider) {
        return provider.getClass().getClassLoader() == BouncyCastleProvider.class.getClassLoader();
    }
}
