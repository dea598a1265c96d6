package com.disputedesk.telegram;

import com.disputedesk.core.chat.Outbox;
import com.disputedesk.core.chat.Outgoing;
import com.disputedesk.core.chat.Platform;
import com.disputedesk.core.chat.RoutingOutbox;
import com.disputedesk.core.kernel.UiLanguage;
import com.disputedesk.core.store.JdbcDeliveryLedger;
import com.disputedesk.core.team.Team;
import com.disputedesk.core.team.TeamDirectory;
import com.disputedesk.core.testkit.TestDesk;
import com.disputedesk.telegram.fake.FakeBotApi;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Prints throughput and latency of the adapter driving the real engine against the local fake Bot API (not a test;
 * run by hand):
 * <pre>
 * mvn -q -o -pl telegram-adapter -am test-compile exec:java -Dexec.skip=true \
 *     -Dexec.mainClass=com.disputedesk.telegram.TelegramBenchmark
 * </pre>
 * The engine is the whole desk ({@link TestDesk}: the shipped playbook, the intake dialog, the commands, the
 * reminders scheduler) over a SQLite file in a temporary folder, wired to the adapter as the application does. A
 * second team owns the private chats of 50 members; each chat runs a mix of dialog steps and lookups: /new and the
 * intake answers (button presses and typed answers) up to Confirm, /help, /cases and /remedy. Updates are sent on a
 * fixed schedule whatever the bot has answered (a member answering the question before it arrived stands for
 * several members typing at once). A reply is any message the bot sends or edits; latency is from the adapter
 * receiving an update to Telegram taking the first message that answers it (the chat's messages go out in order,
 * so the n-th message taken is the n-th queued). Scenarios: the target load with Telegram's limits enforced
 * by the fake; a load within those limits; and the target load with no limits anywhere (the adapter's and the
 * engine's own cost).
 */
public final class TelegramBenchmark {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int CHATS = 50;
    private static final long FIRST_USER = 1001;
    private static final long ORDER = 8123456789012345L;
    /**
     * One chat's script, round after round: three lookups, then /new and the intake up to Confirm (the path of
     * GroupDisputeTest); [..] is a button press, {order} a fresh AliExpress order id, anything else is typed.
     */
    private static final String[] SCRIPT = {
            "/help", "/cases", "/remedy wrong-size 40 USD aliexpress",
            "/new", "[market]", "{order}", "Maria Garcia", "es", "[reason]", "25.90 USD", "[request]", "8.50", "skip",
            "LP00123456789CN", "in transit", "18", "3", "1,2", "yesterday", "[confirm]"};
    /** The buttons pressed: the engine's choice (c:step:option, or ok), its label and the prompt it is on. */
    private static final Map<String, Press> PRESSES = Map.of(
            "[market]", new Press("c:0:0", "AliExpress", "Which marketplace?"),
            "[reason]", new Press("c:4:0", "Not received", "What is the dispute about?"),
            "[request]", new Press("c:6:0", "Full refund", "What does the buyer ask for?"),
            "[confirm]", new Press("ok", "Confirm", "Please check the case"));
    /** Where each chat starts in {@link #SCRIPT}: with a lookup or with /new, so every chat does both soon. */
    private static final int STARTS = 4;

    private TelegramBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        quietLogs();
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        System.out.println("Telegram adapter benchmark, real engine (SQLite file): " + CHATS + " private chats, "
                + seconds + " s of load per scenario, reply latency = update received -> first reply taken by the "
                + "(fake) Bot API");
        System.out.println("Each chat: /new and the intake (button presses and typed answers) up to Confirm, "
                + "/help, /cases, /remedy; replies are the messages sent or edited.");
        System.out.println("Note: Telegram lets a bot send about 30 messages/s overall and 1/s per chat, so 100 "
                + "updates/s that each need a reply cannot all be answered at once under those limits: replies "
                + "queue (nothing is dropped) and their latency grows with the queue.");
        String only = args.length > 1 ? args[1] : "123";
        if (only.contains("1")) {
            run("100 updates/s, Telegram limits (1/s per chat, 30/s overall)", 100, seconds,
                    FakeBotApi.Limits.telegram(), TelegramSettings.Limits.telegram());
        }
        if (only.contains("2")) {
            run("20 updates/s (within Telegram limits), Telegram limits", 20, seconds,
                    FakeBotApi.Limits.telegram(), TelegramSettings.Limits.telegram());
        }
        if (only.contains("3")) {
            run("100 updates/s, no limits anywhere (adapter and engine overhead)", 100, seconds, null,
                    new TelegramSettings.Limits(Duration.ZERO, 1_000_000, 1_000_000));
        }
        System.exit(0);
    }

    private static void run(String name, int perSecond, int seconds, FakeBotApi.Limits fakeLimits,
                            TelegramSettings.Limits ourLimits) throws Exception {
        Path dir = Files.createTempDirectory("tg-bench");
        Map<Long, ChatLog> chats = new ConcurrentHashMap<>();
        List<Instant> handledAt = Collections.synchronizedList(new ArrayList<>());
        List<Long> handling = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger lookups = new AtomicInteger();
        AtomicInteger dialogSteps = new AtomicInteger();
        int total = perSecond * seconds;
        try (FakeBotApi fake = new FakeBotApi()) {
            if (fakeLimits != null) {
                fake.enforce(fakeLimits);
            }
            RoutingOutbox routing = new RoutingOutbox();
            // The whole engine over a SQLite file (WAL, synchronous=FULL, pooled, migrated), as in production.
            TestDesk desk = TestDesk.open(dir, routing, new TeamDirectory(List.of(TestDesk.TEAM, benchTeam())));
            TelegramSettings settings = TelegramSettings.polling(FakeBotApi.TOKEN, fake.baseUrl())
                    .withPollTimeout(Duration.ofSeconds(1)).withLimits(ourLimits)
                    .withDrainTimeout(Duration.ofSeconds(1));
            Clock clock = Clock.systemUTC();
            TelegramAdapter adapter = new TelegramAdapter(settings,
                    JdbcDeliveryLedger.opener(desk.stores().dataSource()), clock,
                    (update, at) -> {
                        Instant done = clock.instant();
                        long chat = UpdateTranslator.chatOf(update).orElse(0L);
                        log(chats, chat).handled(at, update.getCallbackQuery() != null);
                        handledAt.add(done);
                        handling.add(Duration.between(at, done).toMillis());
                    },
                    (message, at) -> {
                        if (message.kind() != OutboundMessage.Kind.ANSWER_CALLBACK) {
                            log(chats, message.chatId()).delivered(at);
                        }
                    });
            routing.register(Platform.TELEGRAM, new CountingOutbox(adapter.outbox(), chats));
            adapter.start(desk.desk().bot());

            long start = System.nanoTime();
            long period = TimeUnit.SECONDS.toNanos(1) / perSecond;
            for (int i = 0; i < total; i++) {
                long due = start + i * period;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
                int chat = i % CHATS;
                boolean lookup = step(fake, chat, i / CHATS);
                (lookup ? lookups : dialogSteps).incrementAndGet();
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
            while ((handledAt.size() < total || !allDelivered(chats)) && System.nanoTime() < deadline) {
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
            }
            report(name, total, dialogSteps.get(), lookups.get(), chats, handledAt, fake.tooManyRequests());
            List<Long> h = new ArrayList<>(handling);
            Collections.sort(h);
            System.out.printf("   of which handling (received -> engine done, replies stored): p50 %d ms, "
                    + "p99 %d ms%n", percentile(h, 50), percentile(h, 99));
            System.out.printf("   cases opened: %d%n", fake.calls("sendMessage").stream()
                    .filter(c -> c.text().contains("opened: AliExpress order")).count());
            adapter.close();
            desk.close();
        }
    }

    /**
     * Sends the n-th step of chat {@code index}'s script; returns whether it was a lookup (not a dialog step).
     */
    private static boolean step(FakeBotApi fake, int index, int n) {
        long user = FIRST_USER + index;
        int at = (n + index % STARTS) % SCRIPT.length;
        int round = (n + index % STARTS) / SCRIPT.length;
        String s = SCRIPT[at];
        Press press = PRESSES.get(s);
        if (press != null) {
            String data = "c1|dlg:" + press.choice + ":" + owner(user);
            fake.press(user, "Member", promptMessage(user, n, press, data), data);
        } else if (s.equals("{order}")) {
            // A different order per chat and round: the same order twice would be a duplicate case.
            fake.text(user, user, "Member", Long.toString(ORDER + index * 1000L + round));
        } else {
            fake.text(user, user, "Member", s);
        }
        return at < 3;
    }

    /** The draft's owner in the engine's button ids: the member key (see the core's DialogButton). */
    private static String owner(long user) {
        return "telegram:" + user;
    }

    /** The bot's prompt as Telegram hands it back with a press (the member pressed it before it arrived here). */
    private static ObjectNode promptMessage(long chat, int n, Press press, String data) {
        ObjectNode m = JSON.createObjectNode();
        m.put("message_id", 900_000 + n);
        m.put("date", 1_772_438_400);
        m.putObject("chat").put("id", chat).put("type", "private").put("first_name", "Member");
        m.put("text", press.prompt);
        ObjectNode button = m.putObject("reply_markup").putArray("inline_keyboard").addArray().addObject();
        button.put("text", press.label).put("callback_data", data);
        return m;
    }

    private record Press(String choice, String label, String prompt) {
    }

    /**
     * One chat's messages: how many the bot queued (sends and edits), when Telegram took each, and for each
     * handled update the index of its first reply.
     */
    private static final class ChatLog {
        private int queued;
        private int answeredBefore;
        private boolean pressAnswered;
        private final List<Instant> delivered = new ArrayList<>();
        private final List<Instant> receivedAt = new ArrayList<>();
        private final List<Integer> firstReply = new ArrayList<>();

        synchronized void queued(int n, boolean answersPress) {
            queued += n;
            pressAnswered |= answersPress;
        }

        /** After the update's handling: the pipeline has also queued the edit of a pressed message it acted on. */
        synchronized void handled(Instant received, boolean press) {
            if (press && pressAnswered) {
                queued++;
            }
            pressAnswered = false;
            if (queued > answeredBefore) {
                receivedAt.add(received);
                firstReply.add(answeredBefore);
            }
            answeredBefore = queued;
        }

        synchronized void delivered(Instant at) {
            delivered.add(at);
        }

        synchronized boolean done() {
            return delivered.size() >= queued;
        }

        synchronized void latencies(List<Long> out) {
            for (int i = 0; i < receivedAt.size(); i++) {
                int k = firstReply.get(i);
                if (k < delivered.size()) {
                    out.add(Duration.between(receivedAt.get(i), delivered.get(k)).toMillis());
                }
            }
        }
    }

    private static ChatLog log(Map<Long, ChatLog> chats, long chat) {
        return chats.computeIfAbsent(chat, k -> new ChatLog());
    }

    /** The adapter's outbox, counting the Bot API calls each reply becomes (as the adapter renders it). */
    private static final class CountingOutbox implements Outbox {
        private final Outbox delegate;
        private final Map<Long, ChatLog> chats;
        private final ReplyRenderer renderer = new ReplyRenderer();

        CountingOutbox(Outbox delegate, Map<Long, ChatLog> chats) {
            this.delegate = delegate;
            this.chats = chats;
        }

        @Override
        public void send(Outgoing message) {
            delegate.send(message);
            boolean press = message.inReplyTo().flatMap(Origin::from).filter(Origin::isCallback).isPresent();
            log(chats, Long.parseLong(message.chat().chatId())).queued(renderer.render(message).size(), press);
        }
    }

    private static boolean allDelivered(Map<Long, ChatLog> chats) {
        return chats.values().stream().allMatch(ChatLog::done);
    }

    private static void report(String name, int total, int dialogSteps, int lookups, Map<Long, ChatLog> chats,
                               List<Instant> handledAt, int tooMany) {
        List<Long> latencies = new ArrayList<>();
        int queued = 0;
        List<Instant> sends = new ArrayList<>();
        for (ChatLog c : chats.values()) {
            c.latencies(latencies);
            synchronized (c) {
                queued += c.queued;
                sends.addAll(c.delivered);
            }
        }
        Collections.sort(latencies);
        List<Instant> handled = new ArrayList<>(handledAt);
        Collections.sort(handled);
        double seconds = handled.size() < 2 ? 1
                : Duration.between(handled.get(0), handled.get(handled.size() - 1)).toMillis() / 1000.0;
        Collections.sort(sends);
        double sendSeconds = sends.size() < 2 ? 1
                : Duration.between(sends.get(0), sends.get(sends.size() - 1)).toMillis() / 1000.0;
        System.out.printf("%n== %s%n", name);
        System.out.printf("   updates handled: %d of %d (%d dialog steps, %d lookups), %.1f updates/s%n",
                handled.size(), total, dialogSteps, lookups, handled.size() / Math.max(seconds, 0.001));
        System.out.printf("   replies delivered (sends and edits): %d of %d, %.1f replies/s%n", sends.size(), queued,
                sends.size() / Math.max(sendSeconds, 0.001));
        System.out.printf("   reply latency: p50 %d ms, p99 %d ms, max %d ms (%d updates answered)%n",
                percentile(latencies, 50), percentile(latencies, 99),
                latencies.isEmpty() ? -1 : latencies.get(latencies.size() - 1), latencies.size());
        System.out.printf("   429 answers from the Bot API: %d%n", tooMany);
    }

    private static long percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return -1;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }

    /** A second team owning the private chats of the benchmark's members (TestDesk's team keeps its own). */
    private static Team benchTeam() {
        Set<String> members = new HashSet<>();
        for (long u = FIRST_USER; u < FIRST_USER + CHATS; u++) {
            members.add("telegram:" + u);
        }
        return new Team("bench", "Bench", UiLanguage.EN, ZoneId.of("UTC"), Set.of(), members, Set.of());
    }

    private static void quietLogs() {
        ch.qos.logback.classic.Logger root = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory
                .getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(ch.qos.logback.classic.Level.WARN);
    }
}
