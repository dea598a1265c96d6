package com.disputedesk.discord;

import com.disputedesk.core.chat.Platform;
import com.disputedesk.core.chat.RoutingOutbox;
import com.disputedesk.core.delivery.BusiestPlace;
import com.disputedesk.core.delivery.RefusalNotices;
import com.disputedesk.core.remind.ReminderRefusals;
import com.disputedesk.core.remind.DirectMessageRefusals;
import com.disputedesk.core.store.JdbcMemberDirectory;
import com.disputedesk.core.store.JdbcNoticeLog;
import com.disputedesk.core.store.JdbcReminderStore;
import com.disputedesk.core.store.JdbcOutboxStore;
import com.disputedesk.core.home.LostHomes;
import com.disputedesk.core.store.JdbcStores;
import com.disputedesk.core.team.TeamDirectory;
import com.disputedesk.core.team.TeamSettings;
import com.disputedesk.core.testkit.TestDesk;
import com.disputedesk.discord.fake.FakeDiscord;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * The real engine (the test kit's desk over a SQLite file and the shipped playbook) behind the adapter, wired as
 * bot-app wires it: routing outbox first, the engine over it, then the adapter registered (its outbox in the
 * desk's database, refusals told to the team and recorded on refused reminders) and started.
 */
final class DeskOverDiscord implements AutoCloseable {
    final TestDesk desk;
    final DiscordHarness h;
    /** The adapter's outbox rows, as the database keeps them. */
    final JdbcOutboxStore outbox;
    /** The engine's outbox: other platforms may be registered beside Discord. */
    final RoutingOutbox routing = new RoutingOutbox();

    DeskOverDiscord(Path dir) {
        this(dir, new FakeDiscord(), DiscordHarness.settings(), Clock.systemUTC());
    }

    /** Over {@code fake}, with the adapter's settings and the clock its delivery reads. */
    DeskOverDiscord(Path dir, FakeDiscord fake, DiscordSettings settings, Clock adapterClock) {
        desk = TestDesk.open(dir, routing);
        outbox = new JdbcOutboxStore(desk.stores().dataSource(), JdbcOutboxStore.SHARED_TABLE,
                DiscordAdapter.botKey(settings.token()));
        h = new DiscordHarness(fake, settings, adapterClock,
                bot -> new JdbcOutboxStore(desk.stores().dataSource(), JdbcOutboxStore.SHARED_TABLE, bot));
        routing.register(Platform.DISCORD, h.adapter.outbox());
        TeamDirectory teams = new TeamDirectory(List.of(TestDesk.TEAM));
        TeamSettings teamSettings = new TeamSettings(desk.stores().stores().settings());
        JdbcNoticeLog told = new JdbcNoticeLog(desk.stores().dataSource());
        RefusalNotices places = new RefusalNotices(teams, teamSettings, told, routing, desk.clock());
        DirectMessageRefusals direct = new DirectMessageRefusals(teams, teamSettings,
                new JdbcMemberDirectory(desk.stores().dataSource()), told, routing, desk.clock());
        h.adapter.tellRefusalsTo(places.andThen(direct)
                .andThen(new ReminderRefusals(new JdbcReminderStore(desk.stores().dataSource()))));
        h.adapter.tellLostHomesTo(new LostHomes(JdbcStores.homes(desk.stores().dataSource()),
                new TeamDirectory(List.of(TestDesk.TEAM)), new TeamSettings(desk.stores().stores().settings()),
                routing));
        h.adapter.findBusiestChannelsWith(new BusiestPlace(new TeamDirectory(List.of(TestDesk.TEAM)),
                desk.stores().stores().cases())::threadOf);
        h.start(a -> desk.desk().bot());
    }

    /** Keeps the team's cases in the channel they were opened in (case-threads off), for tests of the channel. */
    DeskOverDiscord casesInTheChannel() {
        desk.stores().stores().settings().put(TestDesk.TEAM.id(), "case-threads", "off");
        return this;
    }

    @Override
    public void close() {
        h.close();
        desk.close();
    }
}
