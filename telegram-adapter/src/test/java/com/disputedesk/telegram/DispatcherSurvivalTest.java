package com.disputedesk.telegram;

import static com.disputedesk.telegram.MiniDesk.GROUP;
import static com.disputedesk.telegram.MiniDesk.MEMBER;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The delivery loop survives an unexpected failure: replies keep going out after it. */
class DispatcherSurvivalTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    Path dir;
    private Harness h;

    @AfterEach
    void stop() {
        h.close();
    }

    @Test
    void repliesStillGoOutAfterTheDeliveryLoopHitAnUnexpectedFailure() {
        AtomicInteger failuresLeft = new AtomicInteger(3);
        h = new Harness(dir, new FailingInDispatch(failuresLeft));
        h.startMini();
        await().atMost(WAIT).until(() -> failuresLeft.get() <= 0);

        h.fake.text(GROUP, MEMBER, "Ann", "/ping@DeskBot still there");

        await().atMost(WAIT).until(() -> h.fake.textsTo(GROUP).contains("pong still there"));
    }

    /** The system clock, except that it fails the first few times the delivery loop reads it. */
    private static final class FailingInDispatch extends Clock {
        private final AtomicInteger failuresLeft;

        FailingInDispatch(AtomicInteger failuresLeft) {
            this.failuresLeft = failuresLeft;
        }

        @Override
        public Instant instant() {
            if (Thread.currentThread().getName().equals("telegram-dispatch") && failuresLeft.getAndDecrement() > 0) {
                throw new IllegalStateException("injected failure in the delivery loop");
            }
            return Clock.systemUTC().instant();
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
