package com.disputedesk.core.testkit;

/**
 * One member's side of a chat with the bot, on whichever platform a kit drives: the console or core engine
 * directly, Telegram through the real client against the fake Bot API, Discord through real JDA against the fake
 * Discord. A conversation script written against this interface runs unchanged on every kit, so a platform that
 * loses, doubles or adds a message fails the same script the others pass.
 *
 * <p>Each kit keeps its platform's own gestures: a typed line is a message (Telegram: a reply to the bot's prompt
 * in a group; Discord: a slash command, or the answer form for a typed answer), a press is a button press.
 */
public interface ChatKit {

    /** Types {@code text}: a command when it starts with '/', otherwise the answer to the bot's current question. */
    ChatKit send(String text);

    /** Presses the button labelled {@code label} (case-insensitive) on the bot's latest message offering it. */
    ChatKit press(String label);

    /**
     * The next reply not matched yet contains {@code fragment} (as the member reads it); kits of asynchronous
     * platforms wait for it. Fails, showing the conversation, when no such reply comes.
     */
    ChatKit expect(String fragment);

    /**
     * Every reply to the last action has been matched by an {@link #expect}: a script that ends with this fails on
     * a message nobody expected (a duplicate prompt, a stray error). Kits of asynchronous platforms first let the
     * last action settle, so a late extra message is caught too.
     */
    ChatKit expectNoMore();
}
