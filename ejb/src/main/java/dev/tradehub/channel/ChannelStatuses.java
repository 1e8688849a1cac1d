package dev.tradehub.channel;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The board every polling channel writes its partners' statuses on, and the API and health read. Kept in memory:
 * it says how the channels fare since this server started (the message log keeps what was taken in).
 */
@ApplicationScoped
public class ChannelStatuses {

    private record Key(String partner, String channel) {
    }

    private final Map<Key, ChannelStatus> statuses = new ConcurrentHashMap<>();

    public void put(ChannelStatus status) {
        statuses.put(new Key(status.partner(), status.channel()), status);
    }

    /** Forgets the channel's partners that are no longer polled on it (their profile lost the settings). */
    public void retain(String channel, Set<String> partners) {
        statuses.keySet().removeIf(key -> key.channel().equals(channel) && !partners.contains(key.partner()));
    }

    public List<ChannelStatus> all() {
        return statuses.values().stream()
                .sorted(Comparator.comparing(ChannelStatus::partner).thenComparing(ChannelStatus::channel)).toList();
    }
}
