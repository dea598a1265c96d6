package com.disputedesk.telegram;

import com.disputedesk.core.delivery.Pacing;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Telegram's flood limits kept on our side, so that we wait instead of earning 429s: a minimum interval per chat,
 * a count per minute per group (negative chat ids), a count per second overall, plus any retry_after Telegram
 * asked for.
 *
 * <p>Why calls are counted from when they <em>finish</em>: Telegram sees a call at some moment between our start
 * and its answer. Counting from the start lets network jitter squeeze two calls closer together on Telegram's side
 * than on ours. Counting a call as busy from its start ({@link #started}) and then from its answer
 * ({@link #finished}) gives a safe bound: the next call to a chat starts at least an interval after Telegram has
 * seen the previous one, and no window of Telegram's can hold more calls than ours allows.
 *
 * <p>Pure bookkeeping over instants the caller passes in; not thread-safe (the delivery queue owns it).
 */
final class SendLimits implements Pacing {
    private static final Duration MINUTE = Duration.ofMinutes(1);
    private static final Duration SECOND = Duration.ofSeconds(1);

    private final TelegramSettings.Limits limits;
    private final Map<Long, Instant> lastPerChat = new HashMap<>();
    private final Map<Long, Deque<Instant>> perGroup = new HashMap<>();
    private final Map<Long, Integer> busyPerGroup = new HashMap<>();
    private final Deque<Instant> global = new ArrayDeque<>();
    private int busyGlobal;
    private final Map<Long, Instant> notBefore = new HashMap<>();

    SendLimits(TelegramSettings.Limits limits) {
        this.limits = limits;
    }

    /**
     * The earliest instant a message may go to {@code chatId}: {@code now} or later. While calls in flight fill a
     * window, the answer is a second away; their answers re-open it earlier.
     */
    @Override
    public Instant earliest(long chatId, Instant now) {
        Instant t = now;
        Instant last = lastPerChat.get(chatId);
        if (last != null) {
            t = max(t, last.plus(limits.perChatInterval()));
        }
        if (chatId < 0) {
            Deque<Instant> g = trim(perGroup.get(chatId), now, MINUTE);
            int used = (g == null ? 0 : g.size()) + busyPerGroup.getOrDefault(chatId, 0);
            if (used >= limits.perGroupPerMinute()) {
                t = max(t, g == null || g.isEmpty() ? now.plus(SECOND) : g.peekFirst().plus(MINUTE));
            }
        }
        trim(global, now, SECOND);
        if (global.size() + busyGlobal >= limits.globalPerSecond()) {
            t = max(t, global.isEmpty() ? now.plus(SECOND) : global.peekFirst().plus(SECOND));
        }
        Instant wait = notBefore.get(chatId);
        if (wait != null) {
            t = max(t, wait);
        }
        return t;
    }

    /** A call to {@code chatId} starts: it counts against the windows from now on. */
    @Override
    public void started(long chatId) {
        busyGlobal++;
        if (chatId < 0) {
            busyPerGroup.merge(chatId, 1, Integer::sum);
        }
    }

    /** The call to {@code chatId} got its answer (any answer) at {@code at}. */
    @Override
    public void finished(long chatId, Instant at) {
        busyGlobal--;
        lastPerChat.merge(chatId, at, SendLimits::max);
        if (chatId < 0) {
            busyPerGroup.computeIfPresent(chatId, (k, n) -> n > 1 ? n - 1 : null);
            insert(perGroup.computeIfAbsent(chatId, k -> new ArrayDeque<>()), at);
        }
        insert(global, at);
    }

    /** Holds the chat back until {@code until} (a 429's retry_after, or a backoff after a failure). */
    @Override
    public void holdUntil(long chatId, Instant until) {
        notBefore.merge(chatId, until, SendLimits::max);
    }

    /** Forgets state of a chat that has nothing queued and no hold (keeps memory flat over many chats). */
    @Override
    public void forgetIdle(long chatId, Instant now) {
        Instant last = lastPerChat.get(chatId);
        if (last != null && !last.plus(limits.perChatInterval()).isAfter(now)) {
            lastPerChat.remove(chatId);
        }
        Instant hold = notBefore.get(chatId);
        if (hold != null && !hold.isAfter(now)) {
            notBefore.remove(chatId);
        }
        Deque<Instant> g = trim(perGroup.get(chatId), now, MINUTE);
        if (g != null && g.isEmpty()) {
            perGroup.remove(chatId);
        }
    }

    private static void insert(Deque<Instant> window, Instant at) {
        if (window.isEmpty() || !window.peekLast().isAfter(at)) {
            window.addLast(at);
            return;
        }
        // Answers may come back out of order: keep the window sorted (it holds a few dozen instants at most).
        java.util.List<Instant> all = new java.util.ArrayList<>(window);
        all.add(at);
        all.sort(null);
        window.clear();
        window.addAll(all);
    }

    private static Deque<Instant> trim(Deque<Instant> window, Instant now, Duration span) {
        if (window == null) {
            return null;
        }
        while (!window.isEmpty() && !window.peekFirst().plus(span).isAfter(now)) {
            window.pollFirst();
        }
        return window;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
