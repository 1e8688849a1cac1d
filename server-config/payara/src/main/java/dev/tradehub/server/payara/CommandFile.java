package dev.tradehub.server.payara;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An asadmin command file template from this package's resources, rendered with variables.
 *
 * <p>Two levels of escaping apply: asadmin's option syntax ({@code :} separates list items and
 * properties, so a value's {@code :} must reach the command as {@code \:}) and the command-file
 * tokenizer of {@code multimode}, which eats one backslash (so the file holds {@code \\:}).
 * {@code ${name}} inserts a plain value with both levels applied; {@code ${name!raw}} inserts a value
 * that already is in option syntax (e.g. {@link Profile#postgresqlProperties}) with the file level
 * only. Literal escapes in templates are written {@code \\:}. An unknown variable is an error, so
 * a file never reaches asadmin half-rendered.
 */
public final class CommandFile {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z0-9_.\\-]+)(!raw)?}");

    private CommandFile() {
    }

    /** The template text of a resource of this package (e.g. {@code embedded.asadmin}). */
    public static String template(String resource) {
        try (InputStream in = CommandFile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No command file " + resource + " next to " + CommandFile.class);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Renders a template; throws {@link IllegalArgumentException} naming every missing variable. */
    public static String render(String template, Map<String, String> variables) {
        TreeSet<String> missing = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = variables.get(m.group(1));
            if (value == null) {
                missing.add(m.group(1));
                m.appendReplacement(out, "");
            } else {
                m.appendReplacement(out, Matcher.quoteReplacement(fileText(m.group(2) != null ? value : Asadmin.escape(value))));
            }
        }
        m.appendTail(out);
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("Command file variables not set: " + missing);
        }
        return out.toString();
    }

    /** A value as a command file must hold it so the multimode tokenizer passes it on unchanged. */
    public static String fileText(String value) {
        return value.replace("\\", "\\\\");
    }
}
