package com.disputedesk.core.delivery;

import java.time.Duration;

/**
 * What one try of a queued message comes to, from the sender's {@link Verdict}, the tries so far and the
 * {@link Backoff}: a 429 waits its retry-after and tries the same again without counting a try; a failed try
 * backs off and tries again until the attempts are used up, then the message is given up; a refusal is final; a
 * moot message is dropped.
 *
 * @param step  what happens to the message
 * @param tries the failed tries counted so far
 * @param hold  how long the lane is held back before its next message (zero: not at all)
 * @param error why the try failed, or null
 */
record Settlement(Step step, int tries, Duration hold, String error) {

    enum Step {
        DELIVERED,
        /** A 429: wait as told, then the same try again. */
        WAIT,
        /** A failed try with tries left: back off, then again. */
        RETRY,
        GIVE_UP,
        REFUSED,
        /** Nothing left to deliver. */
        DROPPED
    }

    /** Whether the message leaves the queue. */
    boolean ends() {
        return step != Step.WAIT && step != Step.RETRY;
    }

    /** Whether this try counts towards the attempts. */
    boolean countsTry() {
        return step == Step.RETRY || step == Step.GIVE_UP || step == Step.REFUSED;
    }

    /** Judges one try; {@code triesBefore} counts the failed tries before it. */
    static Settlement of(Verdict verdict, int triesBefore, Backoff backoff) {
        if (verdict instanceof Verdict.Sent) {
            return new Settlement(Step.DELIVERED, triesBefore, Duration.ZERO, null);
        }
        if (verdict instanceof Verdict.Moot m) {
            return new Settlement(Step.DROPPED, triesBefore, Duration.ZERO, m.why());
        }
        if (verdict instanceof Verdict.Refused r) {
            return new Settlement(Step.REFUSED, triesBefore + 1, Duration.ZERO, r.refusal().describe());
        }
        Verdict.RetryLater later = (Verdict.RetryLater) verdict;
        if (later.after().isPresent()) {
            return new Settlement(Step.WAIT, triesBefore, later.after().get(), later.error());
        }
        int n = triesBefore + 1;
        return backoff.exhausted(n) ? new Settlement(Step.GIVE_UP, n, Duration.ZERO, later.error())
                : new Settlement(Step.RETRY, n, backoff.after(n), later.error());
    }
}
