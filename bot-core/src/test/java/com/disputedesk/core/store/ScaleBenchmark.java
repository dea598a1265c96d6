package com.disputedesk.core.store;

import com.disputedesk.core.cases.BuyerRequest;
import com.disputedesk.core.cases.CaseDeadlines;
import com.disputedesk.core.cases.CaseFacts;
import com.disputedesk.core.cases.CaseListing;
import com.disputedesk.core.cases.CaseNumber;
import com.disputedesk.core.cases.CaseSearch;
import com.disputedesk.core.cases.DeadlineKeepingCaseStore;
import com.disputedesk.core.cases.NewCase;
import com.disputedesk.core.cases.Reason;
import com.disputedesk.core.cases.RequestKind;
import com.disputedesk.core.cases.TimelineEntry;
import com.disputedesk.core.chat.ChatRef;
import com.disputedesk.core.chat.Member;
import com.disputedesk.core.chat.Platform;
import com.disputedesk.core.kernel.Money;
import com.disputedesk.core.testkit.TestPostgres;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.IntConsumer;

/**
 * Fills SQLite and embedded PostgreSQL with 10k / 100k / 1M realistic cases (three teams, mixed states, ten
 * timeline entries and two evidence rows each, batched inserts), then prints p50 / p99 / max latency and peak heap
 * of every lookup a member waits for. Not a test: run it by hand (README, "Scale"); arguments pick sizes and
 * databases: {@code 10000,100000 sqlite,postgresql}.
 */
public final class ScaleBenchmark {
    private static final String TEAM = "acme";
    private static final Instant NOW = GeneratedCases.START.plus(Duration.ofDays(400));
    private static final Member MEMBER = new Member(Platform.TELEGRAM, "alice", "Alice");
    private static final ChatRef CHAT = ChatRef.of(Platform.TELEGRAM, "-1001");

