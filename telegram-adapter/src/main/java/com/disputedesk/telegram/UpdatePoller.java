package com.disputedesk.telegram;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Our own getUpdates loop (the library's session confirms updates before they are handled). The offset lives in
 * the database and moves past a batch only after the whole batch is handled and its replies are queued durably;
 * a crash in between means the batch is fetched again and the processed table keeps it from being handled twice.
 * Any failure is logged and polling goes on: a 429 waits its retry_after, other failures back off up to 30 s.
 */
final class UpdatePoller implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(UpdatePoller.class);
    private static final int BATCH = 100;
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    private final BotApi api;
    private final UpdatePipeline pipeline;
    private final TelegramStore store;
    private final Duration pollTimeout;
    private final Duration firstBackoff;
    private final CountDownLatch stop = new CountDownLatch(1);
    private final Thread thread;

    UpdatePoller(BotApi api, UpdatePipeline pipeline, TelegramStore store, TelegramSettings settings) {
        this.api = api;
        this.pipeline = pipeline;
        this.store = store;
        this.pollTimeout = settings.pollTimeout();
        this.firstBackoff = settings.retry().firstBackoff();
        this.thread = new Thread(this::run, "telegram-poll");
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    private void run() {
        // A webhook left registered makes getUpdates fail; remove it first (pending updates are kept).
        Duration backoff = firstBackoff;
        while (!stopped()) {
            try {
                api.deleteWebhook();
                break;
            } catch (ApiFailure e) {
                log.warn("deleteWebhook failed, retrying: {}", e.getMessage());
                backoff = waitAfter(e, backoff);
            }
        }
        long offset = store.offset().orElse(0);
        backoff = firstBackoff;
        while (!stopped()) {
            List<Update> updates;
            try {
                updates = api.getUpdates(offset, BATCH, pollTimeout);
            } catch (ApiFailure e) {
                if (stopped()) {
                    break;
                }
                log.warn("getUpdates failed: {}", e.getMessage());
                backoff = waitAfter(e, backoff);
                continue;
            }
            backoff = firstBackoff;
            if (updates.isEmpty() || stopped()) {
                continue;
            }
            try {
                pipeline.handleAll(updates);
                long last = updates.stream().mapToLong(Update::getUpdateId).max().orElse(offset - 1);
                offset = Math.max(offset, last + 1);
                store.saveOffset(offset);
            } catch (RuntimeException e) {
                // The offset stays: the batch is fetched again and what was handled is skipped.
                log.error("a batch of Telegram updates could not be recorded; it will be fetched again: {}",
                        api.redactor().describe(e));
                backoff = waitAfter(null, backoff);
            }
        }
    }

    private Duration waitAfter(ApiFailure e, Duration backoff) {
        Duration wait = e instanceof ApiFailure.RateLimited r ? r.retryAfter() : backoff;
        try {
            stop.await(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
            stop.countDown();
        }
        Duration doubled = backoff.multipliedBy(2);
        return doubled.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : doubled;
    }

    private boolean stopped() {
        return stop.getCount() == 0;
    }

    /** Stops after the current call; an update batch in hand is finished first. */
    @Override
    public void close() {
        stop.countDown();
        api.cancelPolling();
        try {
            thread.join(pollTimeout.toMillis() + TimeUnit.SECONDS.toMillis(20));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
