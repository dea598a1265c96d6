package com.disputedesk.core.delivery;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * An {@link OutboxStore} in memory: for tests and for a bot run without a database. Lost with the process, so
 * never what a platform serving a team uses. Claims work as in the database's outbox; a claim holds until it runs
 * out or is given back.
 */
public final class MemoryOutboxStore implements OutboxStore {
    private record Row(long chatId, int shard, String payload, String state, int attempts, String error,
                       Claim claim) {
        Row with(String newState, int newAttempts, String newError, Claim newClaim) {
            return new Row(chatId, shard, payload, newState, newAttempts, newError, newClaim);
        }
    }

    private final Map<Long, Row> rows = new TreeMap<>();
    private long nextSeq = 1;
    private final MessageSlots slots = MessageSlots.inMemory();

    @Override
    public MessageSlots slots() {
        return slots;
    }

    @Override
    public synchronized long enqueue(long chatId, int shard, String payload, Instant at, Claim claim) {
        long seq = nextSeq++;
        rows.put(seq, new Row(chatId, shard, payload, "pending", 0, null, claim));
        return seq;
    }

    @Override
    public synchronized List<Queued> claim(Claim claim, Set<Integer> shards, Instant now, int limit) {
        List<Queued> out = new ArrayList<>();
        for (Map.Entry<Long, Row> e : rows.entrySet()) {
            Row r = e.getValue();
            if (out.size() >= limit) {
                break;
            }
            if (r.state().equals("pending") && shards.contains(r.shard())
                    && (r.claim() == null || !r.claim().until().isAfter(now))) {
                e.setValue(r.with(r.state(), r.attempts(), r.error(), claim));
                out.add(new Queued(e.getKey(), r.chatId(), r.payload(), r.attempts()));
            }
        }
        return out;
    }

    @Override
    public synchronized void renew(Claim claim) {
        rows.replaceAll((seq, r) -> r.claim() != null && r.claim().holder().equals(claim.holder())
                && r.state().equals("pending") ? r.with(r.state(), r.attempts(), r.error(), claim) : r);
    }

    @Override
    public synchronized void unclaim(long seq, String holder) {
        rows.computeIfPresent(seq, (k, r) -> r.claim() != null && r.claim().holder().equals(holder)
                ? r.with(r.state(), r.attempts(), r.error(), null) : r);
    }

    @Override
    public synchronized void unclaim(String holder) {
        rows.replaceAll((seq, r) -> r.claim() != null && r.claim().holder().equals(holder)
                ? r.with(r.state(), r.attempts(), r.error(), null) : r);
    }

    @Override
    public synchronized void delivered(long seq) {
        rows.remove(seq);
    }

    @Override
    public synchronized void attempted(long seq, int attempts, String error) {
        rows.computeIfPresent(seq, (k, r) -> r.with(r.state(), attempts, error, r.claim()));
    }

    @Override
    public synchronized void failed(long seq, int attempts, String error) {
        rows.computeIfPresent(seq, (k, r) -> r.with("failed", attempts, error, null));
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
