package com.disputedesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.disputedesk.app.config.AppConfig;
import com.disputedesk.app.config.ConfigLoader;
import com.disputedesk.app.platform.Secrets;
import com.disputedesk.core.cases.BuyerRequest;
import com.disputedesk.core.cases.CaseFacts;
import com.disputedesk.core.cases.DisputeCase;
import com.disputedesk.core.cases.NewCase;
import com.disputedesk.core.cases.Reason;
import com.disputedesk.core.cases.RequestKind;
import com.disputedesk.core.chat.ChatRef;
import com.disputedesk.core.chat.Member;
import com.disputedesk.core.chat.Platform;
import com.disputedesk.core.kernel.Money;
import com.disputedesk.core.remind.Reminder;
import com.disputedesk.core.remind.ReminderKind;
import com.disputedesk.core.store.JdbcReminderStore;
import com.disputedesk.core.store.JdbcStores;
import com.disputedesk.core.testkit.TestPostgres;
import com.disputedesk.discord.fake.FakeDiscord;
import com.disputedesk.discord.fake.FakeDiscord.Interaction;
import com.disputedesk.discord.fake.FakeDiscord.Person;
import com.disputedesk.telegram.fake.FakeBotApi;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two complete bot processes (the real composition root, real telegrambots and JDA clients) on one PostgreSQL
 * database, serving one team on Telegram and on two Discord guilds on two shards: every update and interaction is
 * handled once, a chat's updates in order, a reminder sent once; stopping the process that polls and runs the shards
 * hands its work to the other within the configured lease time. With the shards split between the processes, a
 * post stored by one for a guild on the other's shard is sent by the other, once; a killed process's shards and the
 * posts it held are taken over within the lease.
 */
