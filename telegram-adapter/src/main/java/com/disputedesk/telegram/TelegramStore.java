package com.disputedesk.telegram;

import com.disputedesk.core.delivery.DeliveryLedger;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;

/**
 * The adapter's view of its {@link DeliveryLedger}: the polling offset, the updates already handled, and the outbox
 * of Bot API calls not yet taken by Telegram, each call stored as the JSON of its {@link OutboundMessage}.
 */
final class TelegramStore {
    private final DeliveryLedger ledger;
    private final TelegramCodec codec = new TelegramCodec();

    /** A stored outbound message. */
    record Queued(long seq, OutboundMessage message, int attempts) {
    }

    TelegramStore(DeliveryLedger ledger) {
        this.ledger = ledger;
    }

    OptionalLong offset() {
        return ledger.offset();
    }

    void saveOffset(long offset) {
        ledger.saveOffset(offset);
    }

    boolean isProcessed(long updateId) {
        return ledger.isProcessed(updateId);
    }

    void markProcessed(long updateId, String outcome, Instant at) {
        ledger.markProcessed(updateId, outcome, at);
    }

    /** Forgets handled updates older than {@code before}: Telegram keeps updates for 24 hours at most. */
    void pruneProcessed(Instant before) {
        ledger.pruneProcessed(before);
    }

    long enqueue(OutboundMessage m, Instant at) {
        return ledger.enqueue(m.chatId(), codec.encode(m), at);
    }

    /** The outbox part of the ledger, for the delivery service. */
    DeliveryLedger ledger() {
        return ledger;
    }

    void delivered(long seq) {
        ledger.delivered(seq);
    }

    void attempted(long seq, int attempts, String error) {
        ledger.attempted(seq, attempts, error);
    }

    void failed(long seq, int attempts, String error) {
        ledger.failed(seq, attempts, error);
    }

    /** Messages still owed, oldest first. */
    List<Queued> pending() {
        return decode(ledger.pending());
    }

    /** Messages given up on (kept for the operator). */
    List<Queued> failed() {
        return decode(ledger.failed());
    }

    private List<Queued> decode(List<DeliveryLedger.Queued> stored) {
        return stored.stream().map(q -> new Queued(q.seq(), codec.decode(q.payload()), q.attempts())).toList();
    }
}
