package com.disputedesk.core.remind;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.core.cases.DisputeCase;
import com.disputedesk.core.chat.Outbox;
import com.disputedesk.core.chat.Outgoing;
import com.disputedesk.core.store.JdbcReminderStore;
import com.disputedesk.core.store.JdbcStores;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(Rig.ClosesRigs.class)
class SchedulerReliabilityTest {
    @TempDir
    Path dir;

    @Test
    void remindersThatFellDueWhileTheBotWasDownGoOutOnceAtStartMarkedLate() {
        Rig rig = Rig.open(dir);
        DisputeCase c = rig.openCase(Rig.ALICE);
        Instant deadline = Rig.deadline(c);
        // The bot is down from now until 10 h after the deadline: three warnings and three nags fell due meanwhile.
        rig.clock.set(deadline.plus(Duration.ofHours(10)));
        Rig restarted = rig.restart();

        int sent = restarted.scheduler().runDue(restarted.clock.instant());
        List<Outgoing> out = restarted.outbox.drain();

        assertThat(sent).isEqualTo(1);
        assertThat(out).singleElement().satisfies(o -> assertThat(o.reply().asText())
                .contains("OVERDUE", "passed 10h ago", "Late: this was due at 2026-03-07 00:00"));
        // nagging resumes one interval from now, not once per missed interval
        assertThat(restarted.scheduler().runDue(restarted.clock.instant())).isZero();
        assertThat(restarted.scheduler().nextDue()).contains(restarted.clock.instant().plus(Duration.ofHours(4)));
    }

    @Test
    void twoSchedulersOnOneDatabaseSendEachReminderOnce() throws Exception {
        List<String> sent = Collections.synchronizedList(new ArrayList<>());
        Outbox first = m -> sent.add("first " + m.reply().text());
        Outbox second = m -> sent.add("second " + m.reply().text());
        Rig a = Rig.open(dir, first);
        Rig b = a.twin(second);
        for (int i = 0; i < 60; i++) {
            a.openCase(Rig.ALICE, "unknown", LocalDate.of(2026, 3, 2));
        }
        for (int i = 1; i <= 60; i++) {
            a.offerSent(a.storedCases.byNumber("acme", new com.disputedesk.core.cases.CaseNumber(i)).orElseThrow());
        }
        a.clock.advance(Duration.ofHours(24));
        Instant now = a.clock.instant();
        CountDownLatch go = new CountDownLatch(1);
        CompletableFuture<Integer> byA = CompletableFuture.supplyAsync(() -> await(go, () -> a.scheduler().runDue(now)));
        CompletableFuture<Integer> byB = CompletableFuture.supplyAsync(() -> await(go, () -> b.scheduler().runDue(now)));
        go.countDown();

        assertThat(byA.get(30, TimeUnit.SECONDS) + byB.get(30, TimeUnit.SECONDS)).isEqualTo(60);
        assertThat(sent).hasSize(60);
        assertThat(sent.stream().map(s -> s.substring(s.indexOf(' ') + 1)).distinct()).hasSize(60);
    }

    @Test
    void aFailedSendIsRetriedWithBackoffAndNeverDropped() {
        AtomicInteger failuresLeft = new AtomicInteger(3);
        List<Instant> delivered = new ArrayList<>();
        Rig[] holder = new Rig[1];
        Outbox flaky = m -> {
            if (failuresLeft.getAndDecrement() > 0) {
                throw new IllegalStateException("Telegram is down");
            }
            delivered.add(holder[0].clock.instant());
        };
        Rig rig = Rig.open(dir, flaky);
        holder[0] = rig;
        DisputeCase c = rig.openCase(Rig.ALICE, "unknown", LocalDate.of(2026, 3, 2));
        rig.offerSent(c);
        Instant due = rig.clock.instant().plus(Duration.ofHours(24));

        rig.runUntil(due.plus(Duration.ofMinutes(5)));

        // tried at due, due+5 s, due+15 s (5 + 10), delivered at due+35 s (5 + 10 + 20)
        assertThat(delivered).containsExactly(due.plusSeconds(35));
    }

