package com.disputedesk.core.remind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.disputedesk.core.testkit.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ClockWaiterTest {
    static final Instant T = Instant.parse("2026-03-02T08:00:00Z");

    @Test
    void aWakeThatCameBeforeTheWaitIsNotLost() {
        ClockWaiter waiter = new ClockWaiter(new MutableClock(T));
        waiter.wake();

        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> waiter.awaitUntil(T.plus(Duration.ofDays(1))));
    }

    @Test
    void anInstantAlreadyPassedDoesNotWait() {
        ClockWaiter waiter = new ClockWaiter(new MutableClock(T));

        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> waiter.awaitUntil(T.minusSeconds(1)));
    }

    @Test
    void returnsWhenTheClockReachesTheInstantAndNotBefore() throws Exception {
        MutableClock clock = new MutableClock(T);
        ClockWaiter waiter = new ClockWaiter(clock, Duration.ofMillis(5));
        CompletableFuture<Void> waiting = CompletableFuture.runAsync(() -> {
            try {
                waiter.awaitUntil(T.plus(Duration.ofHours(1)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });

        clock.advance(Duration.ofMinutes(59));
        assertThat(waiting).isNotDone();
        clock.advance(Duration.ofMinutes(1));
        waiting.get(5, TimeUnit.SECONDS);
        assertThat(waiting).isDone();
    }

    @Test
    void aWakeEndsTheWaitEarly() throws Exception {
        ClockWaiter waiter = new ClockWaiter(new MutableClock(T));
        CompletableFuture<Void> waiting = CompletableFuture.runAsync(() -> {
            try {
                waiter.awaitUntil(T.plus(Duration.ofDays(1)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });

        waiter.wake();

        waiting.get(5, TimeUnit.SECONDS);
        assertThat(waiting).isDone();
    }
}
