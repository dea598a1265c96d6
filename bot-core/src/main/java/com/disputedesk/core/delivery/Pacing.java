package com.disputedesk.core.delivery;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * A platform's send limits kept on our side, so that the delivery service waits instead of earning 429s; also
 * holds a lane back when asked (a retry-after, a backoff). Lanes are the platform's numeric chat or channel ids.
 *
 * <p>Called only under the delivery service's lock: implementations need not be thread-safe.
 */
public interface Pacing {

    /** The earliest instant a message may go to {@code lane}: {@code now} or later. */
    Instant earliest(long lane, Instant now);

    /** A call to {@code lane} starts. */
    void started(long lane);

    /** The call to {@code lane} got its answer (any answer) at {@code at}. */
    void finished(long lane, Instant at);

    /** Holds the lane back until {@code until}. */
    void holdUntil(long lane, Instant until);

    /** Forgets what is kept about a lane with nothing queued (keeps memory flat over many lanes). */
    void forgetIdle(long lane, Instant now);

    /** No limits of our own (the platform library paces itself), only the holds. */
    static Pacing holdsOnly() {
        return new Pacing() {
            private final Map<Long, Instant> notBefore = new HashMap<>();

            @Override
            public Instant earliest(long lane, Instant now) {
                Instant hold = notBefore.get(lane);
                return hold != null && hold.isAfter(now) ? hold : now;
            }

            @Override
            public void started(long lane) {
            }

            @Override
            public void finished(long lane, Instant at) {
            }

            @Override
            public void holdUntil(long lane, Instant until) {
                notBefore.merge(lane, until, (a, b) -> a.isAfter(b) ? a : b);
            }

            @Override
            public void forgetIdle(long lane, Instant now) {
                Instant hold = notBefore.get(lane);
                if (hold != null && !hold.isAfter(now)) {
                    notBefore.remove(lane);
                }
            }
        };
    }
}
