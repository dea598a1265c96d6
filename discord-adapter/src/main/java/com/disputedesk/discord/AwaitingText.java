package com.disputedesk.discord;

import com.disputedesk.core.chat.ChatRef;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which member the bot has just asked for typed text in which channel. With the message-content intent on, that
 * member's next plain message there is the answer; every other message in the channel is none of the bot's
 * business and is ignored.
 */
final class AwaitingText {
    private final Set<String> waiting = ConcurrentHashMap.newKeySet();

    void expect(ChatRef chat, String userId) {
        waiting.add(key(chat, userId));
    }

    /** True once per expectation: whether this message is the awaited answer. */
    boolean take(ChatRef chat, String userId) {
        return waiting.remove(key(chat, userId));
    }

    void clear(ChatRef chat, String userId) {
        waiting.remove(key(chat, userId));
    }

    private static String key(ChatRef chat, String userId) {
        return chat.key() + "|" + userId;
    }
}
