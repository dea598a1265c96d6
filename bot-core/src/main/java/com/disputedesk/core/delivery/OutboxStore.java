package com.disputedesk.core.delivery;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The durable outbox of one bot on one platform: messages owed to the platform, kept until it has taken them;
 * those refused or given up stay, marked failed with the reason. Payloads are opaque: the adapter encodes its
 * own messages. The lane is the platform's numeric chat or channel id: messages of one lane go in order.
 *
 * <p>Several processes share one outbox. A pending row is sent by the process that holds its {@link Claim}: the
 * one that stored it when it can serve the row's shard, else the first that {@link #claim claims} it. A claim runs
 * out unless its holder renews it, so the rows of a killed process are claimed by another after the lease; a
 * stopped process {@link #unclaim gives its rows back} at once. A row's shard says which processes can serve it
 * (Discord: the gateway shard of the guild; 0 on a platform any process can post to).
 */
public interface OutboxStore {

    /** A stored outbound message. */
    record Queued(long seq, long chatId, String payload, int attempts) {
    }

    /**
     * A process's hold on the rows it sends.
     *
     * @param holder the process's delivery service, unique per run
     * @param until  when the hold runs out unless renewed
     */
    record Claim(String holder, Instant until) {
        public Claim {
            Objects.requireNonNull(holder, "holder");
            Objects.requireNonNull(until, "until");
        }
    }

    /**
     * Stores a message owed to the platform, held by {@code claim} when given (the storing process sends it),
     * else left for {@link #claim}; the returned sequence number orders messages and names this one. Sequence
     * numbers are unique across every process sharing the outbox.
     */
    long enqueue(long chatId, int shard, String payload, Instant at, Claim claim);

    /** Stores a message of shard 0 for {@link #claim} to hand out. */
    default long enqueue(long chatId, String payload, Instant at) {
        return enqueue(chatId, 0, payload, at, null);
    }

    /**
     * Takes up to {@code limit} pending rows of the given shards that nobody holds (never held, given back, or
     * held by a claim that ran out at {@code now}) for {@code claim}'s holder, oldest first, and returns exactly
     * those: two claimants never get the same row.
     */
    List<Queued> claim(Claim claim, Set<Integer> shards, Instant now, int limit);

    /** Extends the holder's claim on every pending row it holds to {@code claim.until()}. */
    void renew(Claim claim);

    /** Gives one row back, unsent, for whichever process serves its shard. */
    void unclaim(long seq, String holder);

    /** Gives every pending row of {@code holder} back, unsent (a clean stop). */
    void unclaim(String holder);

    /** The platform took the message: it is removed. */
    void delivered(long seq);

    /** A try failed and another will follow. */
    void attempted(long seq, int attempts, String error);

    /** Given up or refused: kept, marked failed with the reason, for the operator. */
    void failed(long seq, int attempts, String error);

    /** Messages still owed, oldest first, whoever holds them. */
    List<Queued> pending();

    /** Messages given up on or refused. */
    List<Queued> failed();

    /** The messages this bot keeps up to date, by slot: kept with the outbox, so a restart edits the same ones. */
    MessageSlots slots();
}
