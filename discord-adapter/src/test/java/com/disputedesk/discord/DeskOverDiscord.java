package com.disputedesk.discord;

import com.disputedesk.core.chat.Platform;
import com.disputedesk.core.chat.RoutingOutbox;
import com.disputedesk.core.testkit.TestDesk;
import com.disputedesk.discord.fake.FakeDiscord;
import java.nio.file.Path;
import java.util.List;

/**
 * The real engine (the test kit's desk over a SQLite file and the shipped playbook) behind the adapter, wired as
 * bot-app wires it: routing outbox first, the engine over it, then the adapter registered and started.
 */
final class DeskOverDiscord implements AutoCloseable {
    final TestDesk desk;
    final DiscordHarness h;

    DeskOverDiscord(Path dir) {
        RoutingOutbox routing = new RoutingOutbox();
        desk = TestDesk.open(dir, routing);
        h = new DiscordHarness(new FakeDiscord(), DiscordHarness.settings());
        routing.register(Platform.DISCORD, h.adapter.outbox());
        h.start(a -> desk.desk().bot());
    }

    @Override
    public void close() {
        h.close();
        desk.close();
    }
}
