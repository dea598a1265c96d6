package com.disputedesk.discord;

import com.disputedesk.core.bot.Arguments;
import com.disputedesk.core.bot.AttachmentHandler;
import com.disputedesk.core.bot.CaseCompleter;
import com.disputedesk.core.bot.CommandSpec;
import com.disputedesk.core.bot.Bot;
import com.disputedesk.core.bot.ChoiceHandler;
import com.disputedesk.core.bot.CommandHandler;
import com.disputedesk.core.bot.Conversation;
import com.disputedesk.core.bot.Router;
import com.disputedesk.core.bot.Turn;
import com.disputedesk.core.chat.Inbound;
import com.disputedesk.core.chat.Outbox;
import com.disputedesk.core.team.SettingsStore;
import com.disputedesk.core.team.TeamDirectory;
import com.disputedesk.core.team.TeamSettings;
import java.time.Clock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import com.disputedesk.core.testkit.TestDesk;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;

/**
 * A real {@link Bot} (the core's entry point, its team check and router) whose handlers a test scripts: each
 * records what the adapter handed over and answers with whatever the test says. For adapter behaviour that the
 * engine's own features do not exercise (slow steps, many choices, mentions).
 */
final class ScriptedCore {
    final List<Inbound> received = new CopyOnWriteArrayList<>();
    private final Map<String, BiConsumer<Turn, Inbound>> answers = new ConcurrentHashMap<>();
    private volatile BiConsumer<Turn, Inbound> onText = (t, in) -> t.say("text: " + ((Inbound.Text) in).text());
    private volatile BiConsumer<Turn, Inbound> onChoice = (t, in) -> t.say("picked "
            + ((Inbound.ChoicePicked) in).choiceId());
    private volatile BiConsumer<Turn, Inbound> onFile = (t, in) -> t.say("file");

    /** What the core does with command {@code name}. */
    ScriptedCore on(String name, BiConsumer<Turn, Inbound> answer) {
        answers.put(name, answer);
        return this;
    }

    ScriptedCore onText(BiConsumer<Turn, Inbound> answer) {
        onText = answer;
        return this;
    }

    ScriptedCore onChoice(BiConsumer<Turn, Inbound> answer) {
        onChoice = answer;
        return this;
    }

    ScriptedCore onFile(BiConsumer<Turn, Inbound> answer) {
        onFile = answer;
        return this;
    }

    private List<com.disputedesk.core.team.Team> teams = List.of(DiscordHarness.TEAM);

    /** Serves these teams instead of the harness's one team in guild 9001. */
    ScriptedCore serving(com.disputedesk.core.team.Team... served) {
        teams = List.of(served);
        return this;
    }

    Bot bot(Outbox outbox, Clock clock) {
        return bot(outbox, clock, CaseCompleter.NONE, List.of());
    }

    /**
     * The engine answering every command the real desk declares (parsed against its declarations) with the
     * script, plus {@code extra} handlers as they are, suggesting cases with {@code cases}.
     */
    Bot bot(Outbox outbox, Clock clock, CaseCompleter cases, List<CommandHandler> extra) {
        CommandHandler commands = new CommandHandler() {
            @Override
            public List<CommandSpec> specs() {
                return DESK_SPECS.get();
            }

            @Override
            public void handle(Turn turn, Arguments args) {
                Inbound.Command command = args.command();
                received.add(command);
                answers.getOrDefault(command.name(), (t, in) -> t.say("ok /" + command.name() + " "
                        + command.args())).accept(turn, command);
            }
        };
        ChoiceHandler choices = new ChoiceHandler() {
            @Override
            public String prefix() {
                return "t";
            }

            @Override
            public void handle(Turn turn, String payload) {
                received.add(turn.inbound());
                onChoice.accept(turn, turn.inbound());
            }
        };
        Conversation conversation = new Conversation() {
            @Override
            public boolean onText(Turn turn, Inbound.Text text) {
                received.add(text);
                onText.accept(turn, text);
                return true;
            }

            @Override
            public boolean onCommand(Turn turn, Inbound.Command command) {
                return false;
            }
        };
        AttachmentHandler files = (turn, a) -> {
            received.add(a);
            onFile.accept(turn, a);
        };
        List<CommandHandler> handlers = new ArrayList<>(List.of(commands));
        handlers.addAll(extra);
        Router router = new Router(handlers, List.of(choices), conversation, files, cases);
        return new Bot(new TeamDirectory(teams), new TeamSettings(new MemorySettings()), router,
                outbox, clock);
    }

    /** What the real desk declares, but /help, which the router answers itself. Read once, from a desk in a temp folder. */
    static final Supplier<List<CommandSpec>> DESK_SPECS = new Supplier<>() {
        private List<CommandSpec> specs;

        @Override
        public synchronized List<CommandSpec> get() {
            if (specs == null) {
                specs = declared().stream().filter(s -> !s.name().equals("help")).toList();
            }
            return specs;
        }
    };

    /** Every command the real desk declares, /help included. */
    static List<CommandSpec> declared() {
        try {
            Path dir = Files.createTempDirectory("desk-specs");
            try (TestDesk desk = TestDesk.open(dir)) {
                return desk.desk().bot().commands();
            } finally {
                try (var files = Files.walk(dir)) {
                    files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Settings kept in memory. */
    static final class MemorySettings implements SettingsStore {
        private final Map<String, String> values = new ConcurrentHashMap<>();

        @Override
        public Optional<String> get(String team, String name) {
            return Optional.ofNullable(values.get(team + "/" + name));
        }

        @Override
        public void put(String team, String name, String value) {
            values.put(team + "/" + name, value);
        }

        @Override
        public Map<String, String> all(String team) {
            return Map.copyOf(values);
        }
    }
}
