package dev.tradehub.messagelog;

import java.util.List;

/** One page of a message-log search, newest first. */
public record MessagePage(List<MessageSummary> items, long total, int page, int size) {
}
