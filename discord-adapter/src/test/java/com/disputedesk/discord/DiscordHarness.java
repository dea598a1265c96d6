package com.disputedesk.discord;

import static org.awaitility.Awaitility.await;

import com.disputedesk.core.bot.Bot;
import com.disputedesk.core.delivery.MemoryOutboxStore;
import com.disputedesk.core.delivery.OutboxStore;
import com.disputedesk.core.kernel.UiLanguage;
import com.disputedesk.core.team.Team;
import com.disputedesk.discord.fake.FakeDiscord.Interaction;
import com.disputedesk.discord.fake.FakeDiscord.Person;
import com.disputedesk.discord.fake.FakeDiscord.RestCall;
import com.disputedesk.discord.fake.FakeDiscord;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The adapter connected through real JDA to a {@link FakeDiscord}: guild 9001 (owned by the test team) with
 * staff role 77. People: Alice (staff), Olga (admin with Manage Server), Mallory (no role).
 */
final class DiscordHarness implements AutoCloseable {
    static final Person ALICE = new Person("2001", "Alice", List.of(FakeDiscord.STAFF_ROLE));
    static final Person OLGA = new Person("2002", "Olga", List.of(FakeDiscord.ADMIN_ROLE));
    static final Person MALLORY = new Person("2003", "Mallory", List.of());
    /** The team owning guild 9001 (as the engine's test team does). */
    static final Team TEAM = new Team("acme", "Acme Store", UiLanguage.EN, ZoneId.of("Europe/Warsaw"),
            Set.of("discord:" + FakeDiscord.GUILD), Set.of(), Set.of());
    static final Duration WAIT = Duration.ofSeconds(10);

    final FakeDiscord fake;
    final DiscordAdapter adapter;

    DiscordHarness(FakeDiscord fake, DiscordSettings settings) {
        this(fake, settings, Clock.systemUTC(), bot -> new MemoryOutboxStore());
    }

    /** With the adapter's clock and outbox given (a database's, to check what it keeps). */
    DiscordHarness(FakeDiscord fake, DiscordSettings settings, Clock clock, Function<String, OutboxStore> outboxes) {
        this.fake = fake;
        this.adapter = new DiscordAdapter(settings.withEndpoints(fake.restBase(), fake.gatewayUrl()), clock,
                outboxes);
    }

    static DiscordSettings settings() {
        return DiscordSettings.of("test-token", Map.of(FakeDiscord.GUILD, FakeDiscord.STAFF_ROLE));
    }

    static DiscordHarness create(DiscordSettings settings) {
        return new DiscordHarness(new FakeDiscord(), settings);
    }

    /** Starts the adapter with the engine {@code core} builds over the adapter's outbox. */
    DiscordHarness start(Function<DiscordAdapter, Bot> core) {
        adapter.start(core.apply(adapter));
        return this;
    }

    /** Waits until the interaction has had {@code n} answers (callback, follow-ups, edits) and returns them. */
    List<RestCall> answers(Interaction i, int n) {
        await().atMost(WAIT).until(() -> fake.answersTo(i).size() >= n);
        return fake.answersTo(i);
    }

    @Override
    public void close() {
        adapter.close();
        fake.close();
    }
}
