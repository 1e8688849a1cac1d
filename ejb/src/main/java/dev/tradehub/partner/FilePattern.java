package dev.tradehub.partner;

import java.util.Locale;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A glob over file names, as partners write them in a profile ({@code *.edi}, {@code ORD_????.x12},
 * {@code *.{edi,x12}}, {@code [A-Z]*.txt}): {@code *} any run of characters, {@code ?} one character,
 * {@code [...]} one of a set, {@code {a,b}} one of the alternatives. A name is matched whole, case-insensitively
 * (partners' systems rarely agree on the case of an extension); there are no folders in a name, so {@code *} also
 * spans what would be a separator elsewhere.
 */
public final class FilePattern {

    private final String glob;
    private final Pattern regex;

    private FilePattern(String glob, Pattern regex) {
        this.glob = glob;
        this.regex = regex;
    }

    /** The pattern; null or blank is {@code *} (every file). */
    public static FilePattern of(String glob) {
        String effective = glob == null || glob.isBlank() ? "*" : glob.trim();
        return new FilePattern(effective, Pattern.compile(toRegex(effective),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }

    /** Why the glob is no valid pattern, or null when it is. */
    public static String problem(String glob) {
        try {
            of(glob);
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    public boolean matches(String fileName) {
        return fileName != null && regex.matcher(fileName).matches();
    }

    @Override
    public String toString() {
        return glob;
    }

    private static String toRegex(String glob) {
        StringBuilder regex = new StringBuilder();
        boolean inAlternatives = false;
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            switch (c) {
                case '*' -> regex.append(".*");
                case '?' -> regex.append('.');
                case '[' -> {
                    int end = glob.indexOf(']', i + 2);
                    if (end < 0) {
                        throw new IllegalArgumentException("the file pattern '" + glob + "' opens a [ it never closes");
                    }
                    String set = glob.substring(i + 1, end);
                    regex.append('[').append(set.startsWith("!") ? "^" + quoteSet(set.substring(1)) : quoteSet(set))
                            .append(']');
                    i = end;
                }
                case '{' -> {
                    if (inAlternatives) {
                        throw new IllegalArgumentException("the file pattern '" + glob + "' nests {...}");
                    }
                    inAlternatives = true;
                    regex.append("(?:");
                }
                case '}' -> {
                    if (!inAlternatives) {
                        throw new IllegalArgumentException("the file pattern '" + glob + "' closes a } it never opened");
                    }
                    inAlternatives = false;
                    regex.append(')');
                }
                case ',' -> regex.append(inAlternatives ? "|" : ",");
                case '/', '\\' -> throw new IllegalArgumentException("the file pattern '" + glob
                        + "' names a folder: it matches file names only (the folder is inboundFolder)");
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        if (inAlternatives) {
            throw new IllegalArgumentException("the file pattern '" + glob + "' opens a { it never closes");
        }
        try {
            Pattern.compile(regex.toString());
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("the file pattern '" + glob + "' is not a valid glob: "
                    + e.getDescription().toLowerCase(Locale.ROOT));
        }
        return regex.toString();
    }

    /** Inside [...] only a range dash stays special; the rest is taken literally. */
    private static String quoteSet(String set) {
        StringBuilder quoted = new StringBuilder();
        for (char c : set.toCharArray()) {
            if (c == '-' || Character.isLetterOrDigit(c)) {
                quoted.append(c);
            } else {
                quoted.append('\\').append(c);
            }
        }
        return quoted.toString();
    }
}
