package com.disputedesk.core.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock tests move by hand. Thread-safe. */
public final class MutableClock extends Clock {
    private volatile Instant now;
    private final ZoneId zone;
    private volatile Runnable onRead = () -> { };

    public MutableClock(Instant start) {
        this(start, ZoneOffset.UTC);
    }

    public MutableClock(Instant start, ZoneId zone) {
        this.now = start;
        this.zone = zone;
    }

    public synchronized void advance(Duration d) {
        now = now.plus(d);
    }

    public void set(Instant instant) {
        now = instant;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId z) {
        return new MutableClock(now, z);
    }

    /**
     * Runs {@code listener} at every read of the time: the crash test's child reports each one as a point where
     * it may be killed, since the desk reads the clock in the middle of its work.
     */
    public void onRead(Runnable listener) {
        onRead = listener;
    }

    @Override
    public Instant instant() {
        onRead.run();
        return now;
    }
}
