package com.disputedesk.telegram;

import java.time.Duration;
import java.util.function.IntSupplier;

/**
 * What a try of a queued call leads to. A 429 waits its retry_after and tries the same again without counting a
 * try; a 5xx or a timeout backs off exponentially and tries again; after {@code sendAttempts} tries the message
 * is given up (marked failed, never dropped silently). A refusal is final, except that a refused edit is simply
 * dropped.
 *
 * <p>Pure decision: {@link OutboxLedger} records the verdict, {@link ChatQueues} applies it.
 */
final class RetryPolicy {
    private final TelegramSettings.Retry retry;

    RetryPolicy(TelegramSettings.Retry retry) {
        this.retry = retry;
    }

    /** What became of a queued call. */
    enum Step {
        DELIVERED,
        /** A 429: wait as told, then the same try again. */
        WAIT,
        /** A failed try with tries left: back off, then again. */
        RETRY,
        GIVE_UP,
        REFUSED,
        /** Telegram refused one of our edits: nothing to show instead. */
        EDIT_DROPPED
    }

    /**
     * The verdict on one try.
     *
     * @param step  what happens to the call
     * @param tries the tries counted so far (for {@link Step#RETRY}, {@link Step#GIVE_UP}, {@link Step#REFUSED})
     * @param hold  how long the chat is held back before its next call (zero: not at all)
     * @param error why the try failed, or null
     */
    record Verdict(Step step, int tries, Duration hold, String error) {

        /** Whether the call leaves the queue. */
        boolean ends() {
            return step != Step.WAIT && step != Step.RETRY;
        }

        /** Whether this try counts towards {@code sendAttempts}. */
        boolean countsTry() {
            return step == Step.RETRY || step == Step.GIVE_UP;
        }
    }

    /**
     * Judges one try of a call. {@code triesBefore} is asked only when the verdict depends on it, since reading it
     * takes the delivery queue's lock.
     */
    Verdict judge(SendOutcome outcome, OutboundMessage m, IntSupplier triesBefore) {
        switch (outcome.outcome()) {
            case DONE:
                return new Verdict(Step.DELIVERED, 0, Duration.ZERO, null);
            case RETRY_SAME:
                return new Verdict(Step.WAIT, 0, outcome.retryAfter(), null);
            case RETRY_COUNTED: {
                int n = triesBefore.getAsInt() + 1;
                if (n >= retry.sendAttempts()) {
                    return new Verdict(Step.GIVE_UP, n, Duration.ZERO, outcome.error());
                }
                return new Verdict(Step.RETRY, n, backoff(n), outcome.error());
            }
            default:
                if (m.kind() == OutboundMessage.Kind.EDIT) {
                    return new Verdict(Step.EDIT_DROPPED, 0, Duration.ZERO, outcome.error());
                }
                return new Verdict(Step.REFUSED, triesBefore.getAsInt() + 1, Duration.ZERO, outcome.error());
        }
    }

    /** The wait after failed try {@code tries}: {@code firstBackoff}, doubling per try, at most {@code maxBackoff}. */
    Duration backoff(int tries) {
        long millis = retry.firstBackoff().toMillis() << Math.min(20, tries - 1);
        return Duration.ofMillis(Math.min(millis, retry.maxBackoff().toMillis()));
    }

    /** How long a chat waits when what became of its call could not be recorded. */
    Duration firstBackoff() {
        return retry.firstBackoff();
    }

    int sendAttempts() {
        return retry.sendAttempts();
    }
}
