package com.disputedesk.core.remind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.disputedesk.core.cases.BuyerRequest;
import com.disputedesk.core.cases.CaseFacts;
import com.disputedesk.core.cases.CaseNumber;
import com.disputedesk.core.cases.CaseState;
import com.disputedesk.core.cases.DisputeCase;
import com.disputedesk.core.cases.Reason;
import com.disputedesk.core.cases.RequestKind;
import com.disputedesk.core.i18n.LocalText;
import com.disputedesk.core.kernel.Money;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What deadline reminders a case's running clocks need, given the rows already there: no store, no clock. */
class DeadlineRemindersTest {
    private static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");
    private static final List<Duration> LEADS =
            List.of(Duration.ofHours(48), Duration.ofHours(24), Duration.ofHours(4));
    private static final DisputeCase CASE = new DisputeCase(17, "acme", new CaseNumber(3),
            new CaseFacts("aliexpress", "8123456789012345", "Ana", "es", Reason.WRONG_SIZE,
                    BuyerRequest.of(RequestKind.FULL_REFUND), Money.of("25.90", "USD"), Optional.empty(),
                    Optional.empty(), Optional.empty(), Set.of(), LocalDate.of(2026, 3, 2)),
            CaseState.OPEN, Optional.empty(), Rig.HOME, NOW, Optional.empty(), Optional.empty(), 0);
    private static final RunningClock RESPOND = clock("respond", NOW.plus(Duration.ofDays(5)));
    private static final RunningClock PLATFORM = clock("platform", NOW.plus(Duration.ofDays(7)));

    private static RunningClock clock(String id, Instant due) {
        return new RunningClock(id, LocalText.english(id), due);
    }

    @Test
    void aNewClockGetsItsWarningsAndItsOverdueAlert() {
        DeadlineReminders.Replan plan = DeadlineReminders.replan(CASE, List.of(RESPOND), List.of(), LEADS, NOW);

        assertThat(plan.stop()).isEmpty();
        assertThat(plan.schedule()).extracting(Reminder::id, Reminder::dueAt).containsExactly(
                tuple("c17.respond.lead2880", RESPOND.due().minus(Duration.ofHours(48))),
                tuple("c17.respond.lead1440", RESPOND.due().minus(Duration.ofHours(24))),
                tuple("c17.respond.lead240", RESPOND.due().minus(Duration.ofHours(4))),
                tuple("c17.respond.overdue", RESPOND.due()));
        assertThat(plan.schedule()).allSatisfy(r -> assertThat(r.clock())
                .contains(new Reminder.ClockDue("respond", RESPOND.due())));
    }

    @Test
    void aClockRunningOnUnchangedKeepsItsRowsAStoppedOneLosesThemARestartedOneIsPlannedAgain() {
        List<Reminder> rows = new ArrayList<>(DeadlineReminders.forClock(CASE, RESPOND, LEADS, NOW, true));
        rows.addAll(DeadlineReminders.forClock(CASE, PLATFORM, LEADS, NOW, true));

        assertThat(DeadlineReminders.replan(CASE, List.of(RESPOND, PLATFORM), rows, LEADS, NOW.plusSeconds(60))
                .isEmpty()).isTrue();

        DeadlineReminders.Replan stopped = DeadlineReminders.replan(CASE, List.of(PLATFORM), rows, LEADS, NOW);
        assertThat(stopped.stop()).allMatch(id -> id.startsWith("c17.respond.")).hasSize(4);
        assertThat(stopped.schedule()).isEmpty();

        Instant later = NOW.plus(Duration.ofDays(4));
        RunningClock restarted = clock("respond", later.plus(Duration.ofDays(5)));
        DeadlineReminders.Replan again = DeadlineReminders.replan(CASE, List.of(restarted, PLATFORM), rows, LEADS,
                later);
        assertThat(again.stop()).allMatch(id -> id.startsWith("c17.respond.")).hasSize(4);
        assertThat(again.schedule()).extracting(Reminder::dueAt).containsExactly(
                restarted.due().minus(Duration.ofHours(48)), restarted.due().minus(Duration.ofHours(24)),
                restarted.due().minus(Duration.ofHours(4)), restarted.due());
    }

    @Test
    void aClockInsideItsShortestLeadIsWarnedAtOnceAndOneAlreadyPastIsOverdueFromNow() {
        RunningClock soon = clock("respond", NOW.plus(Duration.ofHours(15)));
        RunningClock past = clock("platform", NOW.minus(Duration.ofHours(2)));

        List<Reminder> planned = DeadlineReminders.replan(CASE, List.of(soon, past), List.of(), LEADS, NOW).schedule();

        assertThat(planned).extracting(Reminder::id, Reminder::dueAt).containsExactly(
                tuple("c17.respond.lead240", soon.due().minus(Duration.ofHours(4))),
                tuple("c17.respond.lead1440", NOW),
                tuple("c17.respond.overdue", soon.due()),
                tuple("c17.platform.overdue", NOW));
    }

    @Test
    void aLongClockIdIsCutToFitAButtonAndStaysApartFromAnotherWithTheSameStart() {
        RunningClock a = clock("refund-after-the-return-arrived", NOW.plus(Duration.ofDays(3)));
        RunningClock b = clock("refund-after-the-return-was-sent", NOW.plus(Duration.ofDays(3)));
        DisputeCase big = new DisputeCase(999_999_999L, CASE.team(), CASE.number(), CASE.facts(), CASE.state(),
                CASE.owner(), CASE.home(), CASE.openedAt(), CASE.outcome(), CASE.refunded(), 0);

        Reminder ra = Reminder.lead(big, a, Duration.ofDays(30), NOW);
        Reminder rb = Reminder.lead(big, b, Duration.ofDays(30), NOW);

        assertThat(ra.id()).isNotEqualTo(rb.id());
        assertThat(new ReminderActions.Button(ReminderActions.Action.SNOOZE_4H, ra.id()).format())
                .hasSizeLessThanOrEqualTo(48);
    }
}
