package com.disputedesk.telegram;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
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
 * decides what may go now: per chat strictly in order with at most one call in flight, each chat held back by
 * {@link SendLimits} (interval per chat, count per group and overall, retry_after). The HTTP calls themselves run
 * on a small pool, so a slow chat does not hold up the others. A 429 waits its retry_after; a 5xx or a timeout
 * backs off exponentially and tries again; after {@code sendAttempts} tries the message is marked failed in the
 * table and logged as an error, never dropped silently. Callback answers skip the limits and the table: they
 * must be quick and are worthless after a restart.
 */
final class DeliveryQueue implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(DeliveryQueue.class);

    private final BotApi api;
    private final TelegramStore store;
    private final Clock clock;
    private final TelegramSettings.Retry retry;
    private final SendLimits limits;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final Map<Long, Deque<TelegramStore.Queued>> byChat = new LinkedHashMap<>();
    private final Deque<OutboundMessage> answers = new ArrayDeque<>();
    private final Set<Long> inFlight = new HashSet<>();
    private final Map<Long, Integer> attempts = new java.util.HashMap<>();
    private final ExecutorService senders;
    private final Thread dispatcher;
    private volatile boolean running;
    private int answersInFlight;
    private final DeliveryListener listener;

    /** Told about each call Telegram took (the benchmark measures latency with it). */
    interface DeliveryListener {
        void delivered(OutboundMessage message, Instant at);
    }

    DeliveryQueue(BotApi api, TelegramStore store, Clock clock, TelegramSettings settings, DeliveryListener listener) {
        this.api = api;
        this.store = store;
        this.clock = clock;
        this.retry = settings.retry();
        this.limits = new SendLimits(settings.limits());
        this.listener = listener;
        this.senders = Executors.newFixedThreadPool(Math.max(8, 2 * settings.workers()), named("telegram-send"));
        this.dispatcher = new Thread(this::dispatchLoop, "telegram-dispatch");
        this.dispatcher.setDaemon(true);
    }

    /** Loads what an earlier run left in the table and starts sending. */
    void start() {
        int left = 0;
        lock.lock();
        try {
            Set<Long> known = new HashSet<>();
            byChat.values().forEach(queue -> queue.forEach(q -> known.add(q.seq())));
            for (TelegramStore.Queued q : store.pending()) {
                if (known.contains(q.seq())) {
                    continue;
                }
                byChat.computeIfAbsent(q.message().chatId(), k -> new ArrayDeque<>()).addLast(q);
                attempts.put(q.seq(), q.attempts());
                left++;
            }
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
                answers.addLast(m);
                changed.signalAll();
            } finally {
                lock.unlock();
            }
            return;
        }
        long seq = store.enqueue(m, clock.instant());
        lock.lock();
        try {
            byChat.computeIfAbsent(m.chatId(), k -> new ArrayDeque<>()).addLast(new TelegramStore.Queued(seq, m, 0));
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Calls not yet taken by Telegram (answers included). */
    int backlog() {
        lock.lock();
        try {
            int n = answers.size() + answersInFlight;
            for (Deque<TelegramStore.Queued> q : byChat.values()) {
                n += q.size();
            }
            return n;
        } finally {
            lock.unlock();
        }
    }

    private void dispatchLoop() {
        lock.lock();
        try {
            while (running) {
                Instant now = clock.instant();
                while (!answers.isEmpty()) {
                    OutboundMessage a = answers.pollFirst();
                    answersInFlight++;
                    senders.execute(() -> answer(a, 1));
                }
                Instant next = null;
                Iterator<Map.Entry<Long, Deque<TelegramStore.Queued>>> it = byChat.entrySet().iterator();
                while (it.hasNext()) {
                    Map.Entry<Long, Deque<TelegramStore.Queued>> e = it.next();
                    long chat = e.getKey();
                    if (e.getValue().isEmpty()) {
                        if (!inFlight.contains(chat)) {
                            limits.forgetIdle(chat, now);
                            it.remove();
                        }
                        continue;
                    }
                    if (inFlight.contains(chat)) {
                        continue;
                    }
                    TelegramStore.Queued head = e.getValue().peekFirst();
                    Instant at = head.message().counts() ? limits.earliest(chat, now) : now;
                    if (at.isAfter(now)) {
                        next = next == null || at.isBefore(next) ? at : next;
                        continue;
                    }
                    if (head.message().counts()) {
                        limits.started(chat);
                    }
                    inFlight.add(chat);
                    senders.execute(() -> deliver(head));
                }
                long waitNanos = next == null ? TimeUnit.SECONDS.toNanos(1)
                        : Math.max(TimeUnit.MILLISECONDS.toNanos(1), Duration.between(now, next).toNanos());
                changed.awaitNanos(waitNanos);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.error("Telegram delivery stopped: {}", api.redactor().describe(e));
        } finally {
            lock.unlock();
        }
    }

    private void deliver(TelegramStore.Queued q) {
        OutboundMessage m = q.message();
        long chat = m.chatId();
        Outcome outcome;
        String error = null;
        Duration hold = Duration.ZERO;
        try {
            api.deliver(m);
            outcome = Outcome.DONE;
        } catch (ApiFailure.RateLimited e) {
            outcome = Outcome.RETRY_SAME;
            hold = e.retryAfter();
            log.warn("Telegram asked to wait {} s before the next message to chat {}", hold.toSeconds(), chat);
        } catch (ApiFailure.Transient e) {
            outcome = Outcome.RETRY_COUNTED;
            error = e.getMessage();
        } catch (ApiFailure.Rejected e) {
            outcome = Outcome.REJECTED;
            error = e.getMessage();
        } catch (ApiFailure e) {
            outcome = Outcome.RETRY_COUNTED;
            error = e.getMessage();
        } catch (RuntimeException e) {
            outcome = Outcome.RETRY_COUNTED;
            error = api.redactor().describe(e);
        }
        Instant now = clock.instant();
        if (m.counts()) {
            lock.lock();
            try {
                limits.finished(chat, now);
            } finally {
                lock.unlock();
            }
        }
        try {
            settle(q, outcome, error, hold, now);
        } catch (RuntimeException e) {
            // The table could not be written: keep the message queued in memory and try again later.
            log.error("could not record delivery of Telegram message {}: {}", q.seq(), api.redactor().describe(e));
            lock.lock();
            try {
                limits.holdUntil(chat, now.plus(retry.firstBackoff()));
                inFlight.remove(chat);
                changed.signalAll();
            } finally {
                lock.unlock();
            }
        }
    }

    private enum Outcome {
        DONE,
        RETRY_SAME,
        RETRY_COUNTED,
        REJECTED
    }

    private void settle(TelegramStore.Queued q, Outcome outcome, String error, Duration hold, Instant now) {
        long chat = q.message().chatId();
        boolean remove;
        switch (outcome) {
            case DONE -> {
                store.delivered(q.seq());
                remove = true;
                if (listener != null) {
                    listener.delivered(q.message(), now);
                }
            }
            case RETRY_SAME -> remove = false;
            case RETRY_COUNTED -> {
                int n = attemptsOf(q) + 1;
                if (n >= retry.sendAttempts()) {
                    store.failed(q.seq(), n, error);
                    log.error("GAVE UP on Telegram message {} to chat {} after {} tries (kept in telegram_outbox "
                            + "as failed): {}", q.seq(), chat, n, error);
                    remove = true;
                } else {
                    store.attempted(q.seq(), n, error);
                    hold = backoff(n);
                    log.warn("Telegram message {} to chat {} failed (try {} of {}), retrying in {} ms: {}", q.seq(),
                            chat, n, retry.sendAttempts(), hold.toMillis(), error);
                    remove = false;
                }
                setAttempts(q, n);
            }
            default -> {
                if (q.message().kind() == OutboundMessage.Kind.EDIT) {
                    // Our edits only mark a pressed button's message; if that message is gone or unchanged,
                    // there is nothing to show instead.
                    store.delivered(q.seq());
                    log.info("could not edit message {} in chat {}: {}", q.message().messageId(), chat, error);
                } else {
                    store.failed(q.seq(), attemptsOf(q) + 1, error);
                    log.error("Telegram REFUSED message {} to chat {} (kept in telegram_outbox as failed): {}",
                            q.seq(), chat, error);
                }
                remove = true;
            }
        }
        lock.lock();
        try {
            Deque<TelegramStore.Queued> queue = byChat.get(chat);
            if (remove && queue != null) {
                queue.pollFirst();
                attempts.remove(q.seq());
            }
            if (!hold.isZero()) {
                limits.holdUntil(chat, now.plus(hold));
            }
            inFlight.remove(chat);
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private int attemptsOf(TelegramStore.Queued q) {
        lock.lock();
        try {
            return attempts.getOrDefault(q.seq(), q.attempts());
        } finally {
            lock.unlock();
        }
    }

    private void setAttempts(TelegramStore.Queued q, int n) {
        lock.lock();
        try {
            attempts.put(q.seq(), n);
        } finally {
            lock.unlock();
        }
    }

    private Duration backoff(int attempt) {
        long millis = retry.firstBackoff().toMillis() << Math.min(20, attempt - 1);
        return Duration.ofMillis(Math.min(millis, retry.maxBackoff().toMillis()));
    }

    private void answer(OutboundMessage a, int attempt) {
        try {
            api.deliver(a);
        } catch (ApiFailure e) {
            if (!(e instanceof ApiFailure.Rejected) && attempt < 3) {
                answer(a, attempt + 1);
                return;
            }
            // An unanswered callback only leaves a spinner on the member's button; the press itself was handled.
            log.warn("could not answer callback query in chat {}: {}", a.chatId(), e.getMessage());
        } catch (RuntimeException e) {
            log.warn("could not answer callback query in chat {}: {}", a.chatId(), api.redactor().describe(e));
        }
        lock.lock();
        try {
            answersInFlight--;
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
        int n = answers.size() + answersInFlight;
        for (Deque<TelegramStore.Queued> q : byChat.values()) {
            n += q.size();
        }
        return n;
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
