package com.disputedesk.discord;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the core's work off JDA's event thread: events of one chat (channel) in the order they arrived, chats in
 * parallel. A dialog step must not overtake the step before it.
 */
final class ChatLanes implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ChatLanes.class);

    private final ExecutorService pool;
    private final Map<String, CompletableFuture<Void>> tails = new ConcurrentHashMap<>();

    ChatLanes(int threads) {
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "discord-desk-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    void run(String lane, Runnable task) {
        Runnable guarded = () -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                log.error("handling an event in {} failed", lane, e);
            }
        };
        tails.compute(lane, (k, tail) -> tail == null || tail.isDone()
                ? CompletableFuture.runAsync(guarded, pool) : tail.thenRunAsync(guarded, pool));
    }

    /** Runs {@code task} on the pool outside any lane (lookups that must not wait behind a slow step). */
    void runFree(Runnable task) {
        pool.execute(task);
    }

    @Override
    public void close() {
        pool.shutdown();
        try {
            if (!pool.awaitTermination(5, TimeUnit.SECONDS)) {
                pool.shutdownNow();
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