    private ScaleBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        List<Integer> sizes = Arrays.stream((args.length > 0 ? args[0] : "10000,100000,1000000").split(","))
                .map(Integer::parseInt).toList();
        List<String> vendors = List.of((args.length > 1 ? args[1] : "sqlite,postgresql").split(","));
        System.out.printf("%-11s %9s %-34s %9s %9s %9s %9s%n", "database", "cases", "what", "p50 ms", "p99 ms",
                "max ms", "heap MB");
        for (String vendor : vendors) {
            for (int size : sizes) {
                Path dir = Files.createTempDirectory("scale-bench");
                try (JdbcStores db = vendor.equals("sqlite")
                        ? JdbcStores.sqlite(dir.resolve("scale.db"), dir.resolve("evidence"), 1_000_000)
                        : TestPostgres.open(batched(TestPostgres.newDatabase("scale")), dir.resolve("evidence"),
                                1_000_000)) {
                    long started = System.nanoTime();
                    int main = size * 8 / 10;
                    GeneratedCases.fill(db.jdbc(), TEAM, main, 1, 10, 2);
                    GeneratedCases.fill(db.jdbc(), "globex", size / 10, main + 1, 10, 2);
                    GeneratedCases.fill(db.jdbc(), "initech", size - main - size / 10, main + size / 10 + 1, 10, 2);
                    if (vendor.equals("postgresql")) {
                        // as autovacuum would after a bulk load: statistics and the visibility map
                        db.jdbc().update("VACUUM ANALYZE");
                    }
                    System.out.printf("# %s: %,d cases filled in %,d s%n", vendor, size,
                            Duration.ofNanos(System.nanoTime() - started).toSeconds());
                    run(vendor, size, db, main);
                }
            }
        }
        System.exit(0);
    }

    private static void run(String vendor, int size, JdbcStores db, int main) {
        Random random = new Random(7);
        var cases = db.stores().cases();
        var queries = db.stores().queries();
        CaseSearch search = new CaseSearch(cases, queries);
        measure(vendor, size, "/case <number>", 500, i -> cases.byNumber(TEAM,
                new CaseNumber(1 + random.nextInt(main))).orElseThrow());
        measure(vendor, size, "/case <order id>", 500, i -> cases.byOrderId(TEAM,
                GeneratedCases.row(TEAM, random.nextInt(main)).orderId()).orElseThrow());
        measure(vendor, size, "/cases open", 200, i -> queries.page(TEAM, new CaseListing.Open(), 0, 21));
        measure(vendor, size, "/cases open, page 5", 200, i -> queries.page(TEAM, new CaseListing.Open(), 80, 21));
        measure(vendor, size, "/cases awaiting", 200, i -> queries.page(TEAM, new CaseListing.Awaiting(), 0, 21));
        measure(vendor, size, "/cases overdue", 200, i -> queries.page(TEAM, new CaseListing.Overdue(NOW), 0, 21));
        measure(vendor, size, "/cases mine", 200, i -> queries.page(TEAM, new CaseListing.Mine("telegram:bob"), 0,
                21));
        measure(vendor, size, "/cases closed (one month)", 200, i -> queries.page(TEAM, new CaseListing.Closed(
                NOW.minus(Duration.ofDays(30)), NOW), 0, 21));
        measure(vendor, size, "/cases header count (capped)", 200, i -> queries.countUpTo(TEAM,
                new CaseListing.Open(), 1001));
        measure(vendor, size, "/stats (30 days)", 20, i -> db.stores().figures().since(TEAM,
                NOW.minus(Duration.ofDays(30))));
        measure(vendor, size, "/stats (all time)", 10, i -> db.stores().figures().since(TEAM,
                GeneratedCases.START));
        measure(vendor, size, "/stats outcomes, medians (30 days)", 20, i -> db.stores().figures().outcomes(TEAM,
                NOW.minus(Duration.ofDays(30))));
        measure(vendor, size, "/stats outcomes, medians (all time)", 5, i -> db.stores().figures().outcomes(TEAM,
                GeneratedCases.START));
        measure(vendor, size, "/find <buyer>", 200, i -> search.openMatching(TEAM, "yuki sato " + random.nextInt(
                1000), 10));
        measure(vendor, size, "/find <absent text>", 100, i -> search.openMatching(TEAM, "zzz-nobody", 10));
        measure(vendor, size, "/find <inside a buyer name>", 200, i -> search.openMatching(TEAM, "sato " + random
                .nextInt(1000), 10));
        measure(vendor, size, "/find <inside an order id>", 200, i -> search.openMatching(TEAM, GeneratedCases.row(
                TEAM, random.nextInt(main)).orderId().substring(5, 13), 10));
        measure(vendor, size, "autocomplete <number prefix>", 200, i -> search.openMatching(TEAM,
                Integer.toString(1 + random.nextInt(999))));
        measure(vendor, size, "autocomplete <order id prefix>", 200, i -> search.openMatching(TEAM,
                GeneratedCases.row(TEAM, random.nextInt(main)).orderId().substring(0, 10)));
        CaseDeadlines deadlines = new CaseDeadlines(queries, c -> Optional.of(NOW.plus(Duration.ofDays(5))));
        DeadlineKeepingCaseStore keeping = new DeadlineKeepingCaseStore(cases, deadlines);
        measure(vendor, size, "open one new case", 100, i -> keeping.create(new NewCase(TEAM, facts(i), MEMBER,
                CHAT, NOW), List.of(new TimelineEntry(NOW, "telegram:alice Alice", TimelineEntry.Kind.CREATED,
                "opened"))));
    }

    /** The PostgreSQL driver sends a batch of inserts as multi-row statements: filling takes a fraction. */
    private static String batched(String url) {
        return url + (url.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true";
    }

    private static CaseFacts facts(int i) {
        return new CaseFacts("aliexpress", "8199" + String.format("%012d", i), "New Buyer " + i, "en",
                Reason.WRONG_SIZE, BuyerRequest.of(RequestKind.FULL_REFUND), Money.of("30.00", "USD"),
                Optional.empty(), Optional.empty(), Optional.empty(), Set.of(), LocalDate.of(2026, 2, 5));
    }

    private static void measure(String vendor, int size, String what, int times, IntConsumer op) {
        for (int i = 0; i < Math.min(times, 20); i++) {
            op.accept(-1 - i);
        }
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long[] nanos = new long[times];
        for (int i = 0; i < times; i++) {
            long t = System.nanoTime();
            op.accept(i);
            nanos[i] = System.nanoTime() - t;
        }
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        Arrays.sort(nanos);
        System.out.printf("%-11s %,9d %-34s %9.2f %9.2f %9.2f %9d%n", vendor, size, what, ms(nanos[times / 2]),
                ms(nanos[Math.min(times - 1, (int) Math.ceil(times * 0.99) - 1)]), ms(nanos[times - 1]),
                peak / (1024 * 1024));
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }
}
