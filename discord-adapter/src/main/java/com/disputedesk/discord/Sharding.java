package com.disputedesk.discord;

import com.disputedesk.core.delivery.Lease;
import com.disputedesk.core.delivery.PublishedCommands;
import java.time.Duration;
import java.util.Objects;

/**
 * How this process shares the bot's gateway shards with other processes on one database. Each shard is a
 * {@link Lease}: a process runs a shard only while it holds the shard's lease and renews it; when the holder stops
 * renewing (stopped or killed) another process whose {@link ShardPlan} names the shard takes it over once the lease
 * has run out. The slash commands are published by whoever runs the shard of the guild (shard 0 for global
 * commands), and only when the declared set differs from the one {@link PublishedCommands} recorded.
 *
 * @param plan          the shards in all and those this process may run
 * @param lease         the shared leases (the database's, or {@link Lease#alone()} for a single process)
 * @param takeOverAfter how long a stopped or killed process's shard lease outlives its last renewal
 * @param published     the command sets published so far
 */
public record Sharding(ShardPlan plan, Lease lease, Duration takeOverAfter, PublishedCommands published) {
    /** How long a shard lease outlives its holder unless configured otherwise. */
    public static final Duration DEFAULT_TAKE_OVER_AFTER = Duration.ofSeconds(30);

    public Sharding {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(lease, "lease");
        Objects.requireNonNull(published, "published");
        if (takeOverAfter.isNegative() || takeOverAfter.isZero()) {
            throw new IllegalArgumentException("the shard lease time must be positive");
        }
    }

    /** One process running every shard of {@code plan}, publishing the commands once per start. */
    public static Sharding alone(ShardPlan plan) {
        return new Sharding(plan, Lease.alone(), DEFAULT_TAKE_OVER_AFTER, PublishedCommands.inMemory());
    }

    /** How often the leases are renewed and free ones looked for: a quarter of the lease time, at least 100 ms. */
    Duration checkEvery() {
        Duration quarter = takeOverAfter.dividedBy(4);
        return quarter.compareTo(Duration.ofMillis(100)) < 0 ? Duration.ofMillis(100) : quarter;
    }
}
