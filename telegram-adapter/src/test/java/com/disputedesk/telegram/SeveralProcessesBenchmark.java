package com.disputedesk.telegram;

import com.disputedesk.core.cases.BuyerRequest;
import com.disputedesk.core.cases.CaseFacts;
import com.disputedesk.core.cases.CaseNumber;
import com.disputedesk.core.cases.CaseState;
import com.disputedesk.core.cases.CaseStore;
import com.disputedesk.core.cases.DisputeCase;
import com.disputedesk.core.cases.NewCase;
import com.disputedesk.core.cases.Reason;
import com.disputedesk.core.cases.RequestKind;
import com.disputedesk.core.cases.TimelineEntry;
import com.disputedesk.core.chat.ChatRef;
import com.disputedesk.core.chat.Member;
import com.disputedesk.core.chat.Outbox;
import com.disputedesk.core.chat.Platform;
import com.disputedesk.core.delivery.Lease;
import com.disputedesk.core.kernel.Money;
import com.disputedesk.core.kernel.UiLanguage;
import com.disputedesk.core.remind.ClockWaiter;
import com.disputedesk.core.remind.DeadlineSource;
import com.disputedesk.core.remind.ReminderScheduler;
import com.disputedesk.core.remind.SchedulerConfig;
import com.disputedesk.core.store.JdbcDeliveryLedger;
import com.disputedesk.core.store.JdbcLease;
import com.disputedesk.core.store.JdbcReminderStore;
import com.disputedesk.core.store.JdbcStores;
import com.disputedesk.core.team.SettingsStore;
import com.disputedesk.core.team.Team;
import com.disputedesk.core.team.TeamDefaults;
import com.disputedesk.core.team.TeamDirectory;
import com.disputedesk.core.team.TeamSettings;
import com.disputedesk.core.testkit.TestPostgres;
import com.disputedesk.telegram.fake.FakeBotApi;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;

/**
 * Several bot processes on one embedded PostgreSQL database, each "process" with its own connection pool:
 * <ul>
 *   <li>Telegram polling failover: how long after the poller stops (lease given back) or is killed (lease only
 *       runs out) the process standing by polls, with {@code telegram.poller-lease} 5 s and a 2 s long poll;</li>
 *   <li>reminder failover: how long after a process claimed a batch of due reminders and died another process
 *       sends them, with {@code reminders.scheduler.lease} 5 s;</li>
 *   <li>throughput: reminders claimed and sent per second by two schedulers on one database (each reminder handed
 *       to the outbox exactly once; the outbox is a counter, so Telegram's own limits do not cap the figure).</li>
 * </ul>
 * Run from the repository root:
 * <pre>
 * mvn -B -q -pl telegram-adapter -am test-compile exec:java -Dexec.skip=true \
 *     -Dexec.mainClass=com.disputedesk.telegram.SeveralProcessesBenchmark [-Dexec.args="50000"]
 * </pre>
 */
public final class SeveralProcessesBenchmark {
    private static final Duration LEASE = Duration.ofSeconds(5);
    private static final int TEAMS = 1_000;

