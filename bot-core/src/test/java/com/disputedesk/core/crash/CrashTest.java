package com.disputedesk.core.crash;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.core.cases.CaseNumber;
import com.disputedesk.core.cases.CaseState;
import com.disputedesk.core.cases.CaseStore;
import com.disputedesk.core.cases.DisputeCase;
import com.disputedesk.core.cases.TimelineEntry;
import com.disputedesk.core.remind.DeadlineSource;
import com.disputedesk.core.remind.ReminderAudit;
import com.disputedesk.core.store.JdbcReminderStore;
import com.disputedesk.core.store.JdbcStores;
import com.disputedesk.core.team.TeamDirectory;
import com.disputedesk.core.team.TeamSettings;
import com.disputedesk.core.testkit.MutableClock;
import com.disputedesk.core.testkit.TestDesk;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The desk killed (kill -9) at random points of intake, confirm, offer, reply and close, and started again each
 * time, on one SQLite file ({@link CrashingDesk} is the child process). After each kill, before the next start
 * (so before its reminder sweep could repair anything), the file is checked:
 * <ul>
 * <li>no order has two cases;</li>
 * <li>no confirmed answer is lost: every case the child reported opened is there under its number, no draft of an
 *     order with a case is left, and every offer, reply and close it reported is on its case;</li>
 * <li>every case's reminders match its state ({@link ReminderAudit}, the check the sweep repairs by).</li>
 * </ul>
 * The kill points come from a seeded random (printed with any failure; {@code -Dcrash.seed=} repeats a run);
 * {@code -Dcrash.kills=120} runs the full count, the default is a quick 12.
 */
class CrashTest {
    private static final int KILLS = Integer.getInteger("crash.kills", 12);
    /** The most markers a child prints before it is killed: a few cases' worth. */
    private static final int MAX_MARKERS = 150;

    @TempDir
    Path dir;

    private final Set<String> confirmedOrders = new HashSet<>();
    private final Map<Integer, String> confirmed = new HashMap<>();
    private final Set<Integer> offered = new HashSet<>();
    private final Set<Integer> replied = new HashSet<>();
    private final Set<Integer> closed = new HashSet<>();

    @Test
    void killedAtRandomPointsTheDeskNeitherLosesNorDoublesWork() throws Exception {
        long seed = Long.getLong("crash.seed", System.nanoTime());
        Random random = new Random(seed);
        List<String> killedAfter = new ArrayList<>();
        try {
            for (int run = 0; run < KILLS; run++) {
                int markers = 1 + random.nextInt(MAX_MARKERS);
                killedAfter.add(runAndKill(run, markers));
                check();
            }
        } catch (AssertionError | RuntimeException e) {
            throw new AssertionError("crash test failed with -Dcrash.seed=" + seed + " after kills at "
                    + killedAfter + ": " + e.getMessage(), e);
        }
        Map<String, Long> byStep = new java.util.TreeMap<>(killedAfter.stream().collect(
                java.util.stream.Collectors.groupingBy(k -> k.split(" ")[0], java.util.stream.Collectors.counting())));
        System.out.printf("crash test: %d kills (seed %d), %d cases opened, %d offered, %d answered, %d closed;"
                        + " kills after each step: %s%n", KILLS, seed, confirmed.size(), offered.size(),
                replied.size(), closed.size(), byStep);
        assertThat(killedAfter).hasSize(KILLS);
        assertThat(confirmed).isNotEmpty();
    }

