package com.disputedesk.core.chat;

import java.util.Objects;
import java.util.Optional;

/**
 * Where a conversation happens: a chat on one platform, and optionally a thread inside it
 * (a Telegram forum topic, a Discord thread).
 *
 * @param platform the platform the chat lives on
 * @param chatId   the platform's id of the chat (Telegram chat id, Discord guild or DM channel id, "console")
 * @param threadId the thread inside the chat, empty when the chat has none
 */
public record ChatRef(Platform platform, String chatId, Optional<String> threadId) {
    public ChatRef {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(chatId, "chatId");
        Objects.requireNonNull(threadId, "threadId");
    }

    public static ChatRef of(Platform platform, String chatId) {
        return new ChatRef(platform, chatId, Optional.empty());
    }

    public ChatRef inThread(String thread) {
        return new ChatRef(platform, chatId, Optional.of(thread));
    }

    /** A stable text key, used to store per-chat state. */
    public String key() {
        return platform.name().toLowerCase(java.util.Locale.ROOT) + ":" + chatId + threadId.map(t -> "/" + t).orElse("");
    }
}
