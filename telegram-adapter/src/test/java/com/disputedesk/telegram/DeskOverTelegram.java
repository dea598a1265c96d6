package com.disputedesk.telegram;

import static org.awaitility.Awaitility.await;

import com.disputedesk.core.chat.Platform;
import com.disputedesk.core.chat.RoutingOutbox;
import com.disputedesk.core.store.JdbcDeliveryLedger;
import com.disputedesk.core.testkit.TestDesk;
import com.disputedesk.telegram.fake.FakeBotApi;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The real engine (the test kit's desk over a SQLite file and the shipped playbook) behind the adapter and the
 * real client, against a fake Bot API in privacy mode, wired as bot-app wires it. It knows which updates the bot
 * has handled, so a test can wait until an action has settled (handled, and everything it caused sent) instead
 * of waiting an arbitrary time for a message that should not come.
 */
final class DeskOverTelegram implements AutoCloseable {
    private static final Duration WAIT = Duration.ofSeconds(20);

    final FakeBotApi fake = new FakeBotApi().privacyMode(true);
    final TestDesk desk;
    final TelegramAdapter adapter;
    private final Set<Integer> handled = ConcurrentHashMap.newKeySet();

    DeskOverTelegram(Path dir) {
        this(dir, TelegramSettings.Limits.MAX_DOCUMENT_BYTES);
    }

    /** As Telegram, sending documents up to {@code maxDocumentBytes}. */
    DeskOverTelegram(Path dir, long maxDocumentBytes) {
        RoutingOutbox routing = new RoutingOutbox();
        desk = TestDesk.open(dir, routing);
        // Flood limits have their own tests; here a dialog should not wait a minute for the group window.
        TelegramSettings settings = TelegramSettings.polling(FakeBotApi.TOKEN, fake.baseUrl())
                .withPollTimeout(Duration.ofSeconds(2)).withDrainTimeout(Duration.ofSeconds(5))
                .withLimits(new TelegramSettings.Limits(Duration.ofMillis(20), 1000, 1000, maxDocumentBytes));
        adapter = new TelegramAdapter(settings, JdbcDeliveryLedger.opener(desk.stores().dataSource()),
                Clock.systemUTC(), (update, at) -> handled.add(update.getUpdateId()), null);
        routing.register(Platform.TELEGRAM, adapter.outbox());
        adapter.start(desk.desk().bot());
    }

    /** Waits until the bot has handled these updates and Telegram has taken every call they caused. */
    void settle(Collection<Integer> updates) {
        await().atMost(WAIT).until(() -> handled.containsAll(updates) && adapter.backlog() == 0);
    }

    /**
     * Keeps the team's cases in the group as plain messages (case-threads off), for the shared scripts: in a group
     * without topics a case's messages otherwise answer its card.
     */
    DeskOverTelegram casesInTheGroup() {
        desk.stores().stores().settings().put(TestDesk.TEAM.id(), "case-threads", "off");
        return this;
    }

    @Override
    public void close() {
        adapter.close();
        desk.close();
        fake.close();
    }
}
