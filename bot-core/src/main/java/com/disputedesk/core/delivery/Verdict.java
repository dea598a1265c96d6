package com.disputedesk.core.delivery;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What a platform answered to one try of an outbound message, as a {@link Sender} reads it: taken, try again
 * later, refused for good, or moot (nothing left to do, say an edit of a message that is gone).
 */
public sealed interface Verdict {

    /** The platform took the message. */
    record Sent() implements Verdict {
    }

    /**
     * Try again later. With {@code after} (a 429's retry-after) the same try waits exactly that long and counts
     * no failed try; without it (a 5xx, a timeout, anything unforeseen) the try counts and the {@link Backoff}
     * decides the wait.
     */
    record RetryLater(Optional<Duration> after, String error) implements Verdict {
        public RetryLater {
            Objects.requireNonNull(after, "after");
        }
    }

    /** The same message would fail again (a 4xx): it is kept as failed and the team told. */
    record Refused(Refusal refusal) implements Verdict {
        public Refused {
            Objects.requireNonNull(refusal, "refusal");
        }
    }

    /** Nothing to deliver any more (an edit of a vanished message): dropped, logged. */
    record Moot(String why) implements Verdict {
    }

    static Verdict sent() {
        return new Sent();
    }

    /** A 429: wait as told, then the same again. */
    static Verdict rateLimited(Duration retryAfter) {
        return new RetryLater(Optional.of(retryAfter), "rate limited for " + retryAfter.toMillis() + " ms");
    }

    /** A failed try that may go through later (5xx, timeout). */
    static Verdict failed(String error) {
        return new RetryLater(Optional.empty(), error);
    }

    static Verdict refused(Refusal refusal) {
        return new Refused(refusal);
    }
}
