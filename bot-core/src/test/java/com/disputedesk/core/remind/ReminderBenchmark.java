package com.disputedesk.core.remind;

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
import com.disputedesk.core.kernel.Money;
import com.disputedesk.core.kernel.UiLanguage;
import com.disputedesk.core.store.JdbcReminderStore;
import com.disputedesk.core.store.JdbcStores;
import com.disputedesk.core.team.Team;
import com.disputedesk.core.team.TeamDefaults;
import com.disputedesk.core.team.TeamDirectory;
import com.disputedesk.core.team.TeamSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * Reminder scheduler figures: 100,000 pending reminders across 1,000 teams on a SQLite file, of which 1,000 fall
 * due in the same second; prints lateness p50/p99 of those 1,000 (real clock, the real scheduler loop), heap in use
 * with 10,000 and with 100,000 pending (flat: no per-reminder timers), and the time to find the next due reminder.
 *
 * <p>Run from the repository root:
 * <pre>
 * mvn -B -q -o test-compile exec:java -pl bot-core -Dexec.classpathScope=test \
 *     -Dexec.mainClass=com.disputedesk.core.remind.ReminderBenchmark
 * </pre>
 * Cases are kept in memory (the benchmark measures the reminder store and scheduler, not the case store).
 */
public final class ReminderBenchmark {
    private static final int TEAMS = 1_000;
    private static final int PENDING = 100_000;
    private static final int BURST = 1_000;

    private ReminderBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("reminder-bench");
        System.out.printf(Locale.ROOT, "SQLite file in %s (JdbcStores: pooled, WAL, synchronous=FULL), %d teams%n",
                dir, TEAMS);
        Clock clock = Clock.systemUTC();
        List<Team> teams = new ArrayList<>();
        for (int t = 0; t < TEAMS; t++) {
            teams.add(new Team("t" + t, "Team " + t, UiLanguage.EN, ZoneId.of("UTC"), Set.of("telegram:-" + t),
                    Set.of(), Set.of()));
        }
        FastCases cases = new FastCases();
        for (int i = 0; i < PENDING; i++) {
            cases.add(teams.get(i % TEAMS).id(), i / TEAMS + 1, i + 1);
        }

        long heapEmpty = heapUsed();
        DataSource small = sqlite(dir.resolve("small.db"));
        Instant far = clock.instant().plus(Duration.ofDays(1));
        fill(small, 10_000, far, Duration.ofDays(30), 0);
        ReminderScheduler idleSmall = scheduler(small, cases, teams, clock, m -> { });
        long heap10k = heapUsed();

        DataSource db = sqlite(dir.resolve("bench.db"));
        long t0 = System.nanoTime();
        fill(db, PENDING - BURST, clock.instant().plus(Duration.ofHours(1)), Duration.ofDays(30), BURST);
        System.out.printf(Locale.ROOT, "inserted %,d pending reminders in %d ms%n", PENDING - BURST,
                ms(System.nanoTime() - t0));

