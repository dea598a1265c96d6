package com.disputedesk.core.remind;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.core.cases.DisputeCase;
import com.disputedesk.core.chat.Choice;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(Rig.ClosesRigs.class)
class ReminderActionsTest {
    @TempDir
    Path dir;
    Rig rig;
    Rig.Sent followUp;

    @BeforeEach
    void aFollowUpIsShowing() {
        rig = Rig.open(dir);
        DisputeCase c = rig.openCase(Rig.ALICE, "unknown", LocalDate.of(2026, 3, 2));
        rig.offerSent(c);
        followUp = rig.runFor(Duration.ofHours(24)).get(0);
    }

    @Test
    void snoozeForAnHourBringsItBackInAnHour() {
        Instant pressed = rig.clock.instant().plus(Duration.ofMinutes(5));
        rig.clock.set(pressed);

        assertThat(Rig.text(rig.press(Rig.ALICE, Rig.button(followUp, "Snooze 1 h"))))
                .contains("Snoozed until 2026-03-03 10:05");
        assertThat(rig.runFor(Duration.ofHours(2))).extracting(Rig.Sent::at)
                .containsExactly(pressed.plus(Duration.ofHours(1)));
    }

    @Test
    void snoozeForFourHours() {
        rig.press(Rig.ALICE, Rig.button(followUp, "Snooze 4 h"));

        assertThat(rig.runFor(Duration.ofHours(5))).extracting(Rig.Sent::at)
                .containsExactly(followUp.at().plus(Duration.ofHours(4)));
    }

    @Test
    void snoozeUntilTomorrowMorningInTheTeamsZone() {
        assertThat(Rig.text(rig.press(Rig.ALICE, Rig.button(followUp, "Tomorrow morning"))))
                .contains("Snoozed until 2026-03-04 09:00");

        assertThat(rig.runFor(Duration.ofHours(25))).extracting(Rig.Sent::at)
                .containsExactly(Instant.parse("2026-03-04T08:00:00Z"));
    }

    @Test
    void doneStopsTheReminder() {
        assertThat(Rig.text(rig.press(Rig.ALICE, Rig.button(followUp, "Done")))).contains("Reminder stopped");

        assertThat(rig.runFor(Duration.ofDays(5))).isEmpty();
    }

    @Test
    void buyerRepliedStopsTheFollowUpAndPointsToReply() {
        assertThat(Rig.text(rig.press(Rig.ALICE, Rig.button(followUp, "Buyer replied"))))
                .contains("/reply 1 accepted|rejected|counter");

        assertThat(rig.runFor(Duration.ofDays(5))).isEmpty();
    }

    @Test
    void aButtonOfAStoppedReminderSaysSoAndChangesNothing() {
        Choice done = Rig.button(followUp, "Done");
        rig.press(Rig.ALICE, done);

        assertThat(Rig.text(rig.press(Rig.ALICE, Rig.button(followUp, "Snooze 1 h"))))
                .contains("no longer active");
        assertThat(rig.runFor(Duration.ofDays(2))).isEmpty();
    }

    @Test
    void anotherTeamCannotTouchTheReminder() {
        Choice done = Rig.button(followUp, "Done");
        rig.outbox.drain();
        rig.bot.handle(new com.disputedesk.core.chat.Inbound.ChoicePicked(
                com.disputedesk.core.chat.ChatRef.of(com.disputedesk.core.chat.Platform.TELEGRAM, "-2002"), Rig.CAROL,
                done.id(), java.util.Optional.empty()));

        assertThat(Rig.text(rig.outbox.drain())).contains("no longer active");
        assertThat(rig.runFor(Duration.ofHours(24))).hasSize(1);
    }

    @Test
    void aSentDeadlineWarningCanBeSnoozedBackAndThenStopped(@TempDir Path otherDir) {
        Rig other = Rig.open(otherDir);
        DisputeCase c = other.openCase(Rig.ALICE);
        Rig.Sent warning = other.runUntil(Rig.deadline(c).minus(Duration.ofHours(48))).get(0);
        assertThat(warning.text()).contains("deadline is in 2d");

        other.press(Rig.ALICE, Rig.button(warning, "Snooze 4 h"));
        List<Rig.Sent> again = other.runFor(Duration.ofHours(5));
        assertThat(again).singleElement().satisfies(s -> assertThat(s.text()).contains("deadline is in 1d 20h"));

        assertThat(Rig.text(other.press(Rig.ALICE, Rig.button(again.get(0), "Done")))).contains("Reminder stopped");
        assertThat(Rig.text(other.press(Rig.ALICE, Rig.button(again.get(0), "Snooze 1 h")))).contains("no longer active");
    }

    @Test
    void deadlineRemindersCarryNoBuyerRepliedButton(@TempDir Path otherDir) {
        Rig other = Rig.open(otherDir);
        other.openCase(Rig.ALICE);
        List<Rig.Sent> sent = other.runFor(Duration.ofDays(4));

        assertThat(sent.get(0).message().reply().choices()).extracting(Choice::label)
                .containsExactly("Snooze 1 h", "Snooze 4 h", "Tomorrow morning", "Done");
    }
}
