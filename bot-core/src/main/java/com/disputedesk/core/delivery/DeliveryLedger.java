package com.disputedesk.core.delivery;

import java.time.Instant;
import java.util.OptionalLong;

/**
 * What a platform adapter keeps in the database so that no update is handled twice and no reply is lost: the
 * polling offset, the updates already handled, and the outbox of calls the platform has not taken yet (its
 * {@link OutboxStore} part). One ledger
 * serves one bot (rows are keyed by the bot's id, so several bots can share a database). Payloads are opaque to the
 * ledger: the adapter encodes its own calls.
 */
public interface DeliveryLedger extends OutboxStore {

    /** The next update offset to ask the platform for, if one was stored. */
    OptionalLong offset();

    void saveOffset(long offset);

    boolean isProcessed(long updateId);

    /** Records an update as handled ({@code outcome}: "handled", "skipped") so a repeat of it is dropped. */
    void markProcessed(long updateId, String outcome, Instant at);

    /** Forgets handled updates older than {@code before}. */
    void pruneProcessed(Instant before);

    /** Opens the ledger of one bot. */
    @FunctionalInterface
    interface Opener {
        DeliveryLedger forBot(String botId);
    }
}
