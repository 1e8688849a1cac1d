package dev.tradehub.server.payara;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The post-boot command file of Payara Micro for in-container tests: deploys the Artemis resource
 * adapter as {@code artemis-ra} and creates the H2 XA pool {@code tradehub-pool} and
 * {@code jdbc/tradehub} in the data folder. Pass it with
 * {@code --postbootcommandfile <file>} (Arquillian: {@code payara.extraMicroOptions}).
 *
 * <p>The template {@code micro-postboot-embedded.asadmin} (in this jar) uses the placeholders
 * {@code ${artemis.rar}} and {@code ${tradehub.data-dir}}: Maven resource filtering can fill it as
 * well as {@link #write(Path, Path, Path)}; {@link #main(String[])} does it from a build.
 */
public final class MicroPostBootFile {

    /** Template resource name beside this class. */
    public static final String TEMPLATE = "micro-postboot-embedded.asadmin";

    private MicroPostBootFile() {
    }

    /** The rendered file text. */
    public static String render(Path rar, Path dataDir) {
        return CommandFile.render(CommandFile.template(TEMPLATE), Map.of(
                "artemis.rar", rar.toAbsolutePath().normalize().toString(),
                "tradehub.data-dir", dataDir.toAbsolutePath().normalize().toString()));
    }

    /** Writes the rendered file to {@code target} and returns it. */
    public static Path write(Path target, Path rar, Path dataDir) {
        try {
            if (target.toAbsolutePath().getParent() != null) {
                Files.createDirectories(target.toAbsolutePath().getParent());
            }
            Files.writeString(target, render(rar, dataDir));
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code java ... MicroPostBootFile <target file> <artemis-ra.rar> <data dir>}. */
    public static void main(String[] args) {
        if (args.length != 3) {
            System.err.println("usage: MicroPostBootFile <target file> <tradehub-artemis-ra.rar> <data dir>");
            System.exit(2);
        }
        System.out.println("Payara Micro post-boot file: " + write(Path.of(args[0]), Path.of(args[1]), Path.of(args[2])));
    }
}
