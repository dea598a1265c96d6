package com.disputedesk.core.chat;

import java.util.Optional;

/**
 * The port every adapter implements to deliver what the core says. Implementations queue and deliver
 * within the platform's limits; {@link #send} must not lose a message once it returns.
 */
public interface Outbox {
    void send(Outgoing message);

    /**
     * The largest file, in bytes, this outbox can deliver to {@code chat} (Telegram's 50 MB, a Discord server's
     * upload limit). The core splits or keeps back a larger one. Unlimited unless the platform sets a limit.
     */
    default long maxFileBytes(ChatRef chat) {
        return Long.MAX_VALUE;
    }

    /**
     * Opens a place of its own for a case begun in {@code chat} (a Discord thread, a Telegram forum topic) named
     * {@code name} (cut to the platform's limit by the adapter), and returns it; empty where the platform or the
     * chat has none (a Telegram group without topics, the console) or the platform refused: the case then lives
     * in {@code chat}. Unlike {@link #send}, this asks the platform at once, as the new place's id is needed.
     */
    default Optional<ChatRef> openHome(ChatRef chat, String name) {
        return Optional.empty();
    }

    /**
     * Closes a case's place ({@link #openHome}) after everything sent to it so far: Discord archives the thread,
     * Telegram closes the topic. Queued like a message, so it never overtakes the case's last message.
     */
    default void closeHome(ChatRef home) {
    }
}
