package com.disputedesk.discord;

import static org.awaitility.Awaitility.await;

import com.disputedesk.discord.fake.FakeDiscord;
import com.disputedesk.discord.fake.FakeDiscord.Interaction;
import com.disputedesk.discord.fake.FakeDiscord.Person;
import com.disputedesk.discord.fake.FakeDiscord.RestCall;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.awaitility.core.ConditionTimeoutException;

/**
 * A member working the desk in the fake Discord as they would in the app: slash commands, button presses by
 * label, typed answers through the answer form. {@code expect} waits for the bot's answer to the last action.
 * A failed expectation shows everything the bot said so far.
 */
final class DiscordChat {
    private final DiscordHarness h;
    private final Person who;
    private final List<Interaction> actions = new ArrayList<>();
    private Interaction last;

    DiscordChat(DiscordHarness h, Person who) {
        this.h = h;
        this.who = who;
    }

    /** Runs a slash command built on a fresh interaction, e.g. {@code i -> i.subcommand("dispute", "new")}. */
    DiscordChat slash(UnaryOperator<Interaction> command) {
        return act(command.apply(h.fake.interaction(2, who)));
    }

    /** Presses the button (or picks the select-menu option) labelled {@code label} on the bot's latest prompt. */
    DiscordChat press(String label) {
        try {
            await().atMost(DiscordHarness.WAIT).until(() -> component(label).isPresent());
        } catch (ConditionTimeoutException e) {
            throw fail("no button '" + label + "'");
        }
        String[] found = component(label).orElseThrow();
        Interaction i = h.fake.interaction(3, who);
        if (found[3] != null) {
            return act(found[0].equals("menu") ? i.select(found[1], found[2], found[3])
                    : i.button(found[1], found[3]));
        }
        return act(found[0].equals("menu") ? i.select(found[1], found[2]) : i.button(found[1]));
    }

    /** Presses the button labelled {@code label} on {@code message}, a message the bot posted on its own. */
    DiscordChat pressOn(JsonNode message, String label) {
        Optional<String[]> found = componentIn(message, label);
        if (found.isEmpty()) {
            throw fail("no button '" + label + "' on " + message);
        }
        return act(h.fake.interaction(3, who).button(found.get()[1]));
    }

    /** Answers a typed step: presses the answer button, checks the form opened, and submits {@code text}. */
    DiscordChat answer(String text) {
        press(ReplyRenderer.ANSWER_LABEL);
        JsonNode form = h.answers(last, 1).get(0).body();
        if (form.path("type").asInt() != 9) {
            throw fail("the answer button did not open a form: " + form);
        }
        String from = h.fake.pressedMessage(last.id);
        Interaction submit = h.fake.interaction(5, who);
        return act(from == null ? submit.modal(form.path("data").path("custom_id").asText(),
                ComponentId.AnswerForm.INPUT, text) : submit.modal(form.path("data").path("custom_id").asText(),
                ComponentId.AnswerForm.INPUT, text, from));
    }

    /** Some message answering the last action contains {@code fragment} (as the member reads it). */
    DiscordChat expect(String fragment) {
        message(fragment);
        return this;
    }

    /** The message answering the last action that contains {@code fragment}, as sent (raw payload). */
    JsonNode message(String fragment) {
        try {
            await().atMost(DiscordHarness.WAIT).until(() -> find(fragment).isPresent());
        } catch (ConditionTimeoutException e) {
            throw fail("expected a message containing '" + fragment + "'");
        }
        return find(fragment).orElseThrow();
    }

    /** The messages the channel shows now that everyone there sees, oldest first. */
    List<JsonNode> channelMessages() {
        return h.fake.botMessagesIn(FakeDiscord.CHANNEL);
    }

    /** The messages answering the last action, once there are at least {@code n}. */
    List<JsonNode> messages(int n) {
        return h.answers(last, n).stream().map(RestCall::message).toList();
    }

    /** The member's last action (a slash command, press or form submit), or null before the first. */
    Interaction lastAction() {
        return last;
    }

    /** Among the answers to the last action, and the edits of kept messages the bot made since it. */
    private Optional<JsonNode> find(String fragment) {
        List<RestCall> said = new ArrayList<>(h.fake.answersTo(last));
        said.addAll(h.fake.calls(c -> c.method().equals("PATCH") && c.path().matches("/channels/\\d+/messages/\\d+")
                && c.receivedNanos() >= last.sentNanos()));
        return said.stream().map(RestCall::message).filter(m -> m != null)
                .filter(m -> readable(m).contains(fragment)).findFirst();
    }

    private DiscordChat act(Interaction i) {
        last = i;
        actions.add(i);
        i.send();
        h.answers(i, 1);
        return this;
    }

    /**
     * {kind, custom id, value, message id}: the newest component labelled so on the messages the channel shows,
     * else among everything the bot answered the last action with (message id null: one only its reader sees).
     */
    private Optional<String[]> component(String label) {
        List<JsonNode> shown = channelMessages();
        for (int m = shown.size() - 1; m >= 0; m--) {
            Optional<String[]> found = componentIn(shown.get(m), label);
            if (found.isPresent()) {
                String[] on = found.get();
                return Optional.of(new String[] {on[0], on[1], on[2], shown.get(m).path("id").asText()});
            }
        }
        List<RestCall> answers = last == null ? List.of() : h.fake.answersTo(last);
        for (int a = answers.size() - 1; a >= 0; a--) {
            JsonNode m = answers.get(a).message();
            Optional<String[]> found = m == null ? Optional.empty() : componentIn(m, label);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static Optional<String[]> componentIn(JsonNode m, String label) {
        for (JsonNode row : m.path("components")) {
            for (JsonNode c : row.path("components")) {
                if (c.path("type").asInt() == 2 && label.equalsIgnoreCase(c.path("label").asText())) {
                    return Optional.of(new String[] {"button", c.path("custom_id").asText(), "", null});
                }
                for (JsonNode o : c.path("options")) {
                    if (label.equalsIgnoreCase(o.path("label").asText())) {
                        return Optional.of(new String[] {"menu", c.path("custom_id").asText(),
                                o.path("value").asText(), null});
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** A message as a member reads it: content and embeds, Markdown escapes removed. */
    static String readable(JsonNode m) {
        StringBuilder out = new StringBuilder(m.path("content").asText());
        for (JsonNode e : m.path("embeds")) {
            out.append('\n').append(e.path("title").asText()).append('\n').append(e.path("description").asText());
            for (JsonNode f : e.path("fields")) {
                out.append('\n').append(f.path("name").asText()).append(": ").append(f.path("value").asText());
            }
            out.append('\n').append(e.path("footer").path("text").asText());
        }
        return out.toString().replaceAll("\\\\(\\p{Punct})", "$1");
    }

    String transcript() {
        StringBuilder out = new StringBuilder();
        for (Interaction i : actions) {
            for (RestCall c : h.fake.answersTo(i)) {
                JsonNode m = c.message();
                if (m != null && (m.has("content") || m.has("embeds"))) {
                    out.append("< ").append(readable(m).replace("\n", "\n  ")).append('\n');
                    List<String> labels = new ArrayList<>();
                    for (JsonNode row : m.path("components")) {
                        row.path("components").forEach(b -> labels.add(b.path("label").asText()));
                    }
                    if (!labels.isEmpty()) {
                        out.append("  ").append(labels).append('\n');
                    }
                }
            }
        }
        return out.toString();
    }

    private AssertionError fail(String what) {
        return new AssertionError(what + "\n--- the bot said ---\n" + transcript());
    }
}
