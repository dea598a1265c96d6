package com.disputedesk.core.delivery;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The queued messages of each lane and what may go now: per lane strictly in order with at most one message in
 * flight, each lane held back by the platform's {@link Pacing}. Also counts the failed tries of each message.
 *
 * <p>Not thread-safe: the delivery service guards it with its lock.
 */
final class LaneQueues<M> {
    private final Pacing pacing;
    private final Map<Long, Deque<Parcel<M>>> byLane = new LinkedHashMap<>();
    private final Set<Long> inFlight = new HashSet<>();
    private final Map<Long, Integer> tries = new HashMap<>();

    LaneQueues(Pacing pacing) {
        this.pacing = pacing;
    }

    /**
     * Queues messages claimed from the table (left by an earlier run or another process), each in sequence order
     * among those waiting in its lane (never ahead of one in flight), skipping messages already queued; returns how
     * many were new.
     */
    int resume(Iterable<Parcel<M>> pending) {
        Set<Long> known = new HashSet<>();
        byLane.values().forEach(queue -> queue.forEach(p -> known.add(p.seq())));
        int added = 0;
        for (Parcel<M> p : pending) {
            if (known.add(p.seq())) {
                insertInOrder(p);
                tries.put(p.seq(), p.attempts());
                added++;
            }
        }
        return added;
    }

    private void insertInOrder(Parcel<M> p) {
        Deque<Parcel<M>> queue = byLane.computeIfAbsent(p.lane(), k -> new ArrayDeque<>());
        if (queue.isEmpty() || queue.peekLast().seq() < p.seq()) {
            queue.addLast(p);
            return;
        }
        Deque<Parcel<M>> ordered = new ArrayDeque<>(queue.size() + 1);
        boolean placed = false;
        boolean first = true;
        for (Parcel<M> q : queue) {
            boolean headInFlight = first && inFlight.contains(p.lane());
            if (!placed && !headInFlight && q.seq() > p.seq()) {
                ordered.addLast(p);
                placed = true;
            }
            ordered.addLast(q);
            first = false;
        }
        if (!placed) {
            ordered.addLast(p);
        }
        queue.clear();
        queue.addAll(ordered);
    }

    /** Takes the message in flight out of its lane unsent (handed to another process) and frees the lane. */
    void handBack(Parcel<M> p) {
        Deque<Parcel<M>> queue = byLane.get(p.lane());
        if (queue != null) {
            queue.remove(p);
        }
        tries.remove(p.seq());
        inFlight.remove(p.lane());
    }

    /** Queues a message behind those already waiting for its lane. */
    void add(Parcel<M> p) {
        byLane.computeIfAbsent(p.lane(), k -> new ArrayDeque<>()).addLast(p);
    }

    /** Messages queued, the ones in flight included. */
    int size() {
        int n = 0;
        for (Deque<Parcel<M>> q : byLane.values()) {
            n += q.size();
        }
        return n;
    }

    /**
     * Hands the head message of every lane that may send at {@code now} to {@code send}, marking its lane busy;
     * forgets lanes gone idle. Returns when the next held-back message may go, or null if none is held back.
     */
    Instant dispatch(Instant now, Consumer<Parcel<M>> send) {
        Instant next = null;
        Iterator<Map.Entry<Long, Deque<Parcel<M>>>> it = byLane.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<Long, Deque<Parcel<M>>> e = it.next();
            long lane = e.getKey();
            if (e.getValue().isEmpty()) {
                if (!inFlight.contains(lane)) {
                    pacing.forgetIdle(lane, now);
                    it.remove();
                }
                continue;
            }
            if (inFlight.contains(lane)) {
                continue;
            }
            Instant at = pacing.earliest(lane, now);
            if (at.isAfter(now)) {
                next = next == null || at.isBefore(next) ? at : next;
                continue;
            }
            pacing.started(lane);
            inFlight.add(lane);
            send.accept(e.getValue().peekFirst());
        }
        return next;
    }

    /** The message in flight to {@code lane} got its answer (any answer) at {@code at}. */
    void finished(long lane, Instant at) {
        pacing.finished(lane, at);
    }

    /** Failed tries counted so far for a queued message. */
    int triesOf(Parcel<M> p) {
        return tries.getOrDefault(p.seq(), p.attempts());
    }

    /** Applies the settlement of the message in flight: counts the try, drops it if it ends, holds the lane back. */
    void settled(Parcel<M> p, Settlement s, Instant now) {
        if (s.countsTry()) {
            tries.put(p.seq(), s.tries());
        }
        Deque<Parcel<M>> queue = byLane.get(p.lane());
        if (s.ends() && queue != null) {
            queue.pollFirst();
            tries.remove(p.seq());
        }
        if (!s.hold().isZero()) {
            pacing.holdUntil(p.lane(), now.plus(s.hold()));
        }
        inFlight.remove(p.lane());
    }

    /** Frees the lane with its message still queued at the head, at once. */
    void free(long lane) {
        inFlight.remove(lane);
    }

    /** Frees the lane with its message still queued at the head, to go again no sooner than {@code notBefore}. */
    void release(long lane, Instant notBefore) {
        pacing.holdUntil(lane, notBefore);
        inFlight.remove(lane);
    }
}
