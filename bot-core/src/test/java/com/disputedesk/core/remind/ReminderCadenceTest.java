package com.disputedesk.core.remind;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.core.cases.DisputeCase;
import com.disputedesk.core.cases.TimelineEntry;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(Rig.ClosesRigs.class)
class ReminderCadenceTest {
    @TempDir
    Path dir;

    @Test
    void warnsBeforeTheDeadlineThenNagsWhenOverdueUntilSomeoneActs() {
        Rig rig = Rig.open(dir);
        DisputeCase c = rig.openCase(Rig.ALICE);
        Instant deadline = Rig.deadline(c);

        List<Rig.Sent> sent = rig.runUntil(deadline.plus(Duration.ofHours(9)));

        assertThat(sent).extracting(Rig.Sent::at).containsExactly(
                deadline.minus(Duration.ofHours(48)), deadline.minus(Duration.ofHours(24)),
                deadline.minus(Duration.ofHours(4)), deadline, deadline.plus(Duration.ofHours(4)),
                deadline.plus(Duration.ofHours(8)));
        assertThat(sent.get(0).text()).contains("Case #1", "deadline is in 2d", "2026-03-07 00:00");
        assertThat(sent.get(2).text()).contains("deadline is in 4h");
        assertThat(sent.get(3).text()).contains("OVERDUE", "passed 0m ago");
        assertThat(sent.get(5).text()).contains("OVERDUE", "passed 8h ago");
        assertThat(sent).allSatisfy(s -> {
            assertThat(s.message().chat()).isEqualTo(Rig.HOME);
            assertThat(s.message().inReplyTo()).isEmpty();
            assertThat(s.text()).doesNotContain("Late");
        });

        rig.offerSent(c);
        List<Rig.Sent> after = rig.runFor(Duration.ofHours(23));
        assertThat(after).isEmpty();
        assertThat(rig.storedCases.timeline(c.id())).filteredOn(e -> e.kind() == TimelineEntry.Kind.REMINDER)
                .hasSize(6);
    }

    @Test
    void aCaseOpenedInsideTheShortestLeadIsWarnedAtOnce() {
        Rig rig = Rig.open(dir);
        // TikTok Shop: 48 h from the start of the day the dispute opened, which was yesterday: 15 h left at 09:00,
        // inside the 24 h lead: one warning now, then the 4 h one as usual.
        DisputeCase c = rig.openCase(Rig.ALICE, "tiktok", LocalDate.of(2026, 3, 1));

        List<Rig.Sent> sent = rig.runFor(Duration.ofMinutes(1));

        assertThat(sent).singleElement().satisfies(s -> {
            assertThat(s.at()).isEqualTo(Rig.START);
            assertThat(s.text()).contains("deadline is in 15h");
        });
        assertThat(rig.runUntil(Rig.deadline(c).minusSeconds(1))).extracting(Rig.Sent::at)
                .containsExactly(Rig.deadline(c).minus(Duration.ofHours(4)));
        assertThat(rig.runFor(Duration.ofSeconds(1))).singleElement()
                .satisfies(s -> assertThat(s.text()).contains("OVERDUE"));
    }

    @Test
    void aCaseOpenedAfterItsDeadlineIsOverdueAtOnceAndNotCalledLate() {
        Rig rig = Rig.open(dir);
        // AliExpress: 5 days from the day the dispute opened, ten days ago: overdue since five days.
        rig.openCase(Rig.ALICE, "aliexpress", LocalDate.of(2026, 2, 20));

        List<Rig.Sent> sent = rig.runFor(Duration.ofMinutes(1));

        assertThat(sent).singleElement().satisfies(s -> {
            assertThat(s.at()).isEqualTo(Rig.START);
            assertThat(s.text()).contains("Case #1").doesNotContain("Late", "offline");
        });
    }

    @Test
    void followsUpOnAnOfferEveryDayUntilTheBuyerReplies() {
        Rig rig = Rig.open(dir);
        DisputeCase c = rig.openCase(Rig.ALICE, "unknown", LocalDate.of(2026, 3, 2)); // no deadline: follow-ups only
        rig.clock.advance(Duration.ofMinutes(30));
        Instant offered = rig.clock.instant();
        rig.offerSent(c);

        List<Rig.Sent> sent = rig.runUntil(offered.plus(Duration.ofHours(49)));

        assertThat(sent).extracting(Rig.Sent::at)
                .containsExactly(offered.plus(Duration.ofHours(24)), offered.plus(Duration.ofHours(48)));
        assertThat(sent.get(0).text()).contains("Case #1", "has not answered your offer for 1d");
        assertThat(sent.get(1).text()).contains("for 2d");
        assertThat(sent.get(0).message().reply().choices()).extracting(ch -> ch.label())
                .containsExactly("Snooze 1 h", "Snooze 4 h", "Tomorrow morning", "Buyer replied", "Done");

        rig.buyerReplied(c);
        assertThat(rig.runFor(Duration.ofDays(5))).isEmpty();
    }

    @Test
    void aNewOfferRestartsTheFollowUpClock() {
        Rig rig = Rig.open(dir);
        DisputeCase c = rig.openCase(Rig.ALICE, "unknown", LocalDate.of(2026, 3, 2));
        rig.offerSent(c);
        rig.runFor(Duration.ofHours(20));
        Instant second = rig.clock.instant();
        rig.offerSent(c);

        assertThat(rig.runUntil(second.plus(Duration.ofHours(25)))).extracting(Rig.Sent::at)
                .containsExactly(second.plus(Duration.ofHours(24)));
    }

    @Test
    void aClosedCaseIsSilenced() {
        Rig rig = Rig.open(dir);
        DisputeCase c = rig.openCase(Rig.ALICE);
        rig.offerSent(c);
        rig.closed(c);

        assertThat(rig.runFor(Duration.ofDays(30))).isEmpty();
        assertThat(rig.scheduler().nextDue()).isEmpty();
    }

    @Test
    void aCaseClosedBehindTheSchedulersBackIsStillSilenced() {
        Rig rig = Rig.open(dir);
        DisputeCase c = rig.openCase(Rig.ALICE);
        // Closed in the undecorated store (another tool, an older process): the scheduler re-checks the case.
        rig.storedCases.update(rig.current(c).closed(com.disputedesk.core.cases.Outcome.KEPT, Optional.empty()),
                new TimelineEntry(rig.clock.instant(), "x", TimelineEntry.Kind.CLOSED, "kept"));

        assertThat(rig.runFor(Duration.ofDays(30))).isEmpty();
    }

    @Test
    void pingsTheOwnerAndOnlyTheOwner() {
        Rig rig = Rig.open(dir);
        DisputeCase c = rig.openCase(Rig.BOB, "unknown", LocalDate.of(2026, 3, 2));
        rig.offerSent(c);

        Rig.Sent sent = rig.runFor(Duration.ofHours(24)).get(0);

        assertThat(sent.message().reply().mention()).contains(Rig.BOB);
        assertThat(sent.text()).doesNotContain("/claim");
    }

    @Test
    void withNoOwnerTheTeamIsToldAndNobodyIsPinged() {
        Rig rig = Rig.open(dir);
        DisputeCase c = rig.openCase(Rig.BOB, "unknown", LocalDate.of(2026, 3, 2));
        rig.type(Rig.BOB, "/unassign 1");
        rig.offerSent(c);

        Rig.Sent sent = rig.runFor(Duration.ofHours(24)).get(0);

        assertThat(sent.message().reply().mention()).isEmpty();
        assertThat(sent.text()).contains("Nobody owns this case: /claim 1");
    }
}
