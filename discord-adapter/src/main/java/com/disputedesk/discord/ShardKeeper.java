package com.disputedesk.discord;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.sharding.ShardManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the shards whose leases this process holds, and only those. Every {@link Sharding#checkEvery()} it renews
 * the leases of its running shards and tries those of the other shards its plan names: a shard whose lease it gets
 * is started in the {@link ShardManager}; one whose lease it lost (a database it could not reach counts as lost) is
 * stopped at once, since the process that took it over opens its own session and Discord would end one of the two.
 * When a shard's session is ready, {@code whenReady} runs for it (publishing the commands of its guilds), off the
 * gateway's thread.
 */
final class ShardKeeper extends ListenerAdapter implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ShardKeeper.class);

    private final Sharding sharding;
    private final Clock clock;
    private final Consumer<JDA> whenReady;
    private final String holder = ProcessHandle.current().pid() + "-" + UUID.randomUUID();
    private final Set<Integer> running = ConcurrentHashMap.newKeySet();
    private final Map<Integer, CompletableFuture<JDA>> ready = new ConcurrentHashMap<>();
    private final ScheduledExecutorService rounds = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "discord-shard-leases");
        t.setDaemon(true);
        return t;
    });
    private final ExecutorService readyWork = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "discord-shard-ready");
        t.setDaemon(true);
        return t;
    });
    private volatile ShardManager manager;
    private volatile boolean standByLogged;

    ShardKeeper(Sharding sharding, Clock clock, Consumer<JDA> whenReady) {
        this.sharding = sharding;
        this.clock = clock;
        this.whenReady = whenReady;
    }

    /** Takes what leases it can now, starts those shards and keeps checking; returns the shards it started. */
    Set<Integer> start(ShardManager shards) {
        this.manager = shards;
        round();
        long every = sharding.checkEvery().toMillis();
        rounds.scheduleWithFixedDelay(this::safeRound, every, every, TimeUnit.MILLISECONDS);
        return new TreeSet<>(running);
    }

    /** Completes when shard {@code id}'s session is ready and its work on ready is done. */
    CompletableFuture<JDA> ready(int id) {
        return ready.computeIfAbsent(id, k -> new CompletableFuture<>());
    }

    /** The shards this process runs now. */
    Set<Integer> running() {
        return new TreeSet<>(running);
    }

    /**
     * The shards this process runs whose sessions are ready, so JDA's cache holds their guilds and channels (a shard
     * just taken over is running but not yet ready).
     */
    Set<Integer> readyToPost() {
        Set<Integer> ids = new TreeSet<>();
        for (int id : running) {
            CompletableFuture<JDA> done = ready.get(id);
            if (done != null && done.isDone() && !done.isCompletedExceptionally()) {
                ids.add(id);
            }
        }
        return ids;
    }

    private void safeRound() {
        try {
            round();
        } catch (RuntimeException e) {
            // The next round tries again; a failing round must not end the schedule.
            log.error("Discord: checking the shard leases failed: {}", e.toString());
        }
    }

    private synchronized void round() {
        ShardPlan plan = sharding.plan();
        Instant now = clock.instant();
        for (int id : plan.run()) {
            boolean held;
            try {
                held = sharding.lease().hold(plan.leaseName(id), holder, now, now.plus(sharding.takeOverAfter()));
            } catch (RuntimeException e) {
                log.warn("Discord: could not renew the lease of shard {}: {}", id, e.toString());
                held = false;
            }
            if (held && running.add(id)) {
                log.info("Discord: running shard {} of {} (this process holds its lease)", id, plan.total());
                ready.put(id, new CompletableFuture<>());
                try {
                    manager.start(id);
                } catch (RejectedExecutionException e) {
                    running.remove(id);
                    return; // shutting down
                }
            } else if (!held && running.remove(id)) {
                log.warn("Discord: another process runs shard {} now; this one stops it", id);
                manager.shutdown(id);
            }
        }
        if (running.isEmpty() && !standByLogged) {
            log.info("Discord: other processes run shards {}; this one stands by and takes over if one stops",
                    plan.run());
            standByLogged = true;
        }
    }

    @Override
    public void onReady(ReadyEvent event) {
        JDA jda = event.getJDA();
        int id = jda.getShardInfo().getShardId();
        CompletableFuture<JDA> done = ready(id);
        readyWork.execute(() -> {
            try {
                whenReady.accept(jda);
                done.complete(jda);
            } catch (RuntimeException e) {
                log.error("Discord: shard {} is connected but its start-up work failed: {}", id, e.toString());
                done.completeExceptionally(e);
            }
        });
    }

    /** Stops renewing (the shards' sessions are the caller's to end); see {@link #release}. */
    void stopRounds() {
        rounds.shutdownNow();
        try {
            rounds.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Gives up the leases of the shards it ran, once their sessions are closed, so others take over at once. */
    void release() {
        List<Integer> ids = List.copyOf(running);
        running.clear();
        for (int id : ids) {
            try {
                sharding.lease().release(sharding.plan().leaseName(id), holder);
            } catch (RuntimeException e) {
                log.warn("Discord: could not give up the lease of shard {}; another process takes it over when it "
                        + "runs out: {}", id, e.toString());
            }
        }
    }

    /** The longest a stopped process's shard waits for another to take it over. */
    Duration takeOverAfter() {
        return sharding.takeOverAfter();
    }

    @Override
    public void close() {
        stopRounds();
        readyWork.shutdownNow();
        release();
    }
}
