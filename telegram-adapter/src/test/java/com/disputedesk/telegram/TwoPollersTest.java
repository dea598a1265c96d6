package com.disputedesk.telegram;

import static com.disputedesk.telegram.MiniDesk.GROUP;
import static com.disputedesk.telegram.MiniDesk.MEMBER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.disputedesk.core.delivery.Lease;
import com.disputedesk.core.store.JdbcDeliveryLedger;
import com.disputedesk.core.store.JdbcLease;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two bot processes on one database and one bot token: one polls Telegram, the other stands by, every update is
 * handled once, and the one standing by takes over when the poller stops or dies.
 */
class TwoPollersTest {
    private static final Duration TAKE_OVER = Duration.ofSeconds(1);
    private static final Duration WAIT = Duration.ofSeconds(15);

    @TempDir
    Path dir;
    private Harness h;
    private final List<TelegramAdapter> processes = new ArrayList<>();

    @BeforeEach
    void open() {
        h = new Harness(dir);
    }

    @AfterEach
    void close() {
        processes.forEach(TelegramAdapter::close);
        h.close();
    }

    @Test
    void onlyOneProcessPollsAndEveryUpdateIsHandledOnce() {
        Lease shared = new JdbcLease(h.db);
        startProcess(shared);
        await().atMost(WAIT).until(() -> !h.fake.calls("getupdates").isEmpty());
        startProcess(shared);

        IntStream.rangeClosed(1, 12).forEach(i -> h.fake.text(GROUP, MEMBER, "Ann", "/ping@DeskBot " + i));

        List<String> expected = IntStream.rangeClosed(1, 12).mapToObj(i -> "pong " + i).toList();
        await().atMost(WAIT).until(() -> h.fake.textsTo(GROUP).containsAll(expected));
        assertThat(h.fake.textsTo(GROUP)).as("each update answered once, in order").isEqualTo(expected);
        assertThat(h.fake.calls("conflict:getupdates")).as("Telegram never saw two pollers at once").isEmpty();
    }

    @Test
    void theProcessStandingByTakesOverWhenThePollerStops() {
        Lease shared = new JdbcLease(h.db);
        TelegramAdapter first = startProcess(shared);
        await().atMost(WAIT).until(() -> !h.fake.calls("getupdates").isEmpty());
        startProcess(shared);

        first.close();
        h.fake.text(GROUP, MEMBER, "Ann", "/ping@DeskBot after the stop");

        await().atMost(WAIT).until(() -> h.fake.textsTo(GROUP).contains("pong after the stop"));
        assertThat(h.fake.calls("conflict:getupdates")).isEmpty();
    }

    @Test
    void theProcessStandingByTakesOverOnceAKilledPollersLeaseRunsOut() {
        Lease shared = new JdbcLease(h.db);
        // A killed process never gives its lease back: it only runs out.
        TelegramAdapter killed = startProcess(new NeverReleased(shared));
        await().atMost(WAIT).until(() -> !h.fake.calls("getupdates").isEmpty());
        startProcess(shared);

        killed.close();
        Instant stopped = Instant.now();
        h.fake.text(GROUP, MEMBER, "Ann", "/ping@DeskBot after the crash");

        await().atMost(WAIT).until(() -> h.fake.textsTo(GROUP).contains("pong after the crash"));
        // The lease outlives the last renewal by one whole poll plus the take-over time; the other process waits it out.
        assertThat(Duration.between(stopped, Instant.now()))
                .isLessThan(h.settings().pollTimeout().plus(h.settings().retry().requestTimeout()).plus(TAKE_OVER)
                        .plus(Duration.ofSeconds(5)));
    }

    private TelegramAdapter startProcess(Lease lease) {
        TelegramAdapter adapter = new TelegramAdapter(h.settings(), JdbcDeliveryLedger.opener(h.db), h.clock,
                new PollerLease(lease, TAKE_OVER));
        adapter.start(new MiniDesk(adapter.outbox(), h.clock).bot);
        processes.add(adapter);
        return adapter;
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
}
