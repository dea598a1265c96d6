package com.disputedesk.telegram;

import com.disputedesk.core.bot.Bot;
import com.disputedesk.core.chat.Inbound;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

/**
 * Where every update goes, from the poller or the webhook: updates of one chat are handled one after another in
 * the order received, different chats in parallel. Each update is handled once: one already in the processed
 * table is skipped; one whose handling keeps failing is logged with its id and skipped after a few tries, so one
 * bad update never blocks its chat or the poller.
 */
final class UpdatePipeline implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(UpdatePipeline.class);

    private final Bot bot;
    private final UpdateTranslator translator;
    private final DeliveryQueue delivery;
    private final TelegramOutbox outbox;
    private final TelegramStore store;
    private final Clock clock;
    private final int attempts;
    private final Redactor redactor;
    private final ExecutorService workers;
    private final Map<Long, CompletableFuture<Void>> lanes = new HashMap<>();
    /** Telegram keeps an update for 24 hours at most; ids older than twice that cannot come back. */
    private static final java.time.Duration PRUNE_AGE = java.time.Duration.ofHours(48);
    private static final int PRUNE_EVERY = 1000;
    private final java.util.concurrent.atomic.AtomicLong handledCount = new java.util.concurrent.atomic.AtomicLong();
    private final UpdateListener listener;
    private static final int MAX_ALERT = 200;

    /** Told when an update has been handled (the benchmark uses it). */
    interface UpdateListener {
        void handled(Update update, Instant receivedAt);
    }

    UpdatePipeline(Bot bot, UpdateTranslator translator, DeliveryQueue delivery, TelegramOutbox outbox,
                   TelegramStore store, Clock clock, TelegramSettings settings, Redactor redactor,
                   UpdateListener listener) {
        this.bot = bot;
        this.translator = translator;
        this.delivery = delivery;
        this.outbox = outbox;
        this.store = store;
        this.clock = clock;
        this.attempts = settings.retry().handleAttempts();
        this.redactor = redactor;
        this.listener = listener;
        this.workers = Executors.newFixedThreadPool(settings.workers(), com.disputedesk.core.delivery.DeliveryService.named("telegram-update"));
    }

    /** Handles a batch (one getUpdates answer) and returns when all of it is handled and recorded. */
    void handleAll(List<Update> updates) {
        List<CompletableFuture<Void>> done = new ArrayList<>();
        for (Update u : updates) {
            done.add(submit(u));
        }
        CompletableFuture.allOf(done.toArray(CompletableFuture[]::new)).join();
    }

    /** Queues one update behind the earlier ones of its chat; completes when it is handled and recorded. */
    CompletableFuture<Void> submit(Update u) {
        Instant received = clock.instant();
        long lane = UpdateTranslator.chatOf(u).orElse(0L);
        synchronized (lanes) {
            CompletableFuture<Void> tail = lanes.getOrDefault(lane, CompletableFuture.completedFuture(null));
            CompletableFuture<Void> next = tail.handle((ok, err) -> null)
                    .thenRunAsync(() -> handleOnce(u, received), workers);
            lanes.put(lane, next);
            next.whenComplete((ok, err) -> {
                synchronized (lanes) {
                    lanes.remove(lane, next);
                }
            });
            return next;
        }
    }

    private void handleOnce(Update u, Instant received) {
        long id = u.getUpdateId();
        if (store.isProcessed(id)) {
            log.debug("update {} was handled before; skipped", id);
            return;
        }
        for (int attempt = 1; ; attempt++) {
            try {
                handle(u, attempt == 1);
                store.markProcessed(id, "handled", clock.instant());
                if (handledCount.incrementAndGet() % PRUNE_EVERY == 0) {
                    store.pruneProcessed(clock.instant().minus(PRUNE_AGE));
                }
                if (listener != null) {
                    listener.handled(u, received);
                }
                return;
            } catch (RuntimeException e) {
                if (attempt >= attempts) {
                    log.error("SKIPPED Telegram update {} after {} failed tries: {}", id, attempt,
                            redactor.describe(e));
                    store.markProcessed(id, "skipped", clock.instant());
                    return;
                }
                log.warn("handling Telegram update {} failed (try {} of {}): {}", id, attempt, attempts,
                        redactor.describe(e));
                pause(attempt);
            }
        }
    }

    private void handle(Update u, boolean firstTry) {
        CallbackQuery q = u.getCallbackQuery();
        Optional<Inbound> in = translator.translate(u);
        try {
            in.ifPresent(bot::handle);
        } finally {
            if (q != null && firstTry) {
                answer(q);
            }
        }
        if (q != null && q.getMessage() != null
                && outbox.takeAnswered(Origin.callback(q.getMessage().getMessageId(), q.getId()))) {
            // Only a press the engine acted on (a press on someone else's draft is ignored there, and its
            // buttons must stay). After the bot's answer: under the 1/s per chat limit it should come first.
            markInPlace(q);
        }
    }

    /**
     * A pressed button is always answered (or the member's client shows a spinner), after the engine has handled
     * it: a refusal meant for the presser alone rides on the answer as an alert. A press answered with a new
     * message has the message it was on edited in place: its keyboard removed and the choice written under it, so
     * the same keyboard cannot be pressed twice.
     */
    private void answer(CallbackQuery q) {
        if (q.getMessage() != null) {
            Optional<String> alert = outbox.takeAlert(Origin.callback(q.getMessage().getMessageId(), q.getId()));
            delivery.enqueue(OutboundMessage.alert(q.getMessage().getChatId(), q.getId(),
                    alert.map(UpdatePipeline::alertText).orElse(null)));
        }
    }

    /** Telegram shows at most 200 characters in a callback alert. */
    private static String alertText(String text) {
        return text.length() <= MAX_ALERT ? text : text.substring(0, MAX_ALERT - 1) + "…";
    }

    private void markInPlace(CallbackQuery q) {
        if (q.getMessage() == null || CallbackData.parse(q.getData()).isEmpty()) {
            return;
        }
        long chatId = q.getMessage().getChatId();
        UpdateTranslator.pressedMessage(q).ifPresent(m -> label(m, q.getData()).ifPresent(label -> {
            String html = Html.escape(m.getText()) + "\n→ <b>" + Html.escape(label) + "</b>";
            if (html.length() <= Html.MAX_MESSAGE) {
                delivery.enqueue(OutboundMessage.edit(chatId, m.getMessageId(), html, List.of()));
            }
        }));
    }

    private static Optional<String> label(Message m, String data) {
        InlineKeyboardMarkup markup = m.getReplyMarkup();
        if (markup == null || markup.getKeyboard() == null || m.getText() == null) {
            return Optional.empty();
        }
        for (InlineKeyboardRow row : markup.getKeyboard()) {
            for (InlineKeyboardButton b : row) {
                if (data.equals(b.getCallbackData())) {
                    return Optional.of(b.getText());
                }
            }
        }
        return Optional.empty();
    }

    private static void pause(int attempt) {
        try {
            TimeUnit.MILLISECONDS.sleep(100L * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        workers.shutdown();
        try {
            if (!workers.awaitTermination(10, TimeUnit.SECONDS)) {
                workers.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