    @Test
    void aSchedulerThatDiedAfterClaimingIsTakenOverWhenItsLeaseRunsOut() {
        List<String> sent = new ArrayList<>();
        Rig rig = Rig.open(dir, m -> sent.add(m.reply().text()));
        DisputeCase c = rig.openCase(Rig.ALICE, "unknown", LocalDate.of(2026, 3, 2));
        rig.offerSent(c);
        rig.clock.advance(Duration.ofHours(24));
        // a process claims the follow-up and dies before sending it
        JdbcReminderStore store = new JdbcReminderStore(rig.db);
        assertThat(store.claimDue(rig.clock.instant(), "crashed", rig.clock.instant().plus(Duration.ofMinutes(5)), 10))
                .hasSize(1);

        assertThat(rig.scheduler().runDue(rig.clock.instant())).isZero();
        rig.clock.advance(Duration.ofMinutes(5));
        assertThat(rig.scheduler().runDue(rig.clock.instant())).isEqualTo(1);
        assertThat(rig.scheduler().runDue(rig.clock.instant())).isZero();
        assertThat(sent).hasSize(1);
    }

    @Test
    void theRunningLoopWakesForASoonerReminderAtOnce() throws Exception {
        LinkedBlockingQueue<Outgoing> delivered = new LinkedBlockingQueue<>();
        Rig rig = Rig.open(dir, delivered::add);
        rig.settings.setDigestTime(Rig.TEAM, java.util.Optional.empty());
        rig.scheduler().start();
        try {
            // the loop sleeps: nothing is pending. A case inside its last warning window is due now.
            rig.openCase(Rig.ALICE, "tiktok", LocalDate.of(2026, 3, 1));

            Outgoing first = delivered.poll(10, TimeUnit.SECONDS);
            assertThat(first).isNotNull();
            assertThat(first.reply().text()).contains("deadline is in 15h");
        } finally {
            rig.scheduler().close();
        }
    }

    @Test
    void withTheRealClockTheLoopSendsWithinASecondOfTheDueTime() throws Exception {
        java.time.Clock real = java.time.Clock.systemUTC();
        LinkedBlockingQueue<Instant> sentAt = new LinkedBlockingQueue<>();
        try (com.disputedesk.core.store.JdbcStores jdbc = com.disputedesk.core.store.JdbcStores.sqlite(
                dir.resolve("desk.db"), dir.resolve("evidence"), 1000)) {
            com.disputedesk.core.team.TeamSettings settings = new com.disputedesk.core.team.TeamSettings(
                    jdbc.stores().settings());
            settings.setDigestTime(Rig.TEAM, java.util.Optional.empty());
            RemindFeature feature = RemindFeature.assemble(JdbcStores.reminders(jdbc.dataSource(),
                            com.disputedesk.core.team.TeamDefaults.standard(), SchedulerConfig.standard()),
                    jdbc.stores().cases(), new com.disputedesk.core.team.TeamDirectory(List.of(Rig.TEAM)), settings,
                    (c, zone) -> java.util.Optional.empty(), m -> sentAt.add(real.instant()), real);
            feature.scheduler().start();
            try {
                DisputeCase c = feature.cases().create(new com.disputedesk.core.cases.NewCase("acme",
                                new com.disputedesk.core.cases.CaseFacts("aliexpress", "1", "b", "en",
                                        com.disputedesk.core.cases.Reason.NOT_RECEIVED,
                                        com.disputedesk.core.cases.BuyerRequest.of(
                                                com.disputedesk.core.cases.RequestKind.FULL_REFUND),
                                        com.disputedesk.core.kernel.Money.of("1.00", "USD"), java.util.Optional.empty(),
                                        java.util.Optional.empty(), java.util.Optional.empty(), java.util.Set.of(),
                                        LocalDate.of(2026, 3, 2)),
                                Rig.ALICE, Rig.HOME, real.instant()), List.of());
                c = feature.cases().update(c.withState(com.disputedesk.core.cases.CaseState.AWAITING_BUYER),
                        new com.disputedesk.core.cases.TimelineEntry(real.instant(), "x",
                                com.disputedesk.core.cases.TimelineEntry.Kind.OFFER_SENT, "offer"));
                Instant due = real.instant().plusMillis(700);
                new JdbcReminderStore(jdbc.dataSource()).schedule(Reminder.followUp(c, due));
                feature.scheduler().wake();

                Instant at = sentAt.poll(10, TimeUnit.SECONDS);
                assertThat(at).isNotNull();
                assertThat(Duration.between(due, at)).isBetween(Duration.ZERO, Duration.ofSeconds(1));
            } finally {
                feature.scheduler().close();
            }
        }
    }

    private static int await(CountDownLatch go, java.util.function.IntSupplier work) {
        try {
            go.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return work.getAsInt();
    }
}
