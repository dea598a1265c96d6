package com.disputedesk.telegram;

import java.util.List;

/**
 * One Bot API call the adapter owes Telegram, in a form that can be stored (JSON) and sent later: the outbox
 * table holds these until Telegram has taken them.
 *
 * @param kind            which call
 * @param chatId          the chat
 * @param threadId        the forum topic, or null
 * @param messageId       for {@link Kind#EDIT}: the message to edit; null otherwise
 * @param replyTo         for {@link Kind#SEND}: the message answered, or null
 * @param callbackQueryId for {@link Kind#ANSWER_CALLBACK}: the query answered; null otherwise
 * @param html            the text in Telegram HTML (already escaped), at most 4096 characters; for an answer, the
 *                        plain-text alert only the presser sees, or null for none
 * @param keyboard        inline keyboard rows (empty: none; for an edit, empty removes the keyboard)
 * @param forceReply      ask the member's client to answer by reply (groups with privacy mode on)
 * @param selective       force the reply only for the member answered
 * @param documentPath    for {@link Kind#DOCUMENT}: the file to send; null otherwise
 * @param slot            for {@link Kind#SEND}: the message slot it shows (edited in place once posted), or null
 * @param anchor          for {@link Kind#SEND}: the reply thread it belongs to in a group without topics (a case
 *                        kept as replies to its card), or null; the thread's first slot message is its anchor, and
 *                        the others reply to that message once it is posted
 */
record OutboundMessage(Kind kind, long chatId, Integer threadId, Integer messageId, Integer replyTo,
                       String callbackQueryId, String html, List<List<Button>> keyboard, boolean forceReply,
                       boolean selective, String documentPath, String slot, String anchor) {

    OutboundMessage {
        keyboard = keyboard == null ? List.of() : keyboard.stream().map(List::copyOf).toList();
    }

    /** A call outside any reply thread. */
    OutboundMessage(Kind kind, long chatId, Integer threadId, Integer messageId, Integer replyTo,
                    String callbackQueryId, String html, List<List<Button>> keyboard, boolean forceReply,
                    boolean selective, String documentPath, String slot) {
        this(kind, chatId, threadId, messageId, replyTo, callbackQueryId, html, keyboard, forceReply, selective,
                documentPath, slot, null);
    }

    /** The Bot API calls we make. */
    enum Kind {
        SEND,
        EDIT,
        ANSWER_CALLBACK,
        DOCUMENT,
        /** closeForumTopic: a closed case's topic, after its last message. */
        CLOSE_TOPIC
    }

    /** One inline button: what it shows and its callback data. */
    record Button(String label, String data) {
    }

    static OutboundMessage answer(long chatId, String callbackQueryId) {
        return alert(chatId, callbackQueryId, null);
    }

    /** Answers a press with an alert only the presser sees ({@code text} null: a silent answer). */
    static OutboundMessage alert(long chatId, String callbackQueryId, String text) {
        return new OutboundMessage(Kind.ANSWER_CALLBACK, chatId, null, null, null, callbackQueryId, text, List.of(),
                false, false, null, null);
    }

    static OutboundMessage edit(long chatId, int messageId, String html, List<List<Button>> keyboard) {
        return new OutboundMessage(Kind.EDIT, chatId, null, messageId, null, null, html, keyboard, false, false, null,
                null);
    }

    /** The same message as an edit of {@code messageId} (a slot's message already posted). */
    OutboundMessage asEditOf(int messageId) {
        return new OutboundMessage(Kind.EDIT, chatId, threadId, messageId, null, null, html, keyboard, false, false,
                null, slot);
    }

    static OutboundMessage closeTopic(long chatId, int threadId) {
        return new OutboundMessage(Kind.CLOSE_TOPIC, chatId, threadId, null, null, null, null, List.of(), false, false,
                null, null);
    }

    /** The same call in another topic of the same chat, or outside any topic ({@code thread} null). */
    OutboundMessage inThread(Integer thread) {
        return new OutboundMessage(kind, chatId, thread, messageId, replyTo, callbackQueryId, html, keyboard,
                forceReply, selective, documentPath, slot, anchor);
    }

    /** The same message answering message {@code messageId} (its reply thread's anchor). */
    OutboundMessage replyingTo(int messageId) {
        return new OutboundMessage(kind, chatId, threadId, this.messageId, messageId, callbackQueryId, html, keyboard,
                forceReply, selective, documentPath, slot, anchor);
    }

    /** The slot that names the message of this call's reply thread's anchor, if it is in one. */
    java.util.Optional<String> anchorSlot() {
        return java.util.Optional.ofNullable(anchor).map(a -> "anchor/" + chatId + "/" + a);
    }

    /** Whether Telegram counts this call against the chat's message limits. */
    boolean counts() {
        return kind != Kind.ANSWER_CALLBACK;
    }
}
