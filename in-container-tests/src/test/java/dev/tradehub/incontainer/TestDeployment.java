package dev.tradehub.incontainer;

import java.io.File;
import java.util.Objects;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The web archive every in-container test deploys: TradeHub's modules as libraries, and the emulated Odoo. */
final class TestDeployment {

    private TestDeployment() {
    }

    static WebArchive war(String name) {
        File[] libraries = new File(System.getProperty("tradehub.it.deployment-libs", "target/deployment-libs"))
                .listFiles((dir, file) -> file.endsWith(".jar"));
        return ShrinkWrap.create(WebArchive.class, name)
                .addAsLibraries(Objects.requireNonNull(libraries, "run the build's pre-integration-test phase"))
                .addClasses(EmulatedOdoo.class, TestDeployment.class)
                .addAsWebInfResource(new StringAsset("<beans xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"4.0\""
                        + " bean-discovery-mode=\"annotated\"/>"), "beans.xml");
    }
}
