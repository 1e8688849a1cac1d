package dev.tradehub.channel;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Tells a complete file from one still being written, for a folder that someone else writes into (a watched folder,
 * a remote SFTP folder, the SFTP mailbox's {@code in}). Two conventions, both honoured: a writer that uploads under
 * a temporary name and renames (a name starting with a dot, or ending in {@code .part}, {@code .tmp},
 * {@code .filepart}, {@code .partial}, is never taken), and a writer that does not (a file is taken once its size and
 * time stamp stayed the same for the settle time across two looks).
 */
public final class SettledFiles {

    private static final List<String> TEMPORARY = List.of(".part", ".tmp", ".filepart", ".partial", ".crdownload");

    /** A file as a listing shows it. */
    public record Stamp(long size, long modifiedMillis) {
    }

    private record Seen(Stamp stamp, Instant since) {
    }

    private final Duration settle;
    private final Map<String, Seen> seen = new HashMap<>();

    public SettledFiles(Duration settle) {
        this.settle = settle;
    }

    /** Whether the name is one a writer gives a file it has not finished. */
    public static boolean temporary(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.startsWith(".") || TEMPORARY.stream().anyMatch(lower::endsWith);
    }

    /**
     * The files of this listing that are complete: not temporary, and unchanged since a look at least the settle time
     * ago. Files no longer listed are forgotten.
     */
    public synchronized List<String> settled(Map<String, Stamp> listing, Instant now) {
        seen.keySet().retainAll(listing.keySet());
        List<String> complete = new ArrayList<>();
        listing.forEach((name, stamp) -> {
            if (temporary(name)) {
                return;
            }
            Seen before = seen.get(name);
            if (before == null || !before.stamp().equals(stamp)) {
                seen.put(name, new Seen(stamp, now));
            } else if (!before.since().plus(settle).isAfter(now)) {
                complete.add(name);
            }
        });
        complete.sort(null);
        return complete;
    }

    /** Forgets a file once it was taken (moved or deleted), so that a new file of the same name starts afresh. */
    public synchronized void taken(String name) {
        seen.remove(name);
    }
}
