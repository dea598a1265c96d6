package com.disputedesk.core.delivery;

import java.time.Instant;
import java.util.List;

/**
 * The durable outbox of one bot on one platform: messages owed to the platform, kept until it has taken them;
 * those refused or given up stay, marked failed with the reason. Payloads are opaque: the adapter encodes its
 * own messages. The lane is the platform's numeric chat or channel id: messages of one lane go in order.
 */
public interface OutboxStore {

    /** A stored outbound message. */
    record Queued(long seq, long chatId, String payload, int attempts) {
    }

    /** Stores a message owed to the platform; the returned sequence number orders messages and names this one. */
    long enqueue(long chatId, String payload, Instant at);

    /** The platform took the message: it is removed. */
    void delivered(long seq);

    /** A try failed and another will follow. */
    void attempted(long seq, int attempts, String error);

    /** Given up or refused: kept, marked failed with the reason, for the operator. */
    void failed(long seq, int attempts, String error);

    /** Messages still owed, oldest first. */
    List<Queued> pending();

    /** Messages given up on or refused. */
    List<Queued> failed();

    /** The messages this bot keeps up to date, by slot: kept with the outbox, so a restart edits the same ones. */
    MessageSlots slots();
}
