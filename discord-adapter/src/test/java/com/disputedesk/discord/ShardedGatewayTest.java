package com.disputedesk.discord;

import static com.disputedesk.discord.DiscordHarness.ALICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.disputedesk.core.chat.ChatRef;
import com.disputedesk.core.chat.Inbound;
import com.disputedesk.core.delivery.Lease;
import com.disputedesk.core.delivery.MemoryOutboxStore;
import com.disputedesk.core.delivery.PublishedCommands;
import com.disputedesk.core.store.JdbcLease;
import com.disputedesk.core.store.JdbcPublishedCommands;
import com.disputedesk.core.kernel.UiLanguage;
import com.disputedesk.core.team.Team;
import java.time.ZoneId;
import com.disputedesk.discord.fake.FakeDiscord;
import com.disputedesk.discord.fake.FakeDiscord.Interaction;
import com.disputedesk.discord.fake.FakeDiscord.RestCall;
import com.fasterxml.jackson.databind.JsonNode;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * Several bot processes on one database share the bot's gateway shards as Discord shards a bot: each guild's
 * interactions reach only the process running its shard, each shard runs in one process at a time (a lease per
 * shard), a standing-by process takes a shard over when its holder stops or dies, and the commands are published
 * once, not by every process.
 */
class ShardedGatewayTest {
    /** On shard 1 of 2 ({@code (4194305 >> 22) % 2 == 1}); guild 9001 is on shard 0. */
    static final String SECOND_GUILD = "4194305";
    static final Team SECOND_TEAM = new Team("beta", "Beta Store", UiLanguage.EN, ZoneId.of("Europe/Warsaw"),
            Set.of("discord:" + SECOND_GUILD), Set.of(), Set.of());
    private static final Duration TAKE_OVER = Duration.ofSeconds(1);
    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path dir;
    private HikariDataSource db;
    private FakeDiscord fake;
    private final List<DiscordAdapter> processes = new ArrayList<>();

    @BeforeEach
    void open() {
        db = sqlite(dir.resolve("desk.db"));
        // Discord lets a bot identify this many shards at once; the sessions start without the 5 s wait.
        fake = new FakeDiscord().withGuild(SECOND_GUILD).recommend(2, 16);
    }

    @AfterEach
    void close() {
        processes.forEach(DiscordAdapter::close);
        fake.close();
        db.close();
    }

    @Test
    void twoProcessesWithDisjointShardsServeDisjointGuilds() {
        Process first = start("0", new JdbcLease(db));
        Process second = start("1", new JdbcLease(db));

        assertThat(fake.servedShards()).containsExactly("0/2", "1/2");
        assertThat(identifiedShards()).containsExactlyInAnyOrder("[0,2]", "[1,2]");
        assertThat(first.adapter.runningShards()).containsExactly(0);
        assertThat(second.adapter.runningShards()).containsExactly(1);

        Interaction inAcme = fake.interaction(2, ALICE).slash("case", "number", "#12").send();
        Interaction inSecond = fake.interaction(2, ALICE).slash("case", "number", "#34").inGuild(SECOND_GUILD).send();

        await().atMost(WAIT).until(() -> answered(inAcme) && answered(inSecond));
        assertThat(first.core.received).extracting(ShardedGatewayTest::chatOf)
                .containsExactly("discord:" + FakeDiscord.GUILD);
        assertThat(second.core.received).extracting(ShardedGatewayTest::chatOf)
                .containsExactly("discord:" + SECOND_GUILD);
        assertThat(fake.answersTo(inAcme)).hasSize(1);
        assertThat(fake.answersTo(inSecond)).hasSize(1);
    }

    @Test
    void eachGuildsCommandsArePublishedOnceByTheProcessRunningItsShardAndAgainOnlyWhenChanged() {
        start("0", new JdbcLease(db));
        start("1", new JdbcLease(db));

        assertThat(commandPuts()).containsExactlyInAnyOrder(
                "/applications/" + FakeDiscord.BOT_ID + "/guilds/" + FakeDiscord.GUILD + "/commands",
                "/applications/" + FakeDiscord.BOT_ID + "/guilds/" + SECOND_GUILD + "/commands");

        processes.forEach(DiscordAdapter::close);
        processes.clear();
        start("all", new JdbcLease(db));

        assertThat(fake.servedShards()).containsExactly("0/2", "1/2");
        assertThat(commandPuts()).as("the same set is not published again after a restart").hasSize(2);

        new JdbcPublishedCommands(db).published("discord:guild:" + FakeDiscord.GUILD, "an older set");
        processes.forEach(DiscordAdapter::close);
        processes.clear();
        start("all", new JdbcLease(db));

        assertThat(commandPuts()).as("a changed set is published where it changed").hasSize(3).last()
                .isEqualTo("/applications/" + FakeDiscord.BOT_ID + "/guilds/" + FakeDiscord.GUILD + "/commands");
    }

