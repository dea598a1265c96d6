package com.disputedesk.telegram;

import com.disputedesk.core.store.JdbcStores;
import com.disputedesk.core.team.Team;
import com.disputedesk.core.team.UiLanguage;
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
import java.util.concurrent.locks.LockSupport;
import javax.sql.DataSource;

/**
 * Prints throughput and latency of the adapter against the local fake Bot API (not a test; run by hand):
 * <pre>
 * mvn -q -o -pl telegram-adapter -am test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=com.disputedesk.telegram.TelegramBenchmark
 * </pre>
 * Each of 50 private chats runs a mix of dialog steps and lookups (/ping, /ask, a button press, /type, a typed
 * answer), every update answered by one message. Latency is from the adapter receiving an update to Telegram
 * taking its reply. Scenarios: the target load with Telegram's limits enforced by the fake; a load within
 * those limits; and the target load with no limits anywhere (the adapter's own cost).
 */
public final class TelegramBenchmark {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int CHATS = 50;
    private static final long FIRST_USER = 1001;

    private TelegramBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        quietLogs();
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        System.out.println("Telegram adapter benchmark: " + CHATS + " private chats, " + seconds
                + " s of load per scenario, reply latency = update received -> reply taken by the (fake) Bot API");
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
            run("100 updates/s, no limits anywhere (adapter overhead)", 100, seconds, null,
                    new TelegramSettings.Limits(Duration.ZERO, 1_000_000, 1_000_000));
        }
        System.exit(0);
    }

    private static void run(String name, int perSecond, int seconds, FakeBotApi.Limits fakeLimits,
                            TelegramSettings.Limits ourLimits) throws Exception {
        Path dir = Files.createTempDirectory("tg-bench");
        Map<Long, List<Instant>> received = new ConcurrentHashMap<>();
        Map<Long, List<Instant>> replied = new ConcurrentHashMap<>();
        List<Instant> handledAt = Collections.synchronizedList(new ArrayList<>());
        List<Long> handling = Collections.synchronizedList(new ArrayList<>());
        int total = perSecond * seconds;
        try (FakeBotApi fake = new FakeBotApi()) {
            if (fakeLimits != null) {
                fake.enforce(fakeLimits);
            }
            // The production database set-up: SQLite in WAL mode with synchronous=FULL, pooled, migrated.
            JdbcStores stores = JdbcStores.sqlite(dir.resolve("bench.db"), dir.resolve("evidence"), 1_000_000);
            DataSource db = stores.dataSource();
            TelegramSettings settings = TelegramSettings.polling(FakeBotApi.TOKEN, fake.baseUrl())
                    .withPollTimeout(Duration.ofSeconds(1)).withLimits(ourLimits)
                    .withDrainTimeout(Duration.ofSeconds(1));
            Clock clock = Clock.systemUTC();
            TelegramAdapter adapter = new TelegramAdapter(settings, db, clock,
                    (update, at) -> {
                        long chat = UpdateTranslator.chatOf(update).orElse(0L);
                        received.computeIfAbsent(chat, k -> Collections.synchronizedList(new ArrayList<>())).add(at);
                        Instant done = clock.instant();
                        handledAt.add(done);
                        handling.add(Duration.between(at, done).toMillis());
                    },
                    (message, at) -> {
                        if (message.kind() == OutboundMessage.Kind.SEND) {
                            replied.computeIfAbsent(message.chatId(),
                                    k -> Collections.synchronizedList(new ArrayList<>())).add(at);
                        }
                    });
            adapter.start(new MiniDesk(adapter.outbox(), clock, List.of(team())).bot);

            long start = System.nanoTime();
            long period = TimeUnit.SECONDS.toNanos(1) / perSecond;
            for (int i = 0; i < total; i++) {
                long due = start + i * period;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
                long user = FIRST_USER + (i % CHATS);
                step(fake, user, i / CHATS);
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
            while (count(replied) < total && System.nanoTime() < deadline) {
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
            }
            report(name, total, received, replied, handledAt, fake.tooManyRequests());
            List<Long> h = new ArrayList<>(handling);
            Collections.sort(h);
            System.out.printf("   of which handling (received -> reply stored): p50 %d ms, p99 %d ms%n",
                    percentile(h, 50), percentile(h, 99));
            adapter.close();
            stores.close();
        }
    }

    /** The n-th step of a chat's script: a lookup, a prompt with buttons, a press, a text prompt, an answer. */
    private static void step(FakeBotApi fake, long user, int n) {
        switch (n % 5) {
            case 0 -> fake.text(user, user, "Member", "/ping " + n);
            case 1 -> fake.text(user, user, "Member", "/ask");
            case 2 -> fake.press(user, "Member", promptMessage(user, n), "c1|mk:ae");
            case 3 -> fake.text(user, user, "Member", "/type");
            default -> fake.text(user, user, "Member", "80" + n);
        }
    }

    private static ObjectNode promptMessage(long chat, int n) {
        ObjectNode m = JSON.createObjectNode();
        m.put("message_id", 900_000 + n);
        m.put("date", 1_772_438_400);
        m.putObject("chat").put("id", chat).put("type", "private").put("first_name", "Member");
        m.put("text", "Which marketplace?");
        ObjectNode button = m.putObject("reply_markup").putArray("inline_keyboard").addArray().addObject();
        button.put("text", "AliExpress").put("callback_data", "c1|mk:ae");
        return m;
    }

    private static void report(String name, int total, Map<Long, List<Instant>> received,
                               Map<Long, List<Instant>> replied, List<Instant> handledAt, int tooMany) {
        List<Long> latencies = new ArrayList<>();
        for (Map.Entry<Long, List<Instant>> e : received.entrySet()) {
            List<Instant> in = e.getValue();
            List<Instant> out = replied.getOrDefault(e.getKey(), List.of());
            for (int i = 0; i < Math.min(in.size(), out.size()); i++) {
                latencies.add(Duration.between(in.get(i), out.get(i)).toMillis());
            }
        }
        Collections.sort(latencies);
        List<Instant> handled = new ArrayList<>(handledAt);
        Collections.sort(handled);
        double seconds = handled.size() < 2 ? 1
                : Duration.between(handled.get(0), handled.get(handled.size() - 1)).toMillis() / 1000.0;
        List<Instant> sends = new ArrayList<>();
        replied.values().forEach(sends::addAll);
        Collections.sort(sends);
        double sendSeconds = sends.size() < 2 ? 1
                : Duration.between(sends.get(0), sends.get(sends.size() - 1)).toMillis() / 1000.0;
        System.out.printf("%n== %s%n", name);
        System.out.printf("   updates handled: %d of %d, %.1f updates/s%n", handled.size(), total,
                handled.size() / Math.max(seconds, 0.001));
        System.out.printf("   replies delivered: %d of %d, %.1f replies/s%n", count(replied), total,
                sends.size() / Math.max(sendSeconds, 0.001));
        System.out.printf("   reply latency: p50 %d ms, p99 %d ms, max %d ms%n", percentile(latencies, 50),
                percentile(latencies, 99), latencies.isEmpty() ? -1 : latencies.get(latencies.size() - 1));
        System.out.printf("   429 answers from the Bot API: %d%n", tooMany);
    }

    private static long percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return -1;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }

    private static int count(Map<Long, List<Instant>> m) {
        return m.values().stream().mapToInt(List::size).sum();
    }

    private static Team team() {
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
