package com.disputedesk.telegram;

import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records what became of a queued call in telegram_outbox and the log: a call Telegram took is deleted from the
 * table (and the listener told); a failed try is counted; a call given up or refused stays in the table marked
 * failed and is logged as an error, never dropped silently.
 */
final class OutboxLedger {
    // Logged under the delivery queue's name: operators know the delivery log lines by it.
    private static final Logger log = LoggerFactory.getLogger(DeliveryQueue.class);

    private final TelegramStore store;
    private final int sendAttempts;
    private final DeliveryQueue.DeliveryListener listener;

    OutboxLedger(TelegramStore store, int sendAttempts, DeliveryQueue.DeliveryListener listener) {
        this.store = store;
        this.sendAttempts = sendAttempts;
        this.listener = listener;
    }

    /** Writes the verdict on one try of {@code q}, answered at {@code now}; throws if the table cannot be written. */
    void record(TelegramStore.Queued q, RetryPolicy.Verdict verdict, Instant now) {
        long chat = q.message().chatId();
        String error = verdict.error();
        switch (verdict.step()) {
            case DELIVERED -> {
                store.delivered(q.seq());
                if (listener != null) {
                    listener.delivered(q.message(), now);
                }
            }
            case WAIT -> {
                // A 429 is no failed try: nothing to write.
            }
            case GIVE_UP -> {
                store.failed(q.seq(), verdict.tries(), error);
                log.error("GAVE UP on Telegram message {} to chat {} after {} tries (kept in telegram_outbox "
                        + "as failed): {}", q.seq(), chat, verdict.tries(), error);
            }
            case RETRY -> {
                store.attempted(q.seq(), verdict.tries(), error);
                log.warn("Telegram message {} to chat {} failed (try {} of {}), retrying in {} ms: {}", q.seq(),
                        chat, verdict.tries(), sendAttempts, verdict.hold().toMillis(), error);
            }
            case EDIT_DROPPED -> {
                // Our edits only mark a pressed button's message; if that message is gone or unchanged,
                // there is nothing to show instead.
                store.delivered(q.seq());
                log.info("could not edit message {} in chat {}: {}", q.message().messageId(), chat, error);
            }
            default -> {
                store.failed(q.seq(), verdict.tries(), error);
                log.error("Telegram REFUSED message {} to chat {} (kept in telegram_outbox as failed): {}",
                        q.seq(), chat, error);
            }
        }
    }
}