    @Test
    void aProcessStandingByTakesTheShardsOverWhenTheirHolderStops() {
        Process holder = start("all", new JdbcLease(db));
        Process standBy = start("all", new JdbcLease(db));
        assertThat(holder.adapter.runningShards()).containsExactly(0, 1);
        assertThat(standBy.adapter.runningShards()).isEmpty();

        holder.adapter.close();

        await().atMost(WAIT).until(() -> standBy.adapter.runningShards().equals(Set.of(0, 1))
                && fake.sessionsFor(0, 2) == 1 && fake.sessionsFor(1, 2) == 1);
        Interaction inAcme = fake.interaction(2, ALICE).slash("case", "number", "#12").send();
        Interaction inSecond = fake.interaction(2, ALICE).slash("case", "number", "#34").inGuild(SECOND_GUILD).send();
        await().atMost(WAIT).until(() -> answered(inAcme) && answered(inSecond));
        assertThat(standBy.core.received).hasSize(2);
        assertThat(holder.core.received).isEmpty();
        assertThat(fake.invalidatedSessions()).as("never two sessions of one shard").isZero();
    }

    @Test
    void aKilledHoldersShardsAreTakenOverOnceTheirLeasesRunOut() {
        // A killed process never gives its leases back: they only run out.
        Process killed = start("all", new NeverReleased(new JdbcLease(db)));
        Process standBy = start("all", new JdbcLease(db));

        killed.adapter.close();
        Instant stopped = Instant.now();

        await().atMost(WAIT).until(() -> standBy.adapter.runningShards().equals(Set.of(0, 1))
                && fake.sessionsFor(0, 2) == 1 && fake.sessionsFor(1, 2) == 1);
        Duration failover = Duration.between(stopped, Instant.now());
        assertThat(failover).isLessThan(TAKE_OVER.plus(Duration.ofSeconds(5)));
        Interaction inSecond = fake.interaction(2, ALICE).slash("case", "number", "#34").inGuild(SECOND_GUILD).send();
        await().atMost(WAIT).until(() -> answered(inSecond));
        assertThat(standBy.core.received).hasSize(1);
    }

    @Test
    void withoutTheLeasesTwoSessionsOfOneShardEndTheOlderOneAsDiscordDoes() {
        start("0", Lease.alone());
        start("0", Lease.alone());

        await().atMost(WAIT).until(() -> fake.invalidatedSessions() >= 1);
    }

    /** One bot process: the adapter and the engine it serves. */
    private record Process(DiscordAdapter adapter, ScriptedCore core) {
    }

    private Process start(String shards, Lease lease) {
        DiscordSettings settings = DiscordSettings.of("test-token",
                        Map.of(FakeDiscord.GUILD, FakeDiscord.STAFF_ROLE, SECOND_GUILD, FakeDiscord.STAFF_ROLE))
                .withEndpoints(fake.restBase(), fake.gatewayUrl());
        DiscordAdapter adapter = new DiscordAdapter(settings, Clock.systemUTC(), bot -> new MemoryOutboxStore());
        PublishedCommands published = new JdbcPublishedCommands(db);
        adapter.shareShards(new Sharding(ShardPlan.parse(2, shards), lease, TAKE_OVER, published));
        ScriptedCore core = new ScriptedCore().serving(DiscordHarness.TEAM, SECOND_TEAM);
        processes.add(adapter);
        adapter.start(core.bot(adapter.outbox(), Clock.systemUTC()));
        return new Process(adapter, core);
    }

    private boolean answered(Interaction i) {
        return !fake.answersTo(i).isEmpty();
    }

    private static String chatOf(Inbound in) {
        ChatRef chat = in.chat();
        return chat.platform().name().toLowerCase(java.util.Locale.ROOT) + ":" + chat.chatId();
    }

    private List<String> identifiedShards() {
        return fake.gatewayFrames().stream().filter(f -> f.path("op").asInt() == 2)
                .map(f -> f.path("d").path("shard")).map(JsonNode::toString).toList();
    }

    private List<String> commandPuts() {
        return fake.calls(c -> c.method().equals("PUT")).stream().map(RestCall::path).toList();
    }

    /** The shared lease, except that giving it up does nothing, as for a process that was killed. */
    private record NeverReleased(Lease shared) implements Lease {
        @Override
        public boolean hold(String name, String holder, Instant now, Instant until) {
            return shared.hold(name, holder, now, until);
        }

        @Override
        public void release(String name, String holder) {
            // killed: nothing runs to give it back
        }
    }

    private static HikariDataSource sqlite(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setBusyTimeout(10_000);
        SQLiteDataSource sqlite = new SQLiteDataSource(config);
        sqlite.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        HikariConfig pool = new HikariConfig();
        pool.setDataSource(sqlite);
        pool.setMaximumPoolSize(4);
        HikariDataSource ds = new HikariDataSource(pool);
        Flyway.configure().dataSource(ds).locations("classpath:db/migration/common").load().migrate();
        return ds;
    }
}
