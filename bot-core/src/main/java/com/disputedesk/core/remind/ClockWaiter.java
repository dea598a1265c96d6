package com.disputedesk.core.remind;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A {@link Waiter} that sleeps on a condition until the injected clock reaches the wanted instant. A wake that
 * arrives while the scheduler is busy (between two waits) is remembered, so it is never lost. The wait is cut
 * into slices of at most {@code maxSlice}, re-reading the clock each time, so a clock that jumps (NTP) is
 * followed.
 */
public final class ClockWaiter implements Waiter {
    private final Clock clock;
    private final Duration maxSlice;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private boolean woken;

    public ClockWaiter(Clock clock) {
        this(clock, Duration.ofSeconds(30));
    }

    public ClockWaiter(Clock clock, Duration maxSlice) {
        this.clock = clock;
        this.maxSlice = maxSlice;
    }

    @Override
    public void awaitUntil(Instant until) throws InterruptedException {
        lock.lock();
        try {
            while (!woken) {
                Duration left = Duration.between(clock.instant(), until);
                if (left.isNegative() || left.isZero()) {
                    break;
                }
                changed.awaitNanos(Math.min(left.toNanos(), maxSlice.toNanos()));
            }
            woken = false;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void wake() {
        lock.lock();
        try {
            woken = true;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }
}
