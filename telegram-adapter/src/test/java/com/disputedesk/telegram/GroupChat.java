package com.disputedesk.telegram;

import static org.awaitility.Awaitility.await;

import com.disputedesk.telegram.fake.FakeBotApi;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A member's side of a Telegram chat with the bot, over the fake Bot API: type a command, answer the bot's last
 * prompt by replying to it (as privacy mode requires in groups), press a button on it, and wait for what the bot
 * says. A failed wait shows the whole conversation.
 */
final class GroupChat {
    private static final Duration WAIT = Duration.ofSeconds(20);

    private final FakeBotApi fake;
    private final long chatId;
    private final long userId;
    private final String name;
    private final List<String> transcript = new ArrayList<>();
    private int seen;
    private JsonNode current;

    GroupChat(FakeBotApi fake, long chatId, long userId, String name) {
        this.fake = fake;
        this.chatId = chatId;
        this.userId = userId;
        this.name = name;
    }

    /** Types a message or command (not a reply). */
    GroupChat send(String text) {
        transcript.add("> " + text);
        fake.text(chatId, userId, name, text);
        return this;
    }

    /** Answers the bot's current prompt by replying to it. */
    GroupChat answer(String text) {
        transcript.add("> (reply) " + text);
        fake.replyTo(chatId, userId, name, text, current);
        return this;
    }

    /** Presses the button labelled {@code label} on the bot's current message. */
    GroupChat press(String label) {
        transcript.add("> [" + label + "]");
        for (JsonNode row : current.path("reply_markup").path("inline_keyboard")) {
            for (JsonNode button : row) {
                if (button.path("text").asText().equals(label)) {
                    fake.press(userId, name, current, button.path("callback_data").asText());
                    return this;
                }
            }
        }
        throw new AssertionError("no button '" + label + "' on:\n" + current.toPrettyString() + "\n" + transcript());
    }

    /**
     * Waits for the bot to show {@code fragment}, in a new message or an edit of one (a dialog is one message edited
     * as it goes); that message becomes the current one.
     */
    GroupChat expect(String fragment) {
        try {
            await().atMost(WAIT).until(() -> find(fragment) >= 0);
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError("no message containing '" + fragment + "'\n" + transcript(), e);
        }
        int at = find(fragment);
        List<FakeBotApi.Call> sent = fake.shownTo(chatId);
        for (int i = seen; i <= at; i++) {
            transcript.add("< " + sent.get(i).text().replace("\n", "\n  "));
        }
        current = sent.get(at).body().path("result_message");
        seen = at + 1;
        return this;
    }

    /** Presses the button labelled {@code label} on {@code message}, one of the bot's messages another member saw. */
    GroupChat pressOn(JsonNode message, String label) {
        JsonNode saved = current;
        current = message;
        try {
            return press(label);
        } finally {
            current = saved;
        }
    }

    /** The HTML of the current message. */
    String currentHtml() {
        return current.path("text").asText();
    }

    JsonNode current() {
        return current;
    }

    /** How many messages the bot sent to the chat that contain {@code fragment}. */
    long count(String fragment) {
        return fake.textsTo(chatId).stream().filter(t -> t.contains(fragment)).count();
    }

    private int find(String fragment) {
        List<String> texts = fake.shownTo(chatId).stream().map(FakeBotApi.Call::text).toList();
        for (int i = seen; i < texts.size(); i++) {
            if (texts.get(i).contains(fragment)) {
                return i;
            }
        }
        return -1;
    }

    String transcript() {
        return "--- conversation ---\n" + String.join("\n", transcript);
    }
}