    private SeveralProcessesBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int reminders = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        Path dir = Files.createTempDirectory("several-processes");
        System.out.printf(Locale.ROOT, "embedded PostgreSQL, %d cores, two processes = two connection pools%n",
                Runtime.getRuntime().availableProcessors());
        pollerFailover(dir);
        reminderFailover(dir);
        for (int batch : new int[] {200, 1000}) {
            throughput(dir, reminders, batch);
        }
        System.exit(0);
    }

    // ---------------------------------------------------------------- Telegram polling

    private static void pollerFailover(Path dir) throws Exception {
        String url = TestPostgres.newDatabase("poll");
        try (FakeBotApi fake = new FakeBotApi(); JdbcStores a = open(url, dir); JdbcStores b = open(url, dir);
             JdbcStores c = open(url, dir)) {
            TelegramAdapter killed = poller(fake, new NeverReleased(new JdbcLease(a.dataSource())), a);
            waitFor(() -> !fake.calls("getupdates").isEmpty());
            TelegramAdapter standBy = poller(fake, new JdbcLease(b.dataSource()), b);

            killed.close();
            Duration afterKill = untilNextPoll(fake);
            TelegramAdapter third = poller(fake, new JdbcLease(c.dataSource()), c);
            standBy.close();
            Duration afterStop = untilNextPoll(fake);
            third.close();
            System.out.printf(Locale.ROOT, "Telegram poller failover (poller-lease %d s, long poll 2 s + 1 s read "
                    + "timeout): stopped %d ms, killed %d ms%n", LEASE.toSeconds(), afterStop.toMillis(),
                    afterKill.toMillis());
        }
    }

    private static TelegramAdapter poller(FakeBotApi fake, Lease lease, JdbcStores db) {
        TelegramSettings settings = TelegramSettings.polling(FakeBotApi.TOKEN, fake.baseUrl())
                .withPollTimeout(Duration.ofSeconds(2))
                .withRetry(new TelegramSettings.Retry(6, Duration.ofMillis(100), Duration.ofSeconds(2), 3,
                        Duration.ofSeconds(1)));
        TelegramAdapter adapter = new TelegramAdapter(settings, JdbcDeliveryLedger.opener(db.dataSource()),
                Clock.systemUTC(), new PollerLease(lease, LEASE));
        adapter.start(new MiniDesk(adapter.outbox(), Clock.systemUTC()).bot);
        return adapter;
    }

    /** From now until Telegram sees the next getUpdates (the one that stopped polls no more). */
    private static Duration untilNextPoll(FakeBotApi fake) {
        long t0 = System.nanoTime();
        int before = fake.calls("getupdates").size();
        waitFor(() -> fake.calls("getupdates").size() > before);
        return Duration.ofNanos(System.nanoTime() - t0);
    }

    // ---------------------------------------------------------------- reminders

    private static void reminderFailover(Path dir) throws Exception {
        String url = TestPostgres.newDatabase("remindfail");
        int count = 1_000;
        try (JdbcStores dead = open(url, dir); JdbcStores alive = open(url, dir)) {
            Instant now = Instant.now();
            fill(dead.dataSource(), count, now.minusSeconds(1));
            // The first process claims every due reminder and dies before sending or marking any.
            int claimed = new JdbcReminderStore(dead.dataSource())
                    .claimDue(Instant.now(), "died", Instant.now().plus(LEASE), count).size();
            long t0 = System.nanoTime();
            AtomicLong sent = new AtomicLong();
            AtomicLong firstAt = new AtomicLong();
            ReminderScheduler other = scheduler(alive.dataSource(), m -> {
                firstAt.compareAndSet(0, System.nanoTime());
                sent.incrementAndGet();
            }, 200);
            other.start();
            waitFor(() -> sent.get() >= claimed);
            long allAt = System.nanoTime();
            other.close();
            System.out.printf(Locale.ROOT, "reminder failover (reminders.scheduler.lease %d s, %,d claimed by a "
                    + "process that died): first sent by the other process after %d ms, all after %d ms%n",
                    LEASE.toSeconds(), claimed, (firstAt.get() - t0) / 1_000_000, (allAt - t0) / 1_000_000);
        }
    }

    private static void throughput(Path dir, int count, int batch) throws Exception {
        String url = TestPostgres.newDatabase("remindrate");
        try (JdbcStores first = open(url, dir); JdbcStores second = open(url, dir)) {
            fill(first.dataSource(), count, Instant.now().minusSeconds(1));
            AtomicLong byFirst = new AtomicLong();
            AtomicLong bySecond = new AtomicLong();
            ReminderScheduler one = scheduler(first.dataSource(), m -> byFirst.incrementAndGet(), batch);
            ReminderScheduler two = scheduler(second.dataSource(), m -> bySecond.incrementAndGet(), batch);
            long t0 = System.nanoTime();
            one.start();
            two.start();
            waitFor(() -> byFirst.get() + bySecond.get() >= count);
            long elapsed = System.nanoTime() - t0;
            one.close();
            two.close();
            long total = byFirst.get() + bySecond.get();
            System.out.printf(Locale.ROOT, "reminders claimed and sent, two processes, batch %d: %,d in %d ms = "
                    + "%,.0f/s (%,d + %,d; sent twice: %d)%n", batch, count, elapsed / 1_000_000,
                    count * 1e9 / elapsed, byFirst.get(), bySecond.get(), total - count);
        }
    }

    private static ReminderScheduler scheduler(DataSource db, Outbox outbox, int batch) {
        List<Team> teams = new ArrayList<>();
        for (int t = 0; t < TEAMS; t++) {
            teams.add(new Team("t" + t, "Team " + t, UiLanguage.EN, ZoneId.of("UTC"), Set.of("telegram:-" + t),
                    Set.of(), Set.of()));
        }
        TeamDefaults defaults = new TeamDefaults(Optional.empty(), Optional.empty(), Duration.ofHours(24),
                Duration.ofHours(24), List.of(Duration.ofHours(4)), Duration.ofHours(4), LocalTime.of(9, 0));
        TeamSettings settings = new TeamSettings(new NoSettings(), defaults);
        // Every reminder is a 4 h warning whose deadline is far ahead: each is sent once and is done.
        DeadlineSource deadlines = (c, zone) -> Optional.of(c.openedAt());
        SchedulerConfig config = new SchedulerConfig(LEASE, batch, Duration.ofMinutes(1), Duration.ofSeconds(5),
                Duration.ofMinutes(10), Duration.ofSeconds(1));
        Clock clock = Clock.systemUTC();
        return new ReminderScheduler(new JdbcReminderStore(db), new Cases(), new TeamDirectory(teams), settings,
                deadlines, outbox, clock, new ClockWaiter(clock), config);
    }

    /** Inserts {@code count} 4 h warnings due at {@code due}, spread over the teams. */
    private static void fill(DataSource db, int count, Instant due) throws Exception {
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO reminders (id, team, case_id, case_number,"
                    + " kind, lead_minutes, due_at, state, attempts) VALUES (?, ?, ?, ?, 'lead', 240, ?, 'PENDING', 0)")) {
                for (int i = 0; i < count; i++) {
                    ps.setString(1, "c" + (i + 1) + ".lead240");
                    ps.setString(2, "t" + (i % TEAMS));
                    ps.setLong(3, i + 1);
                    ps.setInt(4, i / TEAMS + 1);
                    ps.setLong(5, due.toEpochMilli());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            c.commit();
        }
    }

    private static JdbcStores open(String url, Path dir) {
        return TestPostgres.open(url, dir.resolve("evidence"), 1000);
    }

    private static void waitFor(BooleanSupplier done) {
        long giveUp = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > giveUp) {
                throw new IllegalStateException("not done within 5 minutes");
            }
            Thread.onSpinWait();
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
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

    private static final class NoSettings implements SettingsStore {
        @Override
        public Optional<String> get(String team, String name) {
            return Optional.empty();
        }

        @Override
        public void put(String team, String name, String value) {
        }

        @Override
        public Map<String, String> all(String team) {
            return Map.of();
        }
    }

    /** Cases by (team, number), made up on demand: case {@code i} of team {@code t} is open and owned. */
    private static final class Cases implements CaseStore {
        private final Map<String, DisputeCase> byKey = new ConcurrentHashMap<>();

        @Override
        public Optional<DisputeCase> byNumber(String team, CaseNumber number) {
            return Optional.of(byKey.computeIfAbsent(team + "#" + number.value(), k -> {
                long id = (number.value() - 1L) * TEAMS + Long.parseLong(team.substring(1)) + 1;
                CaseFacts facts = new CaseFacts("aliexpress", "8000" + id, "B", "en", Reason.NOT_RECEIVED,
                        BuyerRequest.of(RequestKind.FULL_REFUND), Money.of("10.00", "USD"), Optional.empty(),
                        Optional.empty(), Optional.empty(), Set.of(), LocalDate.of(2026, 1, 1));
                return new DisputeCase(id, team, number, facts, CaseState.OPEN,
                        Optional.of(new Member(Platform.TELEGRAM, "1", "A")), ChatRef.of(Platform.TELEGRAM, "-1"),
                        Instant.parse("2100-01-01T00:00:00Z"), Optional.empty(), Optional.empty(), 0);
            }));
        }

        @Override
        public DisputeCase create(NewCase newCase, List<TimelineEntry> firstEntries) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<DisputeCase> byOrderId(String team, String orderId) {
            return Optional.empty();
        }

        @Override
        public List<DisputeCase> open(String team, int limit) {
            return List.of();
        }

        @Override
        public List<DisputeCase> all(String team, int limit) {
            return List.of();
        }

        @Override
        public DisputeCase update(DisputeCase updated, TimelineEntry entry) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void append(long caseId, TimelineEntry entry) {
        }

        @Override
        public List<TimelineEntry> timeline(long caseId) {
            return List.of();
        }
    }
}
