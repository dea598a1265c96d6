package com.disputedesk.core.delivery;

import java.time.Duration;
import java.util.Objects;

/**
 * The one retry rule of the desk: a failed try waits {@code first}, doubling per try up to {@code max}; after
 * {@code attempts} failed tries the work is given up (kept and reported, never dropped silently). The outbox of
 * every platform uses it for messages, the reminder scheduler for reminders.
 *
 * @param first    the wait after the first failed try
 * @param max      the longest wait
 * @param attempts how many failed tries end in giving up ({@link Integer#MAX_VALUE}: never)
 */
public record Backoff(Duration first, Duration max, int attempts) {
    public Backoff {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(max, "max");
        if (first.isNegative() || first.isZero() || max.compareTo(first) < 0) {
            throw new IllegalArgumentException("a backoff needs 0 < first <= max, got " + first + " and " + max);
        }
        if (attempts < 1) {
            throw new IllegalArgumentException("a backoff needs at least one attempt, got " + attempts);
        }
    }

    /** A backoff that never gives up. */
    public static Backoff forever(Duration first, Duration max) {
        return new Backoff(first, max, Integer.MAX_VALUE);
    }

    /** The wait after failed try {@code tries} (1 for the first): {@code first}, doubling per try, at most {@code max}. */
    public Duration after(int tries) {
        int doublings = Math.min(30, Math.max(0, tries - 1));
        Duration wait = first.multipliedBy(1L << doublings);
        return wait.compareTo(max) > 0 || wait.isNegative() ? max : wait;
    }

    /** Whether {@code tries} failed tries use up the attempts. */
    public boolean exhausted(int tries) {
        return tries >= attempts;
    }
}
