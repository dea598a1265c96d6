package com.disputedesk.core.delivery;

import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;

/**
 * What a platform adapter keeps in the database so that no update is handled twice and no reply is lost: the
 * polling offset, the updates already handled, and the outbox of calls the platform has not taken yet. One ledger
 * serves one bot (rows are keyed by the bot's id, so several bots can share a database). Payloads are opaque to the
 * ledger: the adapter encodes its own calls.
 */
public interface DeliveryLedger {

    /** A stored outbound call. */
    record Queued(long seq, long chatId, String payload, int attempts) {
    }

    /** The next update offset to ask the platform for, if one was stored. */
    OptionalLong offset();

    void saveOffset(long offset);

    boolean isProcessed(long updateId);

    /** Records an update as handled ({@code outcome}: "handled", "skipped") so a repeat of it is dropped. */
    void markProcessed(long updateId, String outcome, Instant at);

    /** Forgets handled updates older than {@code before}. */
    void pruneProcessed(Instant before);

    /** Stores a call owed to the platform; the returned sequence number orders calls and names this one. */
    long enqueue(long chatId, String payload, Instant at);

    /** The platform took the call: it is removed. */
    void delivered(long seq);

    /** A try failed and another will follow. */
    void attempted(long seq, int attempts, String error);

    /** Given up: kept, marked failed, for the operator. */
    void failed(long seq, int attempts, String error);

    /** Calls still owed, oldest first. */
    List<Queued> pending();

    /** Calls given up on. */
    List<Queued> failed();

    /** Opens the ledger of one bot. */
    @FunctionalInterface
    interface Opener {
        DeliveryLedger forBot(String botId);
    }
}
