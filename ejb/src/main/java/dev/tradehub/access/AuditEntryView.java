package dev.tradehub.access;

import java.time.LocalDateTime;

/** One audit entry as people see it. Times are UTC. */
public record AuditEntryView(long id, LocalDateTime occurredAt, String actor, String address, String action,
        String subject, String before, String after) {
}
