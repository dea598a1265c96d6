package com.disputedesk.core.remind;

import com.disputedesk.core.chat.Outbox;
import com.disputedesk.core.chat.Outgoing;
import com.disputedesk.core.delivery.Backoff;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a reminder's messages through the outbox. A failure never drops the reminder: it goes back to pending
 * with a backoff that doubles per failure up to {@link SchedulerConfig#retryMax()}.
 */
final class Delivery {
    // Logged under the scheduler's name: operators follow the reminders in one place.
    private static final Logger log = LoggerFactory.getLogger(ReminderScheduler.class);

    private final Outbox outbox;
    private final SchedulerConfig config;

    Delivery(Outbox outbox, SchedulerConfig config) {
        this.outbox = outbox;
        this.config = config;
    }

    /** Sends one message; a failure reschedules the reminder with a backoff (false). */
    boolean send(Reminder r, ClaimedBatch claim, Instant now, Outgoing message) {
        try {
            outbox.send(message);
            return true;
        } catch (RuntimeException e) {
            retry(r, claim, now, e);
            return false;
        }
    }

    /** Hands one message to the outbox; the failure, if it did not take it (the reminder is not rescheduled). */
    Optional<RuntimeException> attempt(Outgoing message) {
        try {
            outbox.send(message);
            return Optional.empty();
        } catch (RuntimeException e) {
            return Optional.of(e);
        }
    }

    /** Puts {@code r} back to pending after its failure {@code e}, one backoff from {@code now}. */
    void retry(Reminder r, ClaimedBatch claim, Instant now, RuntimeException e) {
        int attempts = r.attempts() + 1;
        Duration wait = Backoff.forever(config.retryFirst(), config.retryMax()).after(attempts);
        if (attempts >= 5) {
            log.error("reminder {} of team {} failed {} times; retrying in {}", r.id(), r.team(), attempts, wait, e);
        } else {
            log.warn("reminder {} of team {} failed (attempt {}); retrying in {}: {}", r.id(), r.team(), attempts, wait,
                    e.toString());
        }
        try {
            claim.release(r.id(), now.plus(wait), attempts, Optional.of(String.valueOf(e)));
        } catch (RuntimeException storeFailed) {
            log.error("could not reschedule failed reminder {}; it is retried when its claim expires", r.id(),
                    storeFailed);
        }
    }
}
