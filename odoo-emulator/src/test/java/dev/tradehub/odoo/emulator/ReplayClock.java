package dev.tradehub.odoo.emulator;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock that stands still at the moment it was last set (the emulator still hands out a later microsecond to
 * each call): a replay sets it to the capture's moments, so that calls fall into the same seconds as in the capture
 * and domains with the capture's literal timestamps select what they selected there.
 */
final class ReplayClock extends Clock {
    private volatile Instant now;

    ReplayClock(String utc) {
        set(utc);
    }

    /** @param utc {@code YYYY-MM-DD HH:MM:SS[.ffffff]}, UTC */
    void set(String utc) {
        now = LocalDateTime.parse(utc.replace(' ', 'T')).toInstant(ZoneOffset.UTC);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
