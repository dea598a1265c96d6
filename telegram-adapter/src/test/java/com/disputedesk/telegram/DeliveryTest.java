package com.disputedesk.telegram;

import com.disputedesk.core.store.JdbcDeliveryLedger;
import static com.disputedesk.telegram.MiniDesk.GROUP;
import static com.disputedesk.telegram.MiniDesk.MEMBER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.disputedesk.core.chat.Outbox;
import com.disputedesk.core.chat.Outgoing;
import com.disputedesk.telegram.fake.FakeBotApi;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Nothing lost, nothing twice: failures of Telegram, of our own handling, and restarts. */
class DeliveryTest {
    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path dir;
    Harness h;
    FakeBotApi fake;

    @BeforeEach
    void setUp() {
        h = new Harness(dir);
        fake = h.fake;
    }

    @AfterEach
    void tearDown() {
        h.close();
    }

    @Test
    void aReplyGetsThroughA429ThenA502ThenATimeoutExactlyOnceAndWaitsAsTold() {
        h.startMini();
        fake.failNextSends(new FakeBotApi.TooManyRequests(1), new FakeBotApi.BadGateway(), new FakeBotApi.Timeout());
        fake.text(GROUP, MEMBER, "Ann", "/ping survivor");

        await().atMost(WAIT).until(() -> fake.textsTo(GROUP).contains("pong survivor"));
        assertThat(fake.textsTo(GROUP)).containsExactly("pong survivor");
        List<FakeBotApi.Call> tries = fake.matching(c -> c.method().endsWith("sendmessage"));
        assertThat(tries).extracting(FakeBotApi.Call::method)
                .containsExactly("faulted:sendmessage", "faulted:sendmessage", "faulted:sendmessage", "sendmessage");
        long afterRateLimit = tries.get(1).atNanos() - tries.get(0).atNanos();
        assertThat(TimeUnit.NANOSECONDS.toMillis(afterRateLimit)).isGreaterThanOrEqualTo(1000);
    }

    @Test
    void pollingGoesOnAfterA429A502AndATimeoutAndHonoursRetryAfter() {
        fake.failNextPolls(new FakeBotApi.TooManyRequests(1), new FakeBotApi.BadGateway(), new FakeBotApi.Timeout());
        h.startMini();
        fake.text(GROUP, MEMBER, "Ann", "/ping polled");

        await().atMost(WAIT).until(() -> fake.textsTo(GROUP).contains("pong polled"));
        assertThat(fake.textsTo(GROUP)).containsExactly("pong polled");
        List<FakeBotApi.Call> polls = fake.matching(c -> c.method().endsWith("getupdates"));
        assertThat(polls.get(0).method()).isEqualTo("faulted:getupdates");
        assertThat(TimeUnit.NANOSECONDS.toMillis(polls.get(1).atNanos() - polls.get(0).atNanos()))
                .isGreaterThanOrEqualTo(1000);
        await().atMost(WAIT).until(() -> fake.unconfirmed() == 0);
    }

    @Test
    void anUpdateWhoseHandlingKeepsFailingIsSkippedAndTheChatGoesOn() {
        List<String> attempts = new ArrayList<>();
        h.start(h.settings(), a -> new MiniDesk(failingFor(a.outbox(), "boom", attempts), h.clock).bot);
        int bad = fake.text(GROUP, MEMBER, "Ann", "/ping boom");
        fake.text(GROUP, MEMBER, "Ann", "/ping fine");

        await().atMost(WAIT).until(() -> fake.textsTo(GROUP).contains("pong fine"));
        assertThat(fake.textsTo(GROUP)).containsExactly("pong fine");
        // The bot's own error reply fails the same way, so each try counts twice.
        assertThat(attempts).hasSize(6);
        await().atMost(WAIT).until(() -> fake.unconfirmed() == 0);
        // Recorded as done, so a restart or a re-sent copy does not try it again.
        assertThat(new TelegramStore(new JdbcDeliveryLedger(h.db, "123456")).isProcessed(bad)).isTrue();
    }

