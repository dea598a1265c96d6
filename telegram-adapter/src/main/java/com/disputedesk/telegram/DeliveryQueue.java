package com.disputedesk.telegram;

import com.disputedesk.core.delivery.Backoff;
import com.disputedesk.core.delivery.DeliveryEvents;
import com.disputedesk.core.delivery.DeliveryService;
import com.disputedesk.core.delivery.Refusal;
import com.disputedesk.core.delivery.RefusalListener;
import com.disputedesk.core.delivery.HomeLoss;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Delivers outbound calls to Telegram, durably and within its limits: the desk's {@link DeliveryService} over
 * telegram_outbox, with {@link TelegramSender} sorting Telegram's answers and {@link SendLimits} pacing each chat.
 * Callback answers skip the limits and the table ({@link CallbackAnswers}): they run at once on a small pool of
 * their own.
 */
final class DeliveryQueue implements AutoCloseable {
    private final BotApi api;
    private final DeliveryService<OutboundMessage> service;
    private final ExecutorService answers;
    private final Object answersLock = new Object();
    private int answersInFlight;
    private volatile RefusalListener refusals = RefusalListener.none();
    private volatile HomeLoss homes = HomeLoss.none();

    /** Told about each call Telegram took (the benchmark measures latency with it). */
    interface DeliveryListener {
        void delivered(OutboundMessage message, Instant at);
    }

    DeliveryQueue(BotApi api, TelegramStore store, Clock clock, TelegramSettings settings, DeliveryListener listener) {
        this.api = api;
        TelegramSettings.Retry retry = settings.retry();
        DeliveryEvents<OutboundMessage> events = new DeliveryEvents<>() {
            @Override
            public void delivered(OutboundMessage message, Instant at) {
                if (listener != null) {
                    listener.delivered(message, at);
                }
            }

            @Override
            public void refused(OutboundMessage message, Refusal refusal) {
                // the buttons say what the message was about (a reminder's carry its id)
                refusals.refused(refusal.withButtons(message.keyboard().stream().flatMap(java.util.List::stream)
                        .flatMap(b -> CallbackData.parse(b.data()).stream()).map(CallbackData::choiceId).toList()));
            }
        };
        int threads = Math.max(8, 2 * settings.workers());
        // a message whose topic is gone is queued again, in the case's chat
        TelegramSender sender = new TelegramSender(api, store.ledger().slots(), clock, () -> homes, this::enqueue);
        this.service = new DeliveryService<>("telegram", store.ledger(), new TelegramCodec(), sender,
                new SendLimits(settings.limits()), backoff(retry), clock, events, threads);
        this.answers = Executors.newFixedThreadPool(2, DeliveryService.named("telegram-answer"));
    }

    /** The one retry rule of Telegram's outbox, from its settings. */
    static Backoff backoff(TelegramSettings.Retry retry) {
        return new Backoff(retry.firstBackoff(), retry.maxBackoff(), retry.sendAttempts());
    }

    /** Who is told of refused messages (the team's notices); nobody until set. */
    void tellRefusalsTo(RefusalListener listener) {
        this.refusals = listener == null ? RefusalListener.none() : listener;
    }

    /** Who is told when a case's topic is gone (the desk's case homes); nobody until set. */
    void tellLostHomesTo(HomeLoss listener) {
        this.homes = listener == null ? HomeLoss.none() : listener;
    }

    /** Loads what an earlier run left in the table and starts sending. */
    void start() {
        service.start();
    }

    /** Stores the call and schedules it; returns once it is durable. A callback answer goes at once. */
    void enqueue(OutboundMessage m) {
        if (m.kind() == OutboundMessage.Kind.ANSWER_CALLBACK) {
            synchronized (answersLock) {
                answersInFlight++;
            }
            answers.execute(() -> {
                try {
                    CallbackAnswers.send(api, m);
                } finally {
                    synchronized (answersLock) {
                        answersInFlight--;
                        answersLock.notifyAll();
                    }
                }
            });
            return;
        }
        service.enqueue(m);
    }

    /** Calls not yet taken by Telegram (answers included). */
    int backlog() {
        synchronized (answersLock) {
            return answersInFlight + service.backlog();
        }
    }

    /**
     * Waits up to {@code drain} for the queue to empty, then stops. Whatever is still queued stays in the table
     * and goes out on the next start.
     */
    void close(Duration drain) {
        long deadline = System.nanoTime() + drain.toNanos();
        service.close(drain);
        answers.shutdown();
        try {
            long left = Math.max(0, deadline - System.nanoTime());
            if (!answers.awaitTermination(Math.max(left, TimeUnit.MILLISECONDS.toNanos(100)), TimeUnit.NANOSECONDS)) {
                answers.shutdownNow();
            }
        } catch (InterruptedException e) {
            answers.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        close(Duration.ZERO);
    }
}