        JdbcReminderStore store = new JdbcReminderStore(db);
        int rounds = 1_000;
        long n0 = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            store.nextDue();
        }
        double nextDueMicros = (System.nanoTime() - n0) / 1_000.0 / rounds;

        Instant burstAt = clock.instant().plus(Duration.ofSeconds(2)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        fill(db, BURST, burstAt, Duration.ZERO, 0);
        List<Long> lateness = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch all = new CountDownLatch(BURST);
        Outbox outbox = m -> {
            lateness.add(Duration.between(burstAt, clock.instant()).toMillis());
            all.countDown();
        };
        ReminderScheduler scheduler = scheduler(db, cases, teams, clock, outbox);
        long heap100k = heapUsed();

        scheduler.start();
        boolean done = all.await(60, TimeUnit.SECONDS);
        scheduler.close();
        idleSmall.close();
        List<Long> sorted = new ArrayList<>(lateness);
        Collections.sort(sorted);
        System.out.printf(Locale.ROOT, "burst of %,d due at %s: all sent=%s, lateness p50=%d ms, p99=%d ms, max=%d ms%n",
                BURST, burstAt, done, pct(sorted, 50), pct(sorted, 99), sorted.isEmpty() ? -1 : sorted.get(sorted.size() - 1));
        System.out.printf(Locale.ROOT, "heap in use: no scheduler %.1f MB, 10,000 pending %.1f MB, 100,000 pending %.1f MB%n",
                heapEmpty / 1e6, heap10k / 1e6, heap100k / 1e6);
        System.out.printf(Locale.ROOT, "time to find the next due reminder (%,d pending): %.0f us per lookup%n",
                PENDING - BURST, nextDueMicros);
    }

    private static ReminderScheduler scheduler(DataSource db, CaseStore cases, List<Team> teams, Clock clock,
                                               Outbox outbox) {
        TeamDefaults defaults = new TeamDefaults(Optional.empty(), Optional.empty(), Duration.ofHours(24),
                Duration.ofHours(24), List.of(Duration.ofHours(4)), Duration.ofHours(4), java.time.LocalTime.of(9, 0));
        TeamSettings settings = new TeamSettings(new MapSettings(), defaults);
        // every reminder is a 4 h warning: its deadline is 4 h after it is due
        DeadlineSource deadlines = (c, zone) -> Optional.of(c.openedAt());
        return new ReminderScheduler(new JdbcReminderStore(db), cases, new TeamDirectory(teams), settings, deadlines,
                outbox, clock, new ClockWaiter(clock), SchedulerConfig.standard());
    }

    /** Inserts {@code count} lead reminders due from {@code first}, spread evenly over {@code spread}. */
    private static void fill(DataSource db, int count, Instant first, Duration spread, int offset) throws Exception {
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO reminders (id, team, case_id, case_number, kind,"
                    + " lead_minutes, due_at, state, attempts) VALUES (?, ?, ?, ?, 'lead', 240, ?, 'PENDING', 0)")) {
                for (int k = 0; k < count; k++) {
                    int i = k + offset;
                    long due = first.toEpochMilli() + (count == 0 ? 0 : spread.toMillis() * k / count);
                    ps.setString(1, "c" + (i + 1) + ".lead240");
                    ps.setString(2, "t" + (i % TEAMS));
                    ps.setLong(3, i + 1);
                    ps.setInt(4, i / TEAMS + 1);
                    ps.setLong(5, due);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            c.commit();
        }
    }

    /** The production stores on a SQLite file (pooled, WAL, synchronous=FULL), for their data source. */
    private static DataSource sqlite(Path file) {
        return JdbcStores.sqlite(file, file.resolveSibling("evidence"), 1000).dataSource();
    }

    private static long heapUsed() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }

    private static long pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return -1;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    private static long ms(long nanos) {
        return TimeUnit.NANOSECONDS.toMillis(nanos);
    }

    /** Cases by (team, number) in a hash map; each case's deadline is stored as its opening time. */
    private static final class FastCases implements CaseStore {
        private final Map<String, DisputeCase> byKey = new ConcurrentHashMap<>();

        void add(String team, int number, long id) {
            CaseFacts facts = new CaseFacts("aliexpress", "8000" + id, "B", "en", Reason.NOT_RECEIVED,
                    BuyerRequest.of(RequestKind.FULL_REFUND), Money.of("10.00", "USD"), Optional.empty(),
                    Optional.empty(), Optional.empty(), Set.of(), LocalDate.of(2026, 1, 1));
            byKey.put(team + "#" + number, new DisputeCase(id, team, new CaseNumber(number), facts, CaseState.OPEN,
                    Optional.of(new Member(Platform.TELEGRAM, "1", "A")), ChatRef.of(Platform.TELEGRAM, "-1"),
                    Instant.parse("2100-01-01T00:00:00Z"), Optional.empty(), Optional.empty(), 0));
        }

        @Override
        public DisputeCase create(NewCase newCase, List<TimelineEntry> firstEntries) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<DisputeCase> byNumber(String team, CaseNumber number) {
            return Optional.ofNullable(byKey.get(team + "#" + number.value()));
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
