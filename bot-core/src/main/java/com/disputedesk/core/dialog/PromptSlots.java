package com.disputedesk.core.dialog;

import com.disputedesk.core.bot.Turn;
import com.disputedesk.core.chat.Slot;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which message shows each member's draft: one slot per draft, so the whole dialog is one message edited in place.
 * Kept in memory on purpose: a draft this process has not shown yet is one that was open before a restart, and
 * the member's next message then hears where it stands, in a new message of its own rather than an edit far up
 * the chat.
 */
final class PromptSlots {
    private final Map<String, Slot> shown = new ConcurrentHashMap<>();
    /** Slots handed out by this process: two drafts begun in the same millisecond still get two messages. */
    private final Set<Slot> used = ConcurrentHashMap.newKeySet();

    /** The draft's message; the draft's first one when this process has not shown it yet. */
    Slot of(Turn turn, DialogKey key, DialogState state) {
        return shown.computeIfAbsent(key.key(), k -> {
            Slot slot = slot(turn, state, "");
            for (int n = 2; !used.add(slot); n++) {
                slot = slot(turn, state, "-" + n);
            }
            return slot;
        });
    }

    /** Whether this process has shown the member's draft since it started. */
    boolean shownSinceStart(DialogKey key) {
        return shown.containsKey(key.key());
    }

    /** From now on the draft shows in a new message (after a restart: the old one may be far up the chat). */
    void renew(Turn turn, DialogKey key, DialogState state) {
        Slot slot = slot(turn, state, "-" + turn.now().toEpochMilli());
        for (int n = 2; !used.add(slot); n++) {
            slot = slot(turn, state, "-" + turn.now().toEpochMilli() + "-" + n);
        }
        shown.put(key.key(), slot);
    }

    /** The draft is over (confirmed, cancelled, replaced). */
    void forget(DialogKey key) {
        shown.remove(key.key());
    }

    private static Slot slot(Turn turn, DialogState state, String suffix) {
        return Slot.prompt(turn.chat(), turn.member(), state.startedAt().toEpochMilli() + suffix);
    }
}