class TwoInstancesTest {
    private static final long GROUP = -100777;
    /** On shard 1 of 2; guild 9001 is on shard 0. */
    private static final String SECOND_GUILD = "4194305";
    private static final Person ALICE = new Person("2001", "Alice", List.of(FakeDiscord.STAFF_ROLE));
    private static final Duration LEASE = Duration.ofSeconds(1);
    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path dir;
    private FakeBotApi telegram;
    private FakeDiscord discord;
    private String url;
    private Path configFile;
    private final List<DeskApp> apps = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        telegram = new FakeBotApi();
        discord = new FakeDiscord().withGuild(SECOND_GUILD).recommend(2, 16);
        url = TestPostgres.newDatabase("twoapps");
        Path config = dir.resolve("config");
        ConsoleChatTest.copy(Path.of("../config"), config);
        configFile = config.resolve("disputedesk.yml");
        Files.writeString(configFile, Files.readString(configFile)
                .replace("      - console:console", "      - console:console\n      - telegram:" + GROUP
                        + "\n      - discord:" + FakeDiscord.GUILD + "\n      - discord:" + SECOND_GUILD)
                .replace("  public-channels: false\n", "  public-channels: false\n  guilds:\n"
                        + "    - id: \"" + FakeDiscord.GUILD + "\"\n      staff-role: \"" + FakeDiscord.STAFF_ROLE
                        + "\"\n    - id: \"" + SECOND_GUILD + "\"\n      staff-role: \"" + FakeDiscord.STAFF_ROLE
                        + "\"\n")
                .replace("  guilds: []\n", ""));
    }

    @AfterEach
    void stop() {
        apps.forEach(DeskApp::close);
        discord.close();
        telegram.close();
    }

    @Test
    void everyUpdateAndInteractionIsHandledOnceInOrderAndEachReminderSentOnce() {
        startApp("first");
        startApp("second");

        IntStream.rangeClosed(1, 8).forEach(i -> telegram.text(GROUP, 42, "Ann", "/case " + i));
        Interaction inAcme = discord.interaction(2, ALICE).slash("help").send();
        Interaction inSecond = discord.interaction(2, ALICE).slash("help").inGuild(SECOND_GUILD).send();

        await().atMost(WAIT).until(() -> telegram.textsTo(GROUP).size() >= 8);
        List<String> replies = telegram.textsTo(GROUP);
        assertThat(replies).hasSize(8);
        for (int i = 1; i <= 8; i++) {
            assertThat(replies.get(i - 1)).as("reply %d, in order", i).contains("No case " + i + " in this team");
        }
        await().atMost(WAIT).until(() -> !discord.answersTo(inAcme).isEmpty()
                && !discord.answersTo(inSecond).isEmpty());
        assertThat(discord.answersTo(inAcme)).hasSize(1);
        assertThat(discord.answersTo(inSecond)).hasSize(1);

        try (JdbcStores db = TestPostgres.open(url, dir.resolve("evidence"), 1000)) {
            openCase(db);
            new JdbcReminderStore(db.dataSource()).schedule(Reminder.digest("my-shop", Instant.now()));
            await().atMost(WAIT).until(() -> digestsIn(telegram.textsTo(GROUP)) == 1
                    && digestReschedule(db).isAfter(Instant.now().plus(Duration.ofHours(1))));
        }
        assertThat(digestsIn(telegram.textsTo(GROUP))).as("the digest went out once").isEqualTo(1);
    }

    @Test
    void stoppingTheProcessThatPollsAndRunsTheShardsHandsItsWorkToTheOther() {
        DeskApp first = startApp("first");
        startApp("second");
        telegram.text(GROUP, 42, "Ann", "/case 1");
        await().atMost(WAIT).until(() -> telegram.textsTo(GROUP).size() == 1);

        first.close();
        apps.remove(first);
        Instant stopped = Instant.now();

        telegram.text(GROUP, 42, "Ann", "/case 2");
        await().atMost(WAIT).until(() -> telegram.textsTo(GROUP).size() == 2
                && discord.sessionsFor(0, 2) == 1 && discord.sessionsFor(1, 2) == 1);
        assertThat(Duration.between(stopped, Instant.now())).as("handed over within the lease time and one poll")
                .isLessThan(LEASE.plus(Duration.ofSeconds(2 + 1 + 5)));
        assertThat(telegram.textsTo(GROUP).get(1)).contains("No case 2 in this team");
        Interaction inAcme = discord.interaction(2, ALICE).slash("help").send();
        Interaction inSecond = discord.interaction(2, ALICE).slash("help").inGuild(SECOND_GUILD).send();
        await().atMost(WAIT).until(() -> !discord.answersTo(inAcme).isEmpty()
                && !discord.answersTo(inSecond).isEmpty());
        assertThat(discord.answersTo(inAcme)).hasSize(1);
        assertThat(discord.answersTo(inSecond)).hasSize(1);
    }

    @Test
    void withTheShardsSplitEachPostGoesOutOnceAndAKilledProcesssShardsAndPostsAreTakenOver() throws Exception {
        Process first = childApp("first", "0");
        try {
            await().atMost(WAIT).until(() -> discord.sessionsFor(0, 2) == 1);
            try (JdbcStores db = TestPostgres.open(url, dir.resolve("evidence"), 1000)) {
                // Stored while no process runs shard 1: the second guild's posts wait for a process that does.
                openCase(db);
                DisputeCase inSecond = openCase(db, ChatRef.of(Platform.DISCORD, SECOND_GUILD)
                        .inThread(FakeDiscord.channelOf(SECOND_GUILD)), "8124");
                JdbcReminderStore reminders = new JdbcReminderStore(db.dataSource());
                reminders.schedule(warningDueNow(inSecond));
                reminders.schedule(Reminder.digest("my-shop", Instant.now()));
                await("the digest in the Telegram group").atMost(WAIT)
                        .until(() -> digestsIn(telegram.textsTo(GROUP)) == 1);
                assertThat(postedIn(FakeDiscord.channelOf(SECOND_GUILD))).isEmpty();

                startApp("second", "all");
                await().atMost(WAIT).until(() -> postedIn(FakeDiscord.channelOf(SECOND_GUILD)).size() == 2);
                await().during(Duration.ofSeconds(2)).atMost(WAIT).until(() ->
                        postedIn(FakeDiscord.channelOf(SECOND_GUILD)).size() == 2
                                && digestsIn(allPosts()) == 1
                                && digestsIn(telegram.textsTo(GROUP)) == 1);
                assertThat(digestsIn(postedIn(FakeDiscord.channelOf(SECOND_GUILD)))).as("one digest per guild")
                        .isEqualTo(1);
                assertThat(postedIn(FakeDiscord.channelOf(SECOND_GUILD))).as("and the case's reminder once")
                        .anyMatch(post -> post.contains("8124") && !post.contains("Daily digest"));

                // The first process holds a post for its guild it cannot get through, and is killed.
                discord.scriptChannelPosts(FakeDiscord.CHANNEL, IntStream.range(0, 500)
                        .mapToObj(i -> FakeDiscord.Answer.serverError()).toArray(FakeDiscord.Answer[]::new));
                DisputeCase inFirst = openCase(db, ChatRef.of(Platform.DISCORD, FakeDiscord.GUILD)
                        .inThread(FakeDiscord.CHANNEL), "8125");
                reminders.schedule(warningDueNow(inFirst));
                await().atMost(WAIT).until(() -> !discord.calls(c -> c.method().equals("POST")
                        && c.path().equals("/channels/" + FakeDiscord.CHANNEL + "/messages")
                        && String.valueOf(c.body()).contains("8125")).isEmpty());
                first.destroyForcibly().waitFor();
                Instant killed = Instant.now();
                discord.clearScripts();

                await().atMost(WAIT).until(() -> postedIn(FakeDiscord.CHANNEL).stream()
                        .anyMatch(post -> post.contains("8125")));
                assertThat(Duration.between(killed, Instant.now())).as("taken over within the lease")
                        .isLessThan(LEASE.plus(Duration.ofSeconds(5)));
                assertThat(discord.sessionsFor(0, 2)).isEqualTo(1);
                await().during(Duration.ofSeconds(2)).atMost(WAIT).until(() -> postedIn(FakeDiscord.CHANNEL)
                        .stream().filter(post -> post.contains("8125")).count() == 1);
            }
        } finally {
            first.destroyForcibly().waitFor();
        }
    }

    /** The bodies of every post Discord took. */
    private List<String> allPosts() {
        return discord.posted().stream().map(c -> String.valueOf(c.body())).toList();
    }

    /** The bodies of the posts Discord took in a channel. */
    private List<String> postedIn(String channel) {
        return discord.postedIn(channel).stream().map(c -> String.valueOf(c.body())).toList();
    }

    /** A whole bot process in a child JVM, running Discord shards {@code run}, killed with kill -9 by the test. */
    private Process childApp(String name, String run) throws java.io.IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "--config", configFile.toString());
        pb.environment().putAll(env(name, run));
        // Its log stays in target/ for a failing run.
        java.io.File log = Path.of("target", "two-instances-" + name + ".log").toFile();
        return pb.redirectErrorStream(true).redirectOutput(log).start();
    }

    private DeskApp startApp(String name) {
        return startApp(name, "all");
    }

    private DeskApp startApp(String name, String run) {
        Map<String, String> env = env(name, run);
        AppConfig config = ConfigLoader.load(configFile, env);
        DeskApp app = new DeskApp(config, Secrets.from(env), Clock.systemUTC());
        apps.add(app);
        app.assemble();
        app.startPlatforms();
        return app;
    }

    private Map<String, String> env(String name, String run) {
        Map<String, String> env = new HashMap<>();
        env.put("DISPUTEDESK_STORAGE_KIND", "postgres");
        env.put("DISPUTEDESK_STORAGE_POSTGRES_URL", url);
        env.put("DISPUTEDESK_STORAGE_POSTGRES_USER", "postgres");
        env.put("DISPUTEDESK_STORAGE_POSTGRES_PASSWORD", "postgres");
        env.put("DISPUTEDESK_EVIDENCE_FOLDER", dir.resolve("evidence-" + name).toString());
        env.put("DISPUTEDESK_TELEGRAM_API_BASE_URL", telegram.baseUrl().toString());
        env.put("DISPUTEDESK_TELEGRAM_POLL_TIMEOUT", "2s");
        env.put("DISPUTEDESK_TELEGRAM_POLLER_LEASE", LEASE.toSeconds() + "s");
        env.put("DISPUTEDESK_DISCORD_REST_URL", discord.restBase());
        env.put("DISPUTEDESK_DISCORD_GATEWAY_URL", discord.gatewayUrl());
        env.put("DISPUTEDESK_DISCORD_SHARDS_TOTAL", "2");
        env.put("DISPUTEDESK_DISCORD_SHARDS_LEASE", LEASE.toSeconds() + "s");
        env.put("DISPUTEDESK_REMINDERS_SCHEDULER_IDLE_RECHECK", "500ms");
        env.put("TELEGRAM_BOT_TOKEN", FakeBotApi.TOKEN);
        env.put("DISCORD_BOT_TOKEN", "test-token");
        env.put("DISPUTEDESK_DISCORD_SHARDS_RUN", run);
        return env;
    }

    private static void openCase(JdbcStores db) {
        openCase(db, ChatRef.of(Platform.TELEGRAM, Long.toString(GROUP)), "8123");
    }

    private static DisputeCase openCase(JdbcStores db, ChatRef chat, String order) {
        CaseFacts facts = new CaseFacts("aliexpress", order, "Buyer", "en", Reason.NOT_RECEIVED,
                BuyerRequest.of(RequestKind.FULL_REFUND), Money.of("10.00", "USD"), Optional.empty(),
                Optional.empty(), Optional.empty(), Set.of(), LocalDate.now());
        return db.stores().cases().create(new NewCase("my-shop", facts, new Member(Platform.TELEGRAM, "42", "Ann"),
                chat, Instant.now()), List.of());
    }

    private static long digestsIn(List<String> texts) {
        return texts.stream().filter(t -> t.contains("Daily digest")).count();
    }

    /** When the team's digest is next due: tomorrow once today's went out. */
    private static Instant digestReschedule(JdbcStores db) {
        return new com.disputedesk.core.store.Jdbc(db.dataSource())
                .queryOne("SELECT due_at FROM reminders WHERE kind = 'digest' AND state = 'PENDING'",
                        rs -> Instant.ofEpochMilli(rs.getLong(1)))
                .orElse(Instant.EPOCH);
    }

    /**
     * A deadline warning due now, about the case's nearest running clock (a row with no clock of its own, which the
     * start-up sweep leaves to the planner): the one post the case is owed.
     */
    private static Reminder warningDueNow(DisputeCase c) {
        return new Reminder("c" + c.id() + ".lead60", c.team(), c.id(), c.number().value(), ReminderKind.LEAD,
                Duration.ofHours(1), Instant.now(), 0, java.util.Optional.empty());
    }
}
