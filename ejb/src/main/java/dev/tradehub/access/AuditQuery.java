package dev.tradehub.access;

import java.time.LocalDateTime;

/**
 * Which audit entries to show; every criterion is optional (null).
 *
 * @param actor exactly this actor
 * @param action exactly this action
 * @param subject subjects containing this text
 * @param from at or after (UTC)
 * @param until before (UTC)
 */
public record AuditQuery(String actor, AuditAction action, String subject, LocalDateTime from, LocalDateTime until) {

    public static final AuditQuery ALL = new AuditQuery(null, null, null, null, null);
}
