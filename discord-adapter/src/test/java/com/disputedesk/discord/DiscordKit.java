package com.disputedesk.discord;

import static org.awaitility.Awaitility.await;

import com.disputedesk.core.bot.CommandSpec;
import com.disputedesk.core.bot.Param;
import com.disputedesk.core.bot.ParamType;
import com.disputedesk.core.testkit.ChatKit;
import com.disputedesk.discord.fake.FakeDiscord.Interaction;
import com.disputedesk.discord.fake.FakeDiscord.Person;
import com.disputedesk.discord.fake.FakeDiscord.RestCall;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.awaitility.core.ConditionTimeoutException;

/**
 * A member's side of the desk in the fake Discord, as a {@link ChatKit}: a typed command becomes the slash command
 * the adapter registered for it (options named after the command's params), any other text is typed into the
 * answer form, a press is a button press. Replies are the messages answering the last action, in order, as the
 * member reads them.
 *
 * <p>Discord tells nobody when the bot has finished with an interaction, so {@link #expectNoMore} asks that no
 * unmatched reply shows up for a short quiet spell after the last one; the bot's replies to one action follow
 * each other within milliseconds on the local fake.
 */
final class DiscordKit implements ChatKit {
    private static final Duration QUIET = Duration.ofMillis(300);

    private final DiscordHarness h;
    private final DiscordChat chat;
    private final List<CommandSpec> commands;
    private int next;

    DiscordKit(DiscordHarness h, Person who, List<CommandSpec> commands) {
        this.chat = new DiscordChat(h, who);
        this.h = h;
        this.commands = List.copyOf(commands);
    }

    @Override
    public DiscordKit send(String text) {
        next = 0;
        if (!text.startsWith("/")) {
            chat.answer(text);
            return this;
        }
        String[] words = text.substring(1).strip().split("\\s+");
        CommandSpec spec = commands.stream().filter(c -> c.name().equals(words[0])).findFirst()
                .orElseThrow(() -> new AssertionError("no slash command for " + text));
        List<Object> options = options(spec, Arrays.copyOfRange(words, 1, words.length));
        if (spec.parent().isPresent()) {
            String[] strings = options.stream().map(Object::toString).toArray(String[]::new);
            chat.slash(i -> i.subcommand(spec.parent().get(), spec.name(), strings));
        } else {
            chat.slash(i -> i.slash(spec.name(), options.toArray()));
        }
        return this;
    }

    @Override
    public DiscordKit press(String label) {
        next = 0;
        chat.press(label);
        return this;
    }

    @Override
    public DiscordKit expect(String fragment) {
        try {
            await().atMost(DiscordHarness.WAIT).until(() -> replies().size() > next);
        } catch (ConditionTimeoutException e) {
            throw fail("expected a reply containing '" + fragment + "' but there was none left");
        }
        String shown = DiscordChat.readable(replies().get(next++));
        if (!shown.contains(fragment)) {
            throw fail("expected a reply containing '" + fragment + "' but got:\n" + shown);
        }
        return this;
    }

    @Override
    public DiscordKit expectNoMore() {
        try {
            await().during(QUIET).atMost(QUIET.multipliedBy(3)).until(() -> replies().size() <= next);
        } catch (ConditionTimeoutException e) {
            List<JsonNode> all = replies();
            throw fail("expected no more replies but got:\n" + String.join("\n---\n",
                    all.subList(next, all.size()).stream().map(DiscordChat::readable).toList()));
        }
        return this;
    }

    /** The messages answering the last action that a member sees (not deferrals or form openings). */
    private List<JsonNode> replies() {
        Interaction last = chat.lastAction();
        if (last == null) {
            return List.of();
        }
        return h.fake.answersTo(last).stream().map(RestCall::message)
                .filter(m -> m != null && (m.has("content") || m.has("embeds"))).toList();
    }

    /** Typed arguments as the slash command's options: one per param in order, the last free text taking the rest. */
    private static List<Object> options(CommandSpec spec, String[] typed) {
        List<Object> options = new ArrayList<>();
        // name=value facts all go into the command's one facts option, the other words to the params in order
        List<Param<?>> params = new ArrayList<>(spec.params());
        java.util.Optional<Param<?>> facts = params.stream().filter(x -> x.type() instanceof ParamType.Facts)
                .findFirst();
        String[] words = typed;
        if (facts.isPresent()) {
            params.remove(facts.get());
            String joined = String.join(" ", Arrays.stream(typed).filter(w -> w.contains("=")).toList());
            words = Arrays.stream(typed).filter(w -> !w.contains("=")).toArray(String[]::new);
            if (!joined.isEmpty()) {
                options.add(facts.get().name());
                options.add(joined);
            }
        }
        for (int p = 0; p < params.size() && p < words.length; p++) {
            Param<?> param = params.get(p);
            boolean rest = p == params.size() - 1 && param.type() instanceof ParamType.Text;
            String word = rest ? String.join(" ", Arrays.copyOfRange(words, p, words.length)) : words[p];
            options.add(param.name());
            options.add(param.type() instanceof ParamType.IntRange && word.matches("-?\\d+")
                    ? (Object) Integer.valueOf(word) : word);
        }
        return options;
    }

    private AssertionError fail(String what) {
        return new AssertionError(what + "\n--- the bot said ---\n" + chat.transcript());
    }
}
