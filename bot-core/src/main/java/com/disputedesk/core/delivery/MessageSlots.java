package com.disputedesk.core.delivery;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which platform message each slot of one bot names (see {@link com.disputedesk.core.chat.Slot}): written by the
 * platform's sender when it posts a slot's message, read when it edits it. Keyed by the bot, like its outbox, so
 * a restarted process edits the same messages.
 */
public interface MessageSlots {

    /** The platform's id of the message kept for {@code slot}, if one was posted. */
    Optional<String> messageOf(String slot);

    /** Remembers that {@code slot} is now shown by message {@code messageId}. */
    void keep(String slot, String messageId, Instant at);

    /** Forgets the slot's message (gone on the platform): the next send posts anew. */
    void forget(String slot);

    /** Slots kept in memory (tests, a bot without a database). */
    static MessageSlots inMemory() {
        Map<String, String> kept = new ConcurrentHashMap<>();
        return new MessageSlots() {
            @Override
            public Optional<String> messageOf(String slot) {
                return Optional.ofNullable(kept.get(slot));
            }

            @Override
            public void keep(String slot, String messageId, Instant at) {
                kept.put(slot, messageId);
            }

            @Override
            public void forget(String slot) {
                kept.remove(slot);
            }
        };
    }
}
