package com.disputedesk.core.remind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.disputedesk.core.chat.Member;
import com.disputedesk.core.chat.Platform;
import com.disputedesk.core.store.JdbcMemberDirectory;
import com.disputedesk.core.store.JdbcReminderStore;
import com.disputedesk.core.store.JdbcStores;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every database must do for reminders: the same tests on SQLite and PostgreSQL. */
abstract class ReminderStoreContract {
    static final Instant T = Instant.parse("2026-03-02T08:00:00Z");

    JdbcStores stores;
    JdbcReminderStore store;

    protected abstract JdbcStores openStores();

    /**
     * Stores over a database of its own that an older version migrated up to {@code version} and wrote {@code sql}
     * into, opened as the current version opens it (migrating it to the latest).
     */
    protected abstract JdbcStores openUpgraded(String version, String... sql);

    @BeforeEach
    void openDatabase() {
        stores = openStores();
        store = new JdbcReminderStore(stores.dataSource());
    }

    @AfterEach
    void closeDatabase() {
        stores.close();
    }

    private static Reminder reminder(String id, long caseId, ReminderKind kind, Instant due) {
        return new Reminder(id, "acme", caseId, (int) caseId, kind, Duration.ZERO, due, 0);
    }

    @Test
    void aDeadlineReminderKeepsTheClockItWasPlannedForAndARescheduleMovesIt() {
        Instant respondDue = T.plus(Duration.ofDays(5));
        store.schedule(new Reminder("c7.respond.lead1440", "acme", 7, 3, ReminderKind.LEAD, Duration.ofHours(24),
                respondDue.minus(Duration.ofHours(24)), 0, Optional.of(new Reminder.ClockDue("respond", respondDue))));
        store.schedule(reminder("c7.followup", 7, ReminderKind.FOLLOW_UP, T.plusSeconds(60)));
        store.schedule(reminder("c8.followup", 8, ReminderKind.FOLLOW_UP, T.plusSeconds(60)));

        assertThat(store.activeOfCase(7)).extracting(Reminder::id, Reminder::clock).containsExactly(
                tuple("c7.followup", Optional.empty()),
                tuple("c7.respond.lead1440",
                        Optional.of(new Reminder.ClockDue("respond", respondDue))));

        Instant restartedDue = respondDue.plus(Duration.ofDays(2));
        store.schedule(new Reminder("c7.respond.lead1440", "acme", 7, 3, ReminderKind.LEAD, Duration.ofHours(24),
                restartedDue.minus(Duration.ofHours(24)), 0,
                Optional.of(new Reminder.ClockDue("respond", restartedDue))));
        List<Reminder> claimed = store.claimDue(restartedDue, "x/1", restartedDue.plusSeconds(60), 10);
        assertThat(claimed).filteredOn(r -> r.kind() == ReminderKind.LEAD).singleElement().satisfies(r -> {
            assertThat(r.dueAt()).isEqualTo(restartedDue.minus(Duration.ofHours(24)));
            assertThat(r.clock()).contains(new Reminder.ClockDue("respond", restartedDue));
        });
        store.stop("c7.followup");
        store.settle("x/1", List.of(ReminderStore.Settlement.sent("c7.respond.lead1440")));
        assertThat(store.activeOfCase(7)).extracting(Reminder::id).containsExactly("c7.respond.lead1440");
    }

