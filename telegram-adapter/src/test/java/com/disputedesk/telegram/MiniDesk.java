package com.disputedesk.telegram;

import com.disputedesk.core.bot.Arguments;
import com.disputedesk.core.bot.AttachmentHandler;
import com.disputedesk.core.bot.Bot;
import com.disputedesk.core.bot.ChoiceHandler;
import com.disputedesk.core.bot.CommandHandler;
import com.disputedesk.core.bot.CommandSpec;
import com.disputedesk.core.bot.Conversation;
import com.disputedesk.core.bot.Param;
import com.disputedesk.core.bot.Router;
import com.disputedesk.core.bot.Section;
import com.disputedesk.core.bot.Turn;
import com.disputedesk.core.chat.Card;
import com.disputedesk.core.chat.Choice;
import com.disputedesk.core.chat.Inbound;
import com.disputedesk.core.chat.Outbox;
import com.disputedesk.core.chat.Reply;
import com.disputedesk.core.kernel.UiLanguage;
import com.disputedesk.core.team.SettingsStore;
import com.disputedesk.core.team.Team;
import com.disputedesk.core.team.TeamDirectory;
import com.disputedesk.core.team.TeamSettings;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A small engine built from the core's real {@link Bot} and {@link Router} with a few test handlers, for adapter
 * tests that need no case store: /ping, /ask (buttons), /type (waits for typed text), /name (a card quoting a
 * buyer name), /long (a text over 4096 characters), /seq, and evidence hashing with a 1 MB limit.
 * Its team owns group -1001, the 20 groups -2001..-2020, and private chats of user 42.
 */
final class MiniDesk {
    static final long GROUP = -1001;
    static final long MEMBER = 42;
    static final long MAX_EVIDENCE = 1_000_000;
    static final Team TEAM = new Team("acme", "Acme Store", UiLanguage.EN, ZoneId.of("Europe/Warsaw"), chats(),
            Set.of("telegram:42"), Set.of("telegram:42"));

    private final Set<String> waitingForText = ConcurrentHashMap.newKeySet();
    /** Evidence stored, by sha256, with its size. */
    final Map<String, Long> evidence = new ConcurrentHashMap<>();
    final Bot bot;
    /** What /seq and /slow handled, in order (shared by the desks of several processes in one test). */
    private List<String> handled = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** What /slow waits for before it finishes. */
    private java.util.concurrent.CountDownLatch slowGate = new java.util.concurrent.CountDownLatch(0);

    /** Records what /seq and /slow handled in {@code log}; /slow finishes once {@code gate} opens. */
    MiniDesk sharing(List<String> log, java.util.concurrent.CountDownLatch gate) {
        this.handled = log;
        this.slowGate = gate;
        return this;
    }

    MiniDesk(Outbox outbox, Clock clock) {
        this(outbox, clock, List.of(TEAM));
    }

    MiniDesk(Outbox outbox, Clock clock, List<Team> teams) {
        SettingsStore settings = new SettingsStore() {
            @Override
            public Optional<String> get(String team, String name) {
                return Optional.empty();
            }

            @Override
            public void put(String team, String name, String value) {
            }

            @Override
            public Map<String, String> all(String team) {
                return Map.of();
            }
        };
        Router router = new Router(List.of(
                command("ping", (t, c) -> t.say("pong " + c.rawArgs())),
                command("seq", (t, c) -> {
                    handled.add("seq " + c.rawArgs());
                    t.say("seq " + c.rawArgs());
                }),
                command("slow", (t, c) -> {
                    handled.add("start " + c.rawArgs());
                    try {
                        slowGate.await(20, java.util.concurrent.TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    handled.add("end " + c.rawArgs());
                    t.say("slow " + c.rawArgs());
                }),
                command("ask", (t, c) -> t.say(Reply.prompt("Which marketplace?",
                        List.of(new Choice("mk:ae", "AliExpress"), new Choice("mk:temu", "Temu"),
                                new Choice("mk:silent", "Not mine"))))),
                command("type", (t, c) -> {
                    waitingForText.add(t.chat().key() + "|" + t.member().key());
                    t.say(Reply.prompt("Order number?", List.of()));
                }),
                command("name", (t, c) -> t.say(Reply.text("Case #7 opened")
                        .withCard(new Card("Case #7", List.of(new Card.Field("Buyer", c.rawArgs())), "")))),
                command("long", (t, c) -> t.say(IntStream.rangeClosed(1, 300)
                        .mapToObj(i -> "line " + i + " " + "x".repeat(20)).collect(Collectors.joining("\n")))),
                command("mention", (t, c) -> t.say(Reply.text("Your turn").mentioning(t.member()))),
                command("file", (t, c) -> t.say(new Reply("Here is the export", List.of(), Optional.empty(),
                        Optional.of(java.nio.file.Path.of(c.rawArgs())), Optional.empty(), Reply.TypedAnswer.NONE)))),
                List.of(new ChoiceHandler() {
                    @Override
                    public String prefix() {
                        return "mk";
                    }

                    @Override
                    public void handle(Turn turn, String payload) {
                        // "silent": a press the engine ignores (someone else's draft button).
                        if (!payload.equals("silent")) {
                            turn.say("picked " + payload);
                        }
                    }
                }),
                new Conversation() {
                    @Override
                    public boolean onText(Turn turn, Inbound.Text text) {
                        if (waitingForText.remove(turn.chat().key() + "|" + turn.member().key())) {
                            turn.say("got " + text.text());
                            return true;
                        }
                        return false;
                    }

                    @Override
                    public boolean onCommand(Turn turn, Inbound.Command command) {
                        return false;
                    }
                },
                (AttachmentHandler) this::evidence);
        this.bot = new Bot(new TeamDirectory(teams), new TeamSettings(settings), router, outbox, clock);
    }

    private void evidence(Turn turn, Inbound.Attachment a) {
        if (!a.caption().startsWith("/evidence ")) {
            turn.say("Send evidence with /evidence <case> as the caption.");
            return;
        }
        if (a.file().declaredSize() > MAX_EVIDENCE) {
            turn.say("Refused: " + a.file().fileName() + " is over the 1 MB limit.");
            return;
        }
        try (InputStream in = a.file().content().open()) {
            byte[] bytes = in.readAllBytes();
            String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            evidence.put(sha, (long) bytes.length);
            turn.say("Stored " + a.file().fileName() + " for case " + a.caption().substring(10) + " sha256 " + sha);
        } catch (IOException | NoSuchAlgorithmException e) {
            turn.say("Could not download the file: " + e.getMessage());
        }
    }

    private static Set<String> chats() {
        Set<String> chats = new HashSet<>();
        chats.add("telegram:" + GROUP);
        for (int i = 1; i <= 50; i++) {
            chats.add("telegram:" + (-2000 - i));
        }
        return chats;
    }

    private static CommandHandler command(String name, java.util.function.BiConsumer<Turn, Inbound.Command> body) {
        CommandSpec spec = CommandSpec.of(name, "minidesk", Section.QUICK)
                .params(Param.text("text", 10_000).optional()).build();
        return new CommandHandler() {
            @Override
            public List<CommandSpec> specs() {
                return List.of(spec);
            }

            @Override
            public void handle(Turn turn, Arguments args) {
                body.accept(turn, args.command());
            }
        };
    }
}
