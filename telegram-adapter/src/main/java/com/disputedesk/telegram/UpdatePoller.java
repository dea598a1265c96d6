package com.disputedesk.telegram;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
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
 * With several processes on one database only the holder of the {@link PollerLease} polls; it renews the lease
 * before every call, and the others check now and then whether it ran out (the holder stopped or died).
 */
final class UpdatePoller implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(UpdatePoller.class);
    private static final int BATCH = 100;
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    private final BotApi api;
    private final UpdatePipeline pipeline;
    private final TelegramStore store;
    private final Duration pollTimeout;
    private final Duration longestCall;
    private final Duration firstBackoff;
    private final CountDownLatch stop = new CountDownLatch(1);
    private final Thread thread;
    private final PollerLease lease;
    private final Clock clock;
    private final String leaseName;
    private final String holder = ProcessHandle.current().pid() + "-" + UUID.randomUUID();
    private boolean holding;
    private boolean standByLogged;

    UpdatePoller(BotApi api, UpdatePipeline pipeline, TelegramStore store, TelegramSettings settings,
                 PollerLease lease, Clock clock) {
        this.lease = lease;
        this.clock = clock;
        this.leaseName = "telegram-poll:" + settings.botId();
        this.api = api;
        this.pipeline = pipeline;
        this.store = store;
        this.pollTimeout = settings.pollTimeout();
        // One getUpdates lasts at most its long poll plus the read timeout: the lease must outlive it.
        this.longestCall = settings.pollTimeout().plus(settings.retry().requestTimeout());
        this.firstBackoff = settings.retry().firstBackoff();
        this.thread = new Thread(this::run, "telegram-poll");
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    private void run() {
        try {
            poll();
        } finally {
            if (holding) {
                try {
                    lease.lease().release(leaseName, holder);
                } catch (RuntimeException e) {
                    log.warn("could not give up the Telegram polling lease; another process takes it when it runs out: {}",
                            e.toString());
                }
            }
        }
    }

    private void poll() {
        long offset = 0;
        boolean webhookRemoved = false;
        Duration backoff = firstBackoff;
        while (!stopped()) {
            boolean wasHolding = holding;
            if (!holdLease()) {
                pause(lease.standByCheck());
                continue;
            }
            if (!wasHolding) {
                // Taken over: the process before may have moved the offset on.
                offset = store.offset().orElse(0);
            }
            if (!webhookRemoved) {
                // A webhook left registered makes getUpdates fail; remove it first (pending updates are kept).
                try {
                    api.deleteWebhook();
                    webhookRemoved = true;
                } catch (ApiFailure e) {
                    log.warn("deleteWebhook failed, retrying: {}", e.getMessage());
                    backoff = waitAfter(e, backoff);
                    continue;
                }
                backoff = firstBackoff;
            }
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

    /**
     * Takes or renews the polling lease, for one whole call plus the take-over time; says so when this process
     * starts or stops being the poller. A database that cannot be reached counts as not holding it.
     */
    private boolean holdLease() {
        boolean held;
        try {
            Instant now = clock.instant();
            held = lease.lease().hold(leaseName, holder, now, now.plus(longestCall).plus(lease.takeOverAfter()));
        } catch (RuntimeException e) {
            log.warn("could not renew the Telegram polling lease: {}", e.toString());
            held = false;
        }
        if (held && !holding) {
            log.info("polling Telegram (this process holds the polling lease)");
        } else if (!held && holding) {
            log.warn("another process polls Telegram now; this one stands by");
        } else if (!held && !standByLogged) {
            log.info("another process polls Telegram; this one stands by and takes over if it stops");
            standByLogged = true;
        }
        holding = held;
        return held;
    }

    private void pause(Duration d) {
        try {
            stop.await(d.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
            stop.countDown();
        }
    }

    private Duration waitAfter(ApiFailure e, Duration backoff) {
        pause(e instanceof ApiFailure.RateLimited r ? r.retryAfter() : backoff);
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