    @Test
    void aRestartLosesNoUpdateAndHandlesNoneTwice() {
        h.startMini();
        fake.text(GROUP, MEMBER, "Ann", "/ping one");
        fake.text(GROUP, MEMBER, "Ann", "/ping two");
        await().atMost(WAIT).until(() -> fake.textsTo(GROUP).size() == 2);
        h.stopAdapter();

        fake.text(GROUP, MEMBER, "Ann", "/ping three");
        fake.text(MEMBER, MEMBER, "Ann", "/ping four");
        h.startMini();

        await().atMost(WAIT).until(() -> fake.textsTo(MEMBER).contains("pong four"));
        await().atMost(WAIT).until(() -> fake.textsTo(GROUP).contains("pong three"));
        assertThat(fake.textsTo(GROUP)).containsExactly("pong one", "pong two", "pong three");
        assertThat(fake.textsTo(MEMBER)).containsExactly("pong four");
    }

    @Test
    void anUpdateHandledJustBeforeACrashIsNotHandledAgain() throws Exception {
        h.startMini();
        int id = fake.text(GROUP, MEMBER, "Ann", "/ping before-crash");
        await().atMost(WAIT).until(() -> fake.textsTo(GROUP).size() == 1);
        h.stopAdapter();
        // As if the process died after handling the update but before moving the offset past it.
        try (Connection c = h.db.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM telegram_poll_offset");
        }
        fake.redeliver(id);
        fake.text(GROUP, MEMBER, "Ann", "/ping after-crash");
        h.startMini();

        await().atMost(WAIT).until(() -> fake.textsTo(GROUP).contains("pong after-crash"));
        assertThat(fake.textsTo(GROUP)).containsExactly("pong before-crash", "pong after-crash");
    }

    @Test
    void messagesStillQueuedAtShutdownAreSentAfterTheNextStart() {
        h.startMini(h.settings().withDrainTimeout(Duration.ofMillis(200)));
        fake.failNextSends(new FakeBotApi.TooManyRequests(60));
        fake.text(GROUP, MEMBER, "Ann", "/ping held");
        await().atMost(WAIT).until(() -> !fake.calls("faulted:sendmessage").isEmpty());
        h.stopAdapter();
        assertThat(new TelegramStore(new JdbcDeliveryLedger(h.db, "123456")).pending()).hasSize(1);
        assertThat(fake.textsTo(GROUP)).isEmpty();

        h.startMini();
        await().atMost(WAIT).until(() -> fake.textsTo(GROUP).contains("pong held"));
        assertThat(fake.textsTo(GROUP)).containsExactly("pong held");
        await().atMost(WAIT).until(() -> new TelegramStore(new JdbcDeliveryLedger(h.db, "123456")).pending().isEmpty());
    }

    @Test
    void aMessageTelegramRefusesIsKeptAsFailedNotDroppedSilently() {
        h.startMini();
        fake.failNextSends(new FakeBotApi.BadRequest("chat not found"));
        fake.text(GROUP, MEMBER, "Ann", "/ping refused");
        fake.text(GROUP, MEMBER, "Ann", "/ping next");

        await().atMost(WAIT).until(() -> fake.textsTo(GROUP).contains("pong next"));
        assertThat(fake.calls("faulted:sendmessage")).hasSize(1);
        List<TelegramStore.Queued> failed = new TelegramStore(new JdbcDeliveryLedger(h.db, "123456")).failed();
        assertThat(failed).hasSize(1);
        assertThat(failed.get(0).message().html()).isEqualTo("pong refused");
    }

    private static Outbox failingFor(Outbox real, String marker, List<String> attempts) {
        return (Outgoing o) -> {
            if (o.reply().text().contains(marker) || o.reply().text().startsWith("Sorry, something went wrong")) {
                attempts.add(o.reply().text());
                throw new IllegalStateException("database is locked");
            }
            real.send(o);
        };
    }
}