    /** Runs the child until it printed {@code markers} markers, kills it, and returns the last marker. */
    private String runAndKill(int run, int markers) throws IOException, InterruptedException {
        Path log = dir.resolve("child-" + run + ".log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path natives = Files.createDirectories(dir.resolve("native"));
        Process child = new ProcessBuilder(java, "-Dorg.sqlite.tmpdir=" + natives, "-cp",
                System.getProperty("java.class.path"), CrashingDesk.class.getName(), dir.toString(),
                Integer.toString(run)).redirectError(log.toFile()).start();
        String last = "nothing";
        int clockReads = 0;
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            int seen = 0;
            String line;
            while (seen < markers && (line = out.readLine()) != null) {
                if (line.startsWith(CrashingDesk.MARK)) {
                    seen++;
                    String marker = line.substring(1);
                    if (marker.equals("clock")) {
                        clockReads++;
                    } else {
                        last = marker;
                        clockReads = 0;
                        note(marker);
                    }
                }
            }
            if (seen < markers) {
                throw new AssertionError("the child stopped by itself after " + last + ":\n" + tail(log));
            }
            child.destroyForcibly();
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        } finally {
            child.destroyForcibly();
        }
        return clockReads == 0 ? last : last + " +" + clockReads + " clock reads";
    }

    private void note(String marker) {
        String[] words = marker.split(" ");
        switch (words[0]) {
            case "confirmed" -> {
                confirmedOrders.add(words[1]);
                confirmed.put(Integer.parseInt(words[2]), words[1]);
            }
            case "offered" -> offered.add(Integer.parseInt(words[1]));
            case "replied" -> replied.add(Integer.parseInt(words[1]));
            case "closed" -> closed.add(Integer.parseInt(words[1]));
            default -> {
            }
        }
    }

    private void check() {
        try (JdbcStores db = JdbcStores.sqlite(dir.resolve("desk.db"), dir.resolve("evidence"), 1_000)) {
            List<String> doubled = db.jdbc().query("SELECT marketplace || ' ' || order_id FROM dispute_case"
                    + " GROUP BY marketplace, order_id HAVING COUNT(*) > 1", rs -> rs.getString(1));
            assertThat(doubled).as("orders with two cases").isEmpty();

            CaseStore cases = db.stores().cases();
            confirmed.forEach((number, order) -> assertThat(cases.byNumber("acme", new CaseNumber(number)))
                    .as("case #%d reported opened for %s", number, order)
                    .hasValueSatisfying(c -> assertThat(c.facts().orderId()).isEqualTo(order)));
            List<DisputeCase> all = cases.all("acme", Integer.MAX_VALUE);
            for (DisputeCase c : all) {
                int drafts = db.jdbc().queryOne("SELECT COUNT(*) FROM dialog WHERE state LIKE ?",
                        rs -> rs.getInt(1), "%" + c.facts().orderId() + "%").orElseThrow();
                assertThat(drafts).as("drafts left of %s, which case #%d was opened for", c.facts().orderId(),
                        c.number().value()).isZero();
            }
            for (int n : offered) {
                assertThat(kinds(cases, n)).as("timeline of case #%d", n).contains(TimelineEntry.Kind.OFFER_SENT);
            }
            for (int n : replied) {
                assertThat(kinds(cases, n)).as("timeline of case #%d", n)
                        .contains(TimelineEntry.Kind.BUYER_REPLIED);
            }
            for (int n : closed) {
                assertThat(cases.byNumber("acme", new CaseNumber(n)).orElseThrow().state())
                        .as("case #%d", n).isEqualTo(CaseState.CLOSED);
            }

            ReminderAudit audit = new ReminderAudit(new JdbcReminderStore(db.dataSource()), cases,
                    new TeamDirectory(List.of(TestDesk.TEAM)), new TeamSettings(db.stores().settings()),
                    DeadlineSource.of(TestDesk.remedies(), cases), new MutableClock(TestDesk.START));
            assertThat(audit.findAll()).as("cases whose reminders do not match their state").isEmpty();
        }
    }

    private static List<TimelineEntry.Kind> kinds(CaseStore cases, int number) {
        DisputeCase c = cases.byNumber("acme", new CaseNumber(number)).orElseThrow();
        return cases.timeline(c.id()).stream().map(TimelineEntry::kind).toList();
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }
}
