package com.disputedesk.telegram;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Telegram's flood limits kept on our side, so that we wait instead of earning 429s: a minimum interval per chat,
 * a count per minute per group (negative chat ids), a count per second overall, plus any retry_after Telegram
 * asked for. Pure bookkeeping over instants the caller passes in; not thread-safe (the delivery queue owns it).
 */
final class SendLimits {
    private static final Duration MINUTE = Duration.ofMinutes(1);
    private static final Duration SECOND = Duration.ofSeconds(1);

    private final TelegramSettings.Limits limits;
    private final Map<Long, Instant> lastPerChat = new HashMap<>();
    private final Map<Long, Deque<Instant>> perGroup = new HashMap<>();
    private final Deque<Instant> global = new ArrayDeque<>();
    private final Map<Long, Instant> notBefore = new HashMap<>();

    SendLimits(TelegramSettings.Limits limits) {
        this.limits = limits;
    }

    /** The earliest instant a message may go to {@code chatId}: {@code now} or later. */
    Instant earliest(long chatId, Instant now) {
        Instant t = now;
        Instant last = lastPerChat.get(chatId);
        if (last != null) {
            t = max(t, last.plus(limits.perChatInterval()));
        }
        if (chatId < 0) {
            Deque<Instant> g = trim(perGroup.get(chatId), now, MINUTE);
            if (g != null && g.size() >= limits.perGroupPerMinute()) {
                t = max(t, g.peekFirst().plus(MINUTE));
            }
        }
        trim(global, now, SECOND);
        if (global.size() >= limits.globalPerSecond()) {
            t = max(t, global.peekFirst().plus(SECOND));
        }
        Instant wait = notBefore.get(chatId);
        if (wait != null) {
            t = max(t, wait);
        }
        return t;
    }

    /** Counts a message sent to {@code chatId} at {@code at}. */
    void record(long chatId, Instant at) {
        lastPerChat.put(chatId, at);
        if (chatId < 0) {
            perGroup.computeIfAbsent(chatId, k -> new ArrayDeque<>()).addLast(at);
        }
        global.addLast(at);
    }

    /** Holds the chat back until {@code until} (a 429's retry_after, or a backoff after a failure). */
    void holdUntil(long chatId, Instant until) {
        notBefore.merge(chatId, until, SendLimits::max);
    }

    /** Forgets state of a chat that has nothing queued and no hold (keeps memory flat over many chats). */
    void forgetIdle(long chatId, Instant now) {
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
