package com.disputedesk.core.delivery;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * How a {@link DeliveryService} shares its outbox with the other processes of the bot on one database. A process
 * claims the rows it sends ({@link OutboxStore.Claim}) and renews the claims while it lives; rows of a shard it does
 * not serve are left to the process that does. A claim that runs out (its holder was killed) or is given back (its
 * holder stopped, or lost the shard) is claimed by a process serving the row's shard.
 *
 * <p>Why claims rather than each process posting whatever it stores: on Discord only the process running a guild's
 * gateway shard has the guild's channels, permissions and privacy in its cache, which both the post and the check
 * that a channel is staff-only need; posting by bare REST from any process would skip that check and JDA's
 * per-route rate limits. So a message goes to the shard's holder through the shared table, whichever process
 * stored it, and is sent once.
 *
 * <p>The one way a message can still go out twice: a process that cannot reach the database for a whole lease
 * (so cannot renew) while it can still reach the platform sends what it holds, while another process, seeing the
 * claims run out, sends them too. A lease of several claim rounds (renewed every quarter of it) keeps that to
 * outages longer than the lease.
 *
 * @param lease  how long a claim outlives its holder's last renewal (read when the service starts and at each claim)
 * @param served the shards this process can serve now (read at every enqueue, claim round and send)
 */
public record OutboxSharing(Supplier<Duration> lease, Supplier<Set<Integer>> served) {
    /** How long a claim outlives a killed holder unless configured otherwise. */
    public static final Duration DEFAULT_LEASE = Duration.ofSeconds(30);
    private static final Duration MOST_BETWEEN_ROUNDS = Duration.ofSeconds(1);
    private static final Duration LEAST_BETWEEN_ROUNDS = Duration.ofMillis(50);

    public OutboxSharing {
        Objects.requireNonNull(lease, "lease");
        Objects.requireNonNull(served, "served");
    }

    /** The lease now; never zero or negative. */
    Duration leaseNow() {
        Duration d = lease.get();
        if (d == null || d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException("the outbox claim lease must be positive");
        }
        return d;
    }

    /** A platform any process can post to (one shard, 0), with the default lease. */
    public static OutboxSharing anyProcess() {
        return new OutboxSharing(() -> DEFAULT_LEASE, () -> Set.of(0));
    }

    /**
     * How often claims are renewed and free rows looked for: a quarter of the lease, at most a second (rows stored
     * by a process that cannot serve them wait no longer than that), at least 50 ms.
     */
    Duration checkEvery() {
        Duration quarter = leaseNow().dividedBy(4);
        if (quarter.compareTo(MOST_BETWEEN_ROUNDS) > 0) {
            return MOST_BETWEEN_ROUNDS;
        }
        return quarter.compareTo(LEAST_BETWEEN_ROUNDS) < 0 ? LEAST_BETWEEN_ROUNDS : quarter;
    }
}
