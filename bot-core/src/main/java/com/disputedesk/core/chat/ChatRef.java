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
    /** How the id of a direct chat with a member starts. */
    private static final String DIRECT = "@";
    /** How the thread id of a {@link #anchoredAt reply thread} starts; no platform's thread id looks like it. */
    private static final String REPLIES = "reply-";

    public ChatRef {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(chatId, "chatId");
        Objects.requireNonNull(threadId, "threadId");
    }

    public static ChatRef of(Platform platform, String chatId) {
        return new ChatRef(platform, chatId, Optional.empty());
    }

    /**
     * The direct (private) chat with {@code member}: "@" and the member's user id, which no group, guild or channel
     * id looks like. Adapters find or open that chat when they deliver to it (Telegram: the private chat, whose id is
     * the user's; Discord: a DM channel).
     */
    public static ChatRef direct(Member member) {
        return direct(member.platform(), member.userId());
    }

    /** The direct chat with user {@code userId} of {@code platform} (see {@link #direct(Member)}). */
    public static ChatRef direct(Platform platform, String userId) {
        return of(platform, DIRECT + userId);
    }

    /** The user this direct chat is with; empty for a group, guild or channel. */
    public Optional<String> directUserId() {
        return chatId.startsWith(DIRECT) && chatId.length() > 1 ? Optional.of(chatId.substring(1))
                : Optional.empty();
    }

    public ChatRef inThread(String thread) {
        return new ChatRef(platform, chatId, Optional.of(thread));
    }

    /**
     * A thread made of replies, in a chat that has no threads of its own (a Telegram group without topics): the
     * first message kept in a slot there is its anchor, and every later message there answers it.
     *
     * @param anchor tells the reply threads of one chat apart (letters, digits and dashes)
     */
    public ChatRef anchoredAt(String anchor) {
        return inThread(REPLIES + anchor);
    }

    /** Whether this is a {@link #anchoredAt reply thread}, shown in its chat as replies to its anchor. */
    public boolean anchored() {
        return threadId.filter(t -> t.startsWith(REPLIES)).isPresent();
    }

    /** A stable text key, used to store per-chat state. */
    public String key() {
        return platform.name().toLowerCase(java.util.Locale.ROOT) + ":" + chatId + threadId.map(t -> "/" + t).orElse("");
    }
}
