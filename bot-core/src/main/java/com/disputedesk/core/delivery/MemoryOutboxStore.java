package com.disputedesk.core.delivery;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An {@link OutboxStore} in memory: for tests and for a bot run without a database. Lost with the process, so
 * never what a platform serving a team uses.
 */
public final class MemoryOutboxStore implements OutboxStore {
    private record Row(long chatId, String payload, String state, int attempts, String error) {
    }

    private final Map<Long, Row> rows = new TreeMap<>();
    private long nextSeq = 1;
    private final MessageSlots slots = MessageSlots.inMemory();

    @Override
    public MessageSlots slots() {
        return slots;
    }

    @Override
    public synchronized long enqueue(long chatId, String payload, Instant at) {
        long seq = nextSeq++;
        rows.put(seq, new Row(chatId, payload, "pending", 0, null));
        return seq;
    }

    @Override
    public synchronized void delivered(long seq) {
        rows.remove(seq);
    }

    @Override
    public synchronized void attempted(long seq, int attempts, String error) {
        rows.computeIfPresent(seq, (k, r) -> new Row(r.chatId(), r.payload(), r.state(), attempts, error));
    }

    @Override
    public synchronized void failed(long seq, int attempts, String error) {
        rows.computeIfPresent(seq, (k, r) -> new Row(r.chatId(), r.payload(), "failed", attempts, error));
    }

    @Override
    public synchronized List<Queued> pending() {
        return list("pending");
    }

    @Override
    public synchronized List<Queued> failed() {
        return list("failed");
    }

    /** Why message {@code seq} failed, or null. */
    public synchronized String lastError(long seq) {
        Row r = rows.get(seq);
        return r == null ? null : r.error();
    }

    private List<Queued> list(String state) {
        List<Queued> out = new ArrayList<>();
        rows.forEach((seq, r) -> {
            if (r.state().equals(state)) {
                out.add(new Queued(seq, r.chatId(), r.payload(), r.attempts()));
            }
        });
        return out;
    }
}
