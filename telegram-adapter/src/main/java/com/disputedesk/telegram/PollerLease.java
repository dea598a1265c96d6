package com.disputedesk.telegram;

import com.disputedesk.core.delivery.Lease;
import java.time.Duration;
import java.util.Objects;

/**
 * Which of several bot processes on one database polls Telegram: only the holder of the lease does (Telegram answers
 * 409 to a second poller of one bot); the others stand by and take over at most {@code takeOverAfter} (plus one
 * poll) after the holder stops renewing it.
 *
 * @param lease         the shared lease (the database's, or {@link Lease#alone()} for a single process)
 * @param takeOverAfter how long a stopped or killed poller's lease outlives its last renewal
 */
public record PollerLease(Lease lease, Duration takeOverAfter) {
    /** How long a lease outlives its holder unless configured otherwise. */
    public static final Duration DEFAULT_TAKE_OVER_AFTER = Duration.ofSeconds(30);

    public PollerLease {
        Objects.requireNonNull(lease, "lease");
        if (takeOverAfter.isNegative() || takeOverAfter.isZero()) {
            throw new IllegalArgumentException("takeOverAfter must be positive");
        }
    }

    /** For a process that polls alone. */
    public static PollerLease alone() {
        return new PollerLease(Lease.alone(), DEFAULT_TAKE_OVER_AFTER);
    }

    /** How often a standing-by process checks whether the lease is free. */
    Duration standByCheck() {
        Duration quarter = takeOverAfter.dividedBy(4);
        return quarter.compareTo(Duration.ofMillis(100)) < 0 ? Duration.ofMillis(100) : quarter;
    }
}
