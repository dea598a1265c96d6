package com.disputedesk.telegram;

import static org.awaitility.Awaitility.await;

import com.disputedesk.core.testkit.ChatKit;
import com.disputedesk.telegram.fake.FakeBotApi;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.awaitility.core.ConditionTimeoutException;

/**
 * A member's side of a Telegram group chat with the whole engine, as a {@link ChatKit}: a command is typed, any
 * other text replies to the bot's current message (privacy mode shows the bot only that), a press is an inline
 * button press. Replies are what the bot shows the chat, in order, read as the member sees them: each message it
 * sends and each edit of one (a dialog is one message edited as it goes).
 */
final class TelegramChat implements ChatKit {
    private static final Duration WAIT = Duration.ofSeconds(20);

    private final DeskOverTelegram wired;
    private final FakeBotApi fake;
    private final long chatId;
    private final long userId;
    private final String name;
    private final List<String> transcript = new ArrayList<>();
    private final List<Integer> injected = new ArrayList<>();
    /** The first message to the chat not matched yet (those before the last action are never replies to it). */
    private int next;
    private JsonNode current;

    TelegramChat(DeskOverTelegram wired, long chatId, long userId, String name) {
        this.wired = wired;
        this.fake = wired.fake;
        this.chatId = chatId;
        this.userId = userId;
        this.name = name;
    }

    @Override
    public TelegramChat send(String text) {
        startAction();
        if (text.startsWith("/") || current == null) {
            transcript.add("> " + text);
            return sent(fake.text(chatId, userId, name, text));
        }
        transcript.add("> (reply) " + text);
        return sent(fake.replyTo(chatId, userId, name, text, current));
    }

    @Override
    public TelegramChat press(String label) {
        List<FakeBotApi.Call> sent = replies();
        for (int i = sent.size() - 1; i >= 0; i--) {
            // The message as it looks now: an edit may have changed its buttons since.
            JsonNode message = fake.shownMessage(chatId, sent.get(i).body().path("result_message")
                    .path("message_id").asInt());
            for (JsonNode row : message.path("reply_markup").path("inline_keyboard")) {
                for (JsonNode button : row) {
                    if (button.path("text").asText().equalsIgnoreCase(label)) {
                        startAction();
                        transcript.add("> [" + button.path("text").asText() + "]");
                        return sent(fake.press(userId, name, message, button.path("callback_data").asText()));
                    }
                }
            }
        }
        throw fail("no button '" + label + "' on any message");
    }

    @Override
    public TelegramChat expect(String fragment) {
        try {
            await().atMost(WAIT).until(() -> replies().size() > next);
        } catch (ConditionTimeoutException e) {
            throw fail("expected a reply containing '" + fragment + "' but there was none left");
        }
        JsonNode message = replies().get(next++).body().path("result_message");
        String shown = readable(message.path("text").asText());
        transcript.add("< " + shown.replace("\n", "\n  "));
        if (!shown.contains(fragment)) {
            throw fail("expected a reply containing '" + fragment + "' but got:\n" + shown);
        }
        current = message;
        return this;
    }

    @Override
    public TelegramChat expectNoMore() {
        wired.settle(injected);
        List<String> texts = replies().stream().map(FakeBotApi.Call::text).toList();
        if (next < texts.size()) {
            throw fail("expected no more replies but got:\n" + String.join("\n---\n",
                    texts.subList(next, texts.size()).stream().map(TelegramChat::readable).toList()));
        }
        return this;
    }

    /**
     * Lets the previous action settle, then skips its replies nobody looked at (as the engine's kit drops them), so
     * a late reply to it is never taken for a reply to the next one.
     */
    private void startAction() {
        wired.settle(injected);
        next = replies().size();
    }

    private TelegramChat sent(int updateId) {
        if (updateId < 0) {
            throw fail("privacy mode hid this message from the bot");
        }
        injected.add(updateId);
        return this;
    }

    /**
     * What the bot showed the chat as replies: its messages and their edits, except the mark a press leaves on the
     * message it was on ("→ Unclaim", its buttons gone), which records the press rather than answers it.
     */
    private List<FakeBotApi.Call> replies() {
        return fake.shownTo(chatId).stream().filter(c -> !marksAPress(c)).toList();
    }

    private static boolean marksAPress(FakeBotApi.Call c) {
        return c.method().equals("editmessagetext") && c.body().path("reply_markup").path("inline_keyboard").isEmpty()
                && c.body().path("text").asText().matches("(?s).*\n→ <b>[^<\n]*</b>");
    }

    /** Telegram HTML as the member reads it. */
    private static String readable(String html) {
        return html.replaceAll("<[^>]+>", "").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&amp;", "&");
    }

    private AssertionError fail(String what) {
        return new AssertionError(what + "\n--- conversation ---\n" + String.join("\n", transcript));
    }
}