    @Test
    void aReminderStoredBeforeClocksKeepsWorkingAfterTheUpgrade() {
        stores.close();
        long due = T.toEpochMilli();
        stores = openUpgraded("20", "INSERT INTO reminders (id, team, case_id, case_number, kind, lead_minutes, due_at,"
                + " state, attempts) VALUES ('c7.lead1440', 'acme', 7, 3, 'lead', 1440, " + due + ", 'PENDING', 0)",
                "INSERT INTO reminders (id, team, case_id, case_number, kind, lead_minutes, due_at, state, attempts)"
                        + " VALUES ('c7.overdue', 'acme', 7, 3, 'overdue', 0, " + (due + 86_400_000L) + ", 'PENDING', 0)");
        store = new JdbcReminderStore(stores.dataSource());

        assertThat(store.activeOfCase(7)).extracting(Reminder::id).containsExactly("c7.lead1440", "c7.overdue");
        List<Reminder> claimed = store.claimDue(T, "x/1", T.plusSeconds(60), 10);
        assertThat(claimed).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(ReminderKind.LEAD);
            assertThat(r.lead()).isEqualTo(Duration.ofHours(24));
            assertThat(r.caseNumber()).isEqualTo(3);
            assertThat(r.clock()).isEmpty(); // about the case's nearest running clock
        });
        store.settle("x/1", List.of(ReminderStore.Settlement.sent("c7.lead1440")));
        assertThat(store.stop("c7.overdue")).isTrue();
        assertThat(store.activeOfCase(7)).extracting(Reminder::id).containsExactly("c7.lead1440");
    }

    @Test
    void schedulesClaimsAndSettles() {
        store.schedule(reminder("a", 1, ReminderKind.FOLLOW_UP, T.plusSeconds(10)));
        store.schedule(reminder("b", 2, ReminderKind.LEAD, T.plusSeconds(5)));
        store.scheduleIfAbsent(reminder("b", 2, ReminderKind.LEAD, T.plusSeconds(500)));

        assertThat(store.nextDue()).contains(T.plusSeconds(5));
        assertThat(store.claimDue(T.plusSeconds(4), "x/1", T.plusSeconds(300), 10)).isEmpty();
        List<Reminder> claimed = store.claimDue(T.plusSeconds(10), "x/2", T.plusSeconds(300), 10);
        assertThat(claimed).extracting(Reminder::id).containsExactly("b", "a");
        assertThat(store.claimDue(T.plusSeconds(10), "y/1", T.plusSeconds(300), 10)).isEmpty();
        assertThat(store.nextDue()).contains(T.plusSeconds(300));

        store.settle("x/2", List.of(ReminderStore.Settlement.finished("b"),
                ReminderStore.Settlement.again("a", T.plusSeconds(3600), 2, Optional.of("boom"))));

        assertThat(store.active("b")).isEmpty();
        assertThat(store.active("a")).hasValueSatisfying(r -> {
            assertThat(r.dueAt()).isEqualTo(T.plusSeconds(3600));
            assertThat(r.attempts()).isEqualTo(2);
        });
        assertThat(store.nextDue()).contains(T.plusSeconds(3600));
    }

    @Test
    void anExpiredClaimIsTakenOverAndTheOldClaimantCanNoLongerMarkIt() {
        store.schedule(reminder("a", 1, ReminderKind.OVERDUE, T));
        assertThat(store.claimDue(T, "dead/1", T.plusSeconds(60), 10)).hasSize(1);

        assertThat(store.claimDue(T.plusSeconds(59), "live/1", T.plusSeconds(120), 10)).isEmpty();
        assertThat(store.claimDue(T.plusSeconds(60), "live/2", T.plusSeconds(120), 10)).hasSize(1);
        store.finish("a", "dead/1");
        assertThat(store.active("a")).isPresent();
        store.finish("a", "live/2");
        assertThat(store.active("a")).isEmpty();
    }

    @Test
    void stopAndSnoozeWinOverAClaimInFlight() {
        store.schedule(reminder("a", 1, ReminderKind.FOLLOW_UP, T));
        store.schedule(reminder("b", 1, ReminderKind.LEAD, T));
        store.schedule(reminder("c", 2, ReminderKind.LEAD, T));
        store.claimDue(T, "x/1", T.plusSeconds(60), 10);

        assertThat(store.snooze("a", T.plusSeconds(3600))).isTrue();
        store.stopCase(1, EnumSet.of(ReminderKind.LEAD));
        store.release("a", "x/1", T.plusSeconds(5), 0, Optional.empty());
        store.release("b", "x/1", T.plusSeconds(5), 0, Optional.empty());

        assertThat(store.active("a")).hasValueSatisfying(r -> assertThat(r.dueAt()).isEqualTo(T.plusSeconds(3600)));
        assertThat(store.active("b")).isEmpty();
        assertThat(store.stop("c")).isTrue();
        assertThat(store.stop("c")).isFalse();
        assertThat(store.snooze("c", T)).isFalse();
        store.schedule(reminder("c", 2, ReminderKind.LEAD, T.plusSeconds(9)));
        assertThat(store.active("c")).isPresent();
    }

    @Test
    void aSentOneShotCanBeSnoozedBackButAStoppedOneCannot() {
        store.schedule(reminder("sent", 1, ReminderKind.LEAD, T));
        store.schedule(reminder("stopped", 2, ReminderKind.LEAD, T));
        store.claimDue(T, "x/1", T.plusSeconds(60), 10);
        store.settle("x/1", List.of(ReminderStore.Settlement.sent("sent"), ReminderStore.Settlement.finished("stopped")));

        assertThat(store.nextDue()).isEmpty();
        assertThat(store.active("stopped")).isEmpty();
        assertThat(store.snooze("stopped", T.plusSeconds(3600))).isFalse();
        assertThat(store.snooze("sent", T.plusSeconds(3600))).isTrue();
        assertThat(store.nextDue()).contains(T.plusSeconds(3600));
        store.stopCase(1, EnumSet.allOf(ReminderKind.class));
        assertThat(store.snooze("sent", T.plusSeconds(7200))).isFalse();
    }

    @Test
    void concurrentClaimantsNeverShareAReminder() throws Exception {
        for (int i = 0; i < 300; i++) {
            store.schedule(reminder("r" + i, i, ReminderKind.LEAD, T));
        }
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<List<String>>> runs = new ArrayList<>();
            for (int w = 0; w < 3; w++) {
                String worker = "w" + w;
                Callable<List<String>> claimAll = () -> {
                    List<String> mine = new ArrayList<>();
                    for (int batch = 0; batch < 100; batch++) {
                        String claimant = worker + "/" + batch;
                        List<Reminder> got = store.claimDue(T, claimant, T.plusSeconds(60), 7);
                        got.forEach(r -> mine.add(r.id()));
                        store.settle(claimant, got.stream().map(r -> ReminderStore.Settlement.finished(r.id())).toList());
                    }
                    return mine;
                };
                runs.add(pool.submit(claimAll));
            }
            List<String> all = new ArrayList<>();
            for (Future<List<String>> run : runs) {
                all.addAll(run.get());
            }
            assertThat(all).hasSize(300).doesNotHaveDuplicates();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void membersAreFoundByKeyAndByNameIgnoringCase() {
        JdbcMemberDirectory members = new JdbcMemberDirectory(stores.dataSource());
        members.seen("acme", new Member(Platform.TELEGRAM, "42", "Alice"), T);
        members.seen("acme", new Member(Platform.TELEGRAM, "42", "Alice B"), T.plusSeconds(1));
        members.seen("other", new Member(Platform.DISCORD, "7", "alice"), T);

        assertThat(members.named("acme", "ALICE B")).containsExactly(new Member(Platform.TELEGRAM, "42", "Alice B"));
        assertThat(members.named("acme", "alice")).isEmpty();
        assertThat(members.byKey("acme", "telegram:42")).isPresent();
        assertThat(members.byKey("acme", "discord:7")).isEmpty();
    }
}
