package com.disputedesk.telegram;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers outbound calls to Telegram, durably and within its limits.
 *
 * <p>Every message is written to the outbox table before {@link #enqueue} returns and deleted only once Telegram
 * has taken it, so a crash or shutdown loses nothing: the next start sends what is left. One dispatcher thread
 * decides what may go now ({@link ChatQueues}: per chat strictly in order with at most one call in flight, each
 * chat held back by {@link SendLimits}). The HTTP calls themselves run on a small pool, so a slow chat does not
 * hold up the others. What a try leads to is {@link RetryPolicy}'s verdict (a 429 waits its retry_after; a 5xx or
 * a timeout backs off exponentially and tries again; after {@code sendAttempts} tries the message is marked
 * failed), which {@link OutboxLedger} records in the table and the log. Callback answers skip the limits and the
 * table ({@link CallbackAnswers}).
 *
 * <p>This class coordinates: one lock guards the queues, the answers and the limits; table writes and HTTP calls
 * run outside it.
 */
final class DeliveryQueue implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(DeliveryQueue.class);

    private final BotApi api;
    private final TelegramStore store;
    private final Clock clock;
    private final RetryPolicy policy;
    private final OutboxLedger ledger;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final ChatQueues chats;
    private final CallbackAnswers answers = new CallbackAnswers();
    private final ExecutorService senders;
    /** The pause after a failed dispatch round, so a lasting fault does not spin the loop. */
    private static final Duration AFTER_FAILURE = Duration.ofMillis(200);
    private final Thread dispatcher;
    private volatile boolean running;

    /** Told about each call Telegram took (the benchmark measures latency with it). */
    interface DeliveryListener {
        void delivered(OutboundMessage message, Instant at);
    }

    DeliveryQueue(BotApi api, TelegramStore store, Clock clock, TelegramSettings settings, DeliveryListener listener) {
        this.api = api;
        this.store = store;
        this.clock = clock;
        this.policy = new RetryPolicy(settings.retry());
        this.ledger = new OutboxLedger(store, settings.retry().sendAttempts(), listener);
        this.chats = new ChatQueues(new SendLimits(settings.limits()));
        this.senders = Executors.newFixedThreadPool(Math.max(8, 2 * settings.workers()), named("telegram-send"));
        this.dispatcher = new Thread(this::dispatchLoop, "telegram-dispatch");
        this.dispatcher.setDaemon(true);
    }

    /** Loads what an earlier run left in the table and starts sending. */
    void start() {
        int left;
        lock.lock();
        try {
            left = chats.resume(store.pending());
            running = true;
        } finally {
            lock.unlock();
        }
        if (left > 0) {
            log.info("resuming delivery of {} Telegram message(s) queued before the last stop", left);
        }
        dispatcher.start();
    }

    /** Stores the call and schedules it; returns once it is durable. */
    void enqueue(OutboundMessage m) {
        if (m.kind() == OutboundMessage.Kind.ANSWER_CALLBACK) {
            lock.lock();
            try {
                answers.add(m);
                changed.signalAll();
            } finally {
                lock.unlock();
            }
            return;
        }
        long seq = store.enqueue(m, clock.instant());
        lock.lock();
        try {
            chats.add(new TelegramStore.Queued(seq, m, 0));
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Calls not yet taken by Telegram (answers included). */
    int backlog() {
        lock.lock();
        try {
            return backlogLocked();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Hands each chat's next due call to a sender until stopped. A failure of one round is logged and the loop goes
     * on after a pause: the messages stay queued, so a passing fault never stops delivery for good.
     */
    private void dispatchLoop() {
        lock.lock();
        try {
            while (running) {
                long waitNanos;
                try {
                    Instant now = clock.instant();
                    answers.startAll(a -> senders.execute(() -> answer(a)));
                    Instant next = chats.dispatch(now, q -> senders.execute(() -> deliver(q)));
                    waitNanos = next == null ? TimeUnit.SECONDS.toNanos(1)
                            : Math.max(TimeUnit.MILLISECONDS.toNanos(1), Duration.between(now, next).toNanos());
                } catch (RuntimeException e) {
                    log.error("Telegram delivery round failed; trying again in {}: {}", AFTER_FAILURE,
                            api.redactor().describe(e));
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

    private void deliver(TelegramStore.Queued q) {
        OutboundMessage m = q.message();
        long chat = m.chatId();
        SendOutcome outcome = SendOutcome.tryOnce(api, m);
        Instant now = clock.instant();
        if (m.counts()) {
            lock.lock();
            try {
                chats.finished(chat, now);
            } finally {
                lock.unlock();
            }
        }
        try {
            RetryPolicy.Verdict verdict = policy.judge(outcome, m, () -> triesOf(q));
            ledger.record(q, verdict, now);
            lock.lock();
            try {
                chats.settled(q, verdict, now);
                changed.signalAll();
            } finally {
                lock.unlock();
            }
        } catch (RuntimeException e) {
            // The table could not be written: keep the message queued in memory and try again later.
            log.error("could not record delivery of Telegram message {}: {}", q.seq(), api.redactor().describe(e));
            lock.lock();
            try {
                chats.release(chat, now.plus(policy.firstBackoff()));
                changed.signalAll();
            } finally {
                lock.unlock();
            }
        }
    }

    private int triesOf(TelegramStore.Queued q) {
        lock.lock();
        try {
            return chats.triesOf(q);
        } finally {
            lock.unlock();
        }
    }

    private void answer(OutboundMessage a) {
        CallbackAnswers.send(api, a);
        lock.lock();
        try {
            answers.finished();
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Waits up to {@code drain} for the queue to empty, then stops. Whatever is still queued stays in the table
     * and goes out on the next start.
     */
    void close(Duration drain) {
        long deadline = System.nanoTime() + drain.toNanos();
        lock.lock();
        try {
            while (running && backlogLocked() > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                changed.awaitNanos(Math.min(left, TimeUnit.MILLISECONDS.toNanos(50)));
            }
            int left = backlogLocked();
            if (left > 0) {
                log.warn("stopping with {} Telegram message(s) still queued; they stay in telegram_outbox and are "
                        + "sent on the next start", left);
            }
            running = false;
            changed.signalAll();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            lock.unlock();
        }
        senders.shutdown();
        try {
            if (!senders.awaitTermination(5, TimeUnit.SECONDS)) {
                senders.shutdownNow();
            }
            dispatcher.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private int backlogLocked() {
        return answers.size() + chats.size();
    }

    @Override
    public void close() {
        close(Duration.ZERO);
    }

    static java.util.concurrent.ThreadFactory named(String prefix) {
        java.util.concurrent.atomic.AtomicInteger n = new java.util.concurrent.atomic.AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
