package dev.tradehub.messagelog;

import java.time.LocalDateTime;
import java.util.Map;

/**
 * How many messages of one direction came in since a moment, by status, partner and error category: the numbers
 * of the portal's dashboard. Maps iterate in a fixed order (statuses in life-cycle order, partners and categories
 * most frequent first); a message without a partner or a category is counted under no key.
 */
public record MessageActivity(LocalDateTime since, String direction, long total, Map<String, Long> byStatus,
        Map<String, Long> byPartner, Map<String, Long> byCategory) {
}
