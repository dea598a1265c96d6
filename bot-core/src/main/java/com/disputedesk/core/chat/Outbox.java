package com.disputedesk.core.chat;

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
}
