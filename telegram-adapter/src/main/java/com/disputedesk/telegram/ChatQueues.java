package com.disputedesk.telegram;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The queued calls of each chat and what may go now: per chat strictly in order with at most one call in flight,
 * each chat held back by {@link SendLimits} (interval per chat, count per group and overall, retry_after). Also
 * counts the tries of each queued call.
 *
 * <p>Not thread-safe: the delivery queue guards it with its lock.
 */
final class ChatQueues {
    private final SendLimits limits;
    private final Map<Long, Deque<TelegramStore.Queued>> byChat = new LinkedHashMap<>();
    private final Set<Long> inFlight = new HashSet<>();
    private final Map<Long, Integer> tries = new HashMap<>();

    ChatQueues(SendLimits limits) {
        this.limits = limits;
    }

    /** Queues what an earlier run left in the table, skipping calls already queued; returns how many were new. */
    int resume(List<TelegramStore.Queued> pending) {
        Set<Long> known = new HashSet<>();
        byChat.values().forEach(queue -> queue.forEach(q -> known.add(q.seq())));
        int added = 0;
        for (TelegramStore.Queued q : pending) {
            if (known.contains(q.seq())) {
                continue;
            }
            byChat.computeIfAbsent(q.message().chatId(), k -> new ArrayDeque<>()).addLast(q);
            tries.put(q.seq(), q.attempts());
            added++;
        }
        return added;
    }

    /** Queues a call behind those already waiting for its chat. */
    void add(TelegramStore.Queued q) {
        byChat.computeIfAbsent(q.message().chatId(), k -> new ArrayDeque<>()).addLast(q);
    }

    /** Calls queued, the ones in flight included. */
    int size() {
        int n = 0;
        for (Deque<TelegramStore.Queued> q : byChat.values()) {
            n += q.size();
        }
        return n;
    }

    /**
     * Hands the head call of every chat that may send at {@code now} to {@code send}, counting it against the
     * limits and marking its chat busy; forgets chats gone idle. Returns when the next held-back call may go, or
     * null if none is held back.
     */
    Instant dispatch(Instant now, Consumer<TelegramStore.Queued> send) {
        Instant next = null;
        Iterator<Map.Entry<Long, Deque<TelegramStore.Queued>>> it = byChat.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<Long, Deque<TelegramStore.Queued>> e = it.next();
            long chat = e.getKey();
            if (e.getValue().isEmpty()) {
                if (!inFlight.contains(chat)) {
                    limits.forgetIdle(chat, now);
                    it.remove();
                }
                continue;
            }
            if (inFlight.contains(chat)) {
                continue;
            }
            TelegramStore.Queued head = e.getValue().peekFirst();
            Instant at = head.message().counts() ? limits.earliest(chat, now) : now;
            if (at.isAfter(now)) {
                next = next == null || at.isBefore(next) ? at : next;
                continue;
            }
            if (head.message().counts()) {
                limits.started(chat);
            }
            inFlight.add(chat);
            send.accept(head);
        }
        return next;
    }

    /** The call in flight to {@code chat} got its answer (any answer) at {@code at}. */
    void finished(long chat, Instant at) {
        limits.finished(chat, at);
    }

    /** Tries counted so far for a queued call. */
    int triesOf(TelegramStore.Queued q) {
        return tries.getOrDefault(q.seq(), q.attempts());
    }

    /** Applies the verdict on the call in flight: counts the try, drops the call if it ends, holds the chat back. */
    void settled(TelegramStore.Queued q, RetryPolicy.Verdict verdict, Instant now) {
        long chat = q.message().chatId();
        if (verdict.countsTry()) {
            tries.put(q.seq(), verdict.tries());
        }
        Deque<TelegramStore.Queued> queue = byChat.get(chat);
        if (verdict.ends() && queue != null) {
            queue.pollFirst();
            tries.remove(q.seq());
        }
        if (!verdict.hold().isZero()) {
            limits.holdUntil(chat, now.plus(verdict.hold()));
        }
        inFlight.remove(chat);
    }

    /** Frees the chat with its call still queued at the head, to go again no sooner than {@code notBefore}. */
    void release(long chat, Instant notBefore) {
        limits.holdUntil(chat, notBefore);
        inFlight.remove(chat);
    }
}
