package com.disputedesk.core.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers one platform's outbound messages durably, in order per chat, within the platform's limits.
 *
 * <p>Every message is written to the {@link OutboxStore} before {@link #enqueue} returns and deleted only once the
 * platform has taken it, so a crash or a stop loses nothing: the next start sends what is left. One dispatcher
 * thread decides what may go now ({@link LaneQueues}: per lane strictly in order, one message in flight, each lane
 * held back by the {@link Pacing}). The platform calls run on a small pool of sender threads, so a slow chat does
 * not hold up the others. The {@link Sender}'s {@link Verdict} and the {@link Backoff} settle each try: a 429
 * waits its retry-after, a 5xx or a timeout backs off and tries again until the attempts are used up, a refusal
 * is final. A message refused or given up stays in the table marked failed with the reason, is logged as an
 * error, and a refusal is handed to {@link DeliveryEvents#refused} so the team is told.
 *
 * <p>Any failure of a dispatch round or of writing the table is logged and the loop goes on after a pause: the
 * messages stay queued, so a passing fault never stops delivery for good.
 *
 * <p>Several processes share the table ({@link OutboxSharing}): each sends only the rows it has claimed. A message is
 * claimed by the process storing it when that process serves its shard, else left for one that does; every
 * {@link OutboxSharing#checkEvery()} a claim round renews this process's claims and takes free rows of the shards it
 * serves (rows never claimed, given back, or held by a killed process whose claim ran out). A message whose shard
 * this process no longer serves when its turn comes is given back unsent. A stop gives back what is left, so
 * another process sends it at once; so every message goes out once, whichever process stored it.
 *
 * @param <M> the platform's outbound message
 */
public final class DeliveryService<M> implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(DeliveryService.class);
    /** The pause after a failed dispatch round, so a lasting fault does not spin the loop. */
    private static final Duration AFTER_FAILURE = Duration.ofMillis(200);

    private final String name;
    private final OutboxStore store;
    private final Codec<M> codec;
    private final Sender<M> sender;
    private final Backoff backoff;
    private final Clock clock;
    private final DeliveryEvents<M> events;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final LaneQueues<M> lanes;
    private final ExecutorService senders;
    private final Thread dispatcher;
    private final OutboxSharing sharing;
    private final String holder;
    private final ScheduledExecutorService claims;
    private volatile boolean running;
    /** Rows taken per claim round at most. */
    private static final int CLAIM_BATCH = 500;

    /**
     * @param name    the platform's name, for the log and the threads ("telegram": telegram-dispatch, telegram-send-N)
     * @param threads how many platform calls may be in flight at once
     */
    public DeliveryService(String name, OutboxStore store, Codec<M> codec, Sender<M> sender, Pacing pacing,
                           Backoff backoff, Clock clock, DeliveryEvents<M> events, int threads) {
        this(name, store, codec, sender, pacing, backoff, clock, events, threads, OutboxSharing.anyProcess());
    }

    /**
     * @param name    the platform's name, for the log and the threads ("telegram": telegram-dispatch, telegram-send-N)
     * @param threads how many platform calls may be in flight at once
     * @param sharing how this process shares the outbox with the bot's other processes
     */
    public DeliveryService(String name, OutboxStore store, Codec<M> codec, Sender<M> sender, Pacing pacing,
                           Backoff backoff, Clock clock, DeliveryEvents<M> events, int threads, OutboxSharing sharing) {
        this.sharing = Objects.requireNonNull(sharing, "sharing");
        this.holder = name + "-" + ProcessHandle.current().pid() + "-" + UUID.randomUUID();
        this.claims = Executors.newSingleThreadScheduledExecutor(named(name + "-claims"));
        this.name = Objects.requireNonNull(name, "name");
        this.store = Objects.requireNonNull(store, "store");
        this.codec = Objects.requireNonNull(codec, "codec");
        this.sender = Objects.requireNonNull(sender, "sender");
        this.backoff = Objects.requireNonNull(backoff, "backoff");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.events = events == null ? DeliveryEvents.none() : events;
        this.lanes = new LaneQueues<>(Objects.requireNonNull(pacing, "pacing"));
        this.senders = Executors.newFixedThreadPool(Math.max(1, threads), named(name + "-send"));
        this.dispatcher = new Thread(this::dispatchLoop, name + "-dispatch");
        this.dispatcher.setDaemon(true);
    }

    /**
     * Claims what an earlier run or another process left in the table for the shards served now, starts sending,
     * and keeps claiming every {@link OutboxSharing#checkEvery()}.
     */
    public void start() {
        lock.lock();
        try {
            running = true;
        } finally {
            lock.unlock();
        }
        claimRound();
        long every = sharing.checkEvery().toMillis();
        claims.scheduleWithFixedDelay(this::safeClaimRound, every, every, TimeUnit.MILLISECONDS);
        dispatcher.start();
    }

    /**
     * Stores the message and schedules it; returns its sequence number once it is durable. A message of a shard
     * this process does not serve is stored unclaimed, for the process that serves it.
     */
    public long enqueue(M message) {
        long lane = codec.lane(message);
        Instant now = clock.instant();
        boolean mine = serves(message);
        long seq = store.enqueue(lane, codec.shard(message), codec.encode(message), now,
                mine ? new OutboxStore.Claim(holder, now.plus(sharing.leaseNow())) : null);
        if (!mine) {
            return seq;
        }
        lock.lock();
        try {
            lanes.add(new Parcel<>(seq, lane, message, 0));
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        return seq;
    }

    private boolean serves(M message) {
        return sharing.served().get().contains(codec.shard(message));
    }

    private void safeClaimRound() {
        try {
            claimRound();
        } catch (RuntimeException e) {
            // The next round tries again; the claims held run out only after the whole lease.
            log.error("{} outbox claim round failed; trying again in {}: {}", name, sharing.checkEvery(),
                    e.toString());
        }
    }

    /** Renews this process's claims and takes the free rows of the shards it serves. */
    private void claimRound() {
        Instant now = clock.instant();
        OutboxStore.Claim claim = new OutboxStore.Claim(holder, now.plus(sharing.leaseNow()));
        store.renew(claim);
        Set<Integer> served = sharing.served().get();
        if (served.isEmpty()) {
            return;
        }
        List<Parcel<M>> taken = new ArrayList<>();
        for (OutboxStore.Queued q : store.claim(claim, served, now, CLAIM_BATCH)) {
            M message = codec.decode(q.payload());
            taken.add(new Parcel<>(q.seq(), codec.lane(message), message, q.attempts()));
        }
        if (taken.isEmpty()) {
            return;
        }
        int added;
        lock.lock();
        try {
            added = lanes.resume(taken);
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        if (added > 0) {
            log.info("took {} {} message(s) to send, queued by an earlier run or another process", added, name);
        }
    }

    /** Messages not yet settled, the ones in flight included. */
    public int backlog() {
        lock.lock();
        try {
            return lanes.size();
        } finally {
            lock.unlock();
        }
    }

    private void dispatchLoop() {
        lock.lock();
        try {
            while (running) {
                long waitNanos;
                try {
                    Instant now = clock.instant();
                    Instant next = lanes.dispatch(now, p -> senders.execute(() -> deliver(p)));
                    waitNanos = next == null ? TimeUnit.SECONDS.toNanos(1)
                            : Math.max(TimeUnit.MILLISECONDS.toNanos(1), Duration.between(now, next).toNanos());
                } catch (RuntimeException e) {
                    log.error("{} delivery round failed; trying again in {}: {}", name, AFTER_FAILURE, e.toString());
                    waitNanos = AFTER_FAILURE.toNanos();
                }
                changed.awaitNanos(waitNanos);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            lock.unlock();
        }
    }

    private void deliver(Parcel<M> p) {
        try {
            deliverOnce(p);
        } catch (RuntimeException e) {
            // Not even the time could be read: free the lane, the message stays at its head for the next round.
            log.error("delivering {} message {} failed unexpectedly: {}", name, p.seq(), e.toString());
            lock.lock();
            try {
                lanes.free(p.lane());
                changed.signalAll();
            } finally {
                lock.unlock();
            }
        }
    }

    private void deliverOnce(Parcel<M> p) {
        if (!serves(p.message())) {
            // The shard moved to another process since this one claimed the message: that process sends it.
            store.unclaim(p.seq(), holder);
            log.info("handed {} message {} to {} to the process that serves its shard now", name, p.seq(), p.lane());
            lock.lock();
            try {
                lanes.handBack(p);
                changed.signalAll();
            } finally {
                lock.unlock();
            }
            return;
        }
        Verdict verdict;
        try {
            verdict = Objects.requireNonNull(sender.send(p.message()), "a sender's verdict");
        } catch (RuntimeException e) {
            verdict = Verdict.failed(e.toString());
        }
        Instant now = clock.instant();
        lock.lock();
        try {
            lanes.finished(p.lane(), now);
        } finally {
            lock.unlock();
        }
        try {
            Settlement s = Settlement.of(verdict, triesOf(p), backoff);
            record(p, s, verdict, now);
            lock.lock();
            try {
                lanes.settled(p, s, now);
                changed.signalAll();
            } finally {
                lock.unlock();
            }
        } catch (RuntimeException e) {
            // The table could not be written: keep the message queued in memory and try again later.
            log.error("could not record delivery of {} message {}: {}", name, p.seq(), e.toString());
            lock.lock();
            try {
                lanes.release(p.lane(), now.plus(backoff.first()));
                changed.signalAll();
            } finally {
                lock.unlock();
            }
        }
    }

    private int triesOf(Parcel<M> p) {
        lock.lock();
        try {
            return lanes.triesOf(p);
        } finally {
            lock.unlock();
        }
    }

    /** Writes the settlement in the table and the log; throws if the table cannot be written. */
    private void record(Parcel<M> p, Settlement s, Verdict verdict, Instant now) {
        switch (s.step()) {
            case DELIVERED -> {
                store.delivered(p.seq());
                events.delivered(p.message(), now);
            }
            case WAIT -> log.warn("{} asked to wait {} ms before the next message to {}", name, s.hold().toMillis(),
                    p.lane());
            case RETRY -> {
                store.attempted(p.seq(), s.tries(), s.error());
                log.warn("{} message {} to {} failed (try {} of {}), retrying in {} ms: {}", name, p.seq(), p.lane(),
                        s.tries(), backoff.attempts(), s.hold().toMillis(), s.error());
            }
            case GIVE_UP -> {
                store.failed(p.seq(), s.tries(), s.error());
                log.error("GAVE UP on {} message {} to {} after {} tries (kept in the outbox as failed): {}", name,
                        p.seq(), p.lane(), s.tries(), s.error());
            }
            case DROPPED -> {
                store.delivered(p.seq());
                log.info("dropped {} message {} to {}: {}", name, p.seq(), p.lane(), s.error());
            }
            case REFUSED -> {
                store.failed(p.seq(), s.tries(), "refused: " + s.error());
                log.error("{} REFUSED message {} to {} (kept in the outbox as failed): {}", name, p.seq(), p.lane(),
                        s.error());
                try {
                    events.refused(p.message(), ((Verdict.Refused) verdict).refusal());
                } catch (RuntimeException e) {
                    log.error("could not tell the team that {} refused message {}: {}", name, p.seq(), e.toString());
                }
            }
            default -> throw new IllegalStateException("unknown step " + s.step());
        }
    }

    /**
     * Waits up to {@code drain} for the queue to empty, then stops. Whatever is still queued stays in the table
     * and goes out on the next start.
     */
    public void close(Duration drain) {
        long deadline = System.nanoTime() + drain.toNanos();
        lock.lock();
        try {
            while (running && lanes.size() > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                changed.awaitNanos(Math.min(left, TimeUnit.MILLISECONDS.toNanos(50)));
            }
            int left = lanes.size();
            if (left > 0) {
                log.warn("stopping with {} {} message(s) still queued; they stay in the outbox and are sent on the "
                        + "next start", left, name);
            }
            running = false;
            changed.signalAll();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            lock.unlock();
        }
        claims.shutdownNow();
        senders.shutdown();
        try {
            if (!senders.awaitTermination(5, TimeUnit.SECONDS)) {
                senders.shutdownNow();
            }
            if (dispatcher.isAlive()) {
                dispatcher.join(TimeUnit.SECONDS.toMillis(5));
            }
            claims.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            store.unclaim(holder);
        } catch (RuntimeException e) {
            log.warn("could not give back the {} messages still queued; another process sends them once their claim "
                    + "runs out ({}): {}", name, sharing.leaseNow(), e.toString());
        }
    }

    @Override
    public void close() {
        close(Duration.ZERO);
    }

    /** Daemon threads named {@code prefix-1}, {@code prefix-2}, ... */
    public static ThreadFactory named(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
