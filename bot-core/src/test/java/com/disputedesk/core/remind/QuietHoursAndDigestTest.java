package com.disputedesk.core.remind;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.core.cases.DisputeCase;
import com.disputedesk.core.team.QuietHours;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(Rig.ClosesRigs.class)
class QuietHoursAndDigestTest {
    @TempDir
    Path dir;

    @Test
    void aFollowUpDueInQuietHoursIsHeldUntilTheyEnd() {
        Rig rig = Rig.open(dir);
        rig.settings.setQuietHours(Rig.TEAM, QuietHours.parse("22:00-07:00"));
        rig.settings.setDigestTime(Rig.TEAM, Optional.empty());
        DisputeCase c = rig.openCase(Rig.ALICE, "unknown", LocalDate.of(2026, 3, 2));
        rig.clock.set(Instant.parse("2026-03-02T22:00:00Z")); // 23:00 in Warsaw
        rig.offerSent(c);

        List<Rig.Sent> sent = rig.runUntil(Instant.parse("2026-03-03T23:30:00Z"));

        // due 23:00 local on the 3rd: held to 07:00 local on the 4th (06:00Z), not marked late
        assertThat(rig.runUntil(Instant.parse("2026-03-04T05:59:00Z"))).isEmpty();
        assertThat(sent).isEmpty();
        List<Rig.Sent> released = rig.runUntil(Instant.parse("2026-03-04T07:00:00Z"));
        assertThat(released).singleElement().satisfies(s -> {
            assertThat(s.at()).isEqualTo(Instant.parse("2026-03-04T06:00:00Z"));
            assertThat(s.text()).contains("has not answered").doesNotContain("Late");
        });
    }

    @Test
    void aWarningWhoseDeadlineFallsInsideQuietHoursIsNotHeld() {
        Rig rig = Rig.open(dir);
        rig.settings.setQuietHours(Rig.TEAM, QuietHours.parse("22:00-07:00"));
        // TikTok, opened on the 1st: deadline 00:00 local on the 3rd, 4 h warning at 20:00 local, overdue at 00:00.
        DisputeCase c = rig.openCase(Rig.ALICE, "tiktok", LocalDate.of(2026, 3, 1));
        rig.runFor(Duration.ofMinutes(1));
        rig.type(Rig.ALICE, "/settings quiet 19:00-07:00");

        List<Rig.Sent> sent = rig.runUntil(Rig.deadline(c).minusSeconds(1));

        assertThat(sent).extracting(Rig.Sent::at).containsExactly(Rig.deadline(c).minus(Duration.ofHours(4)));
        assertThat(sent.get(0).text()).contains("deadline is in 4h");
    }

    @Test
    void theDigestGoesOutAtTheLocalTimeAcrossADaylightSavingChange() {
        Rig rig = Rig.open(dir);
        rig.clock.set(Instant.parse("2026-03-27T10:00:00Z"));
        rig.openCase(Rig.ALICE, "unknown", LocalDate.of(2026, 3, 27));
        rig.scheduler().planner().ensureDigests();

        List<Rig.Sent> sent = rig.runUntil(Instant.parse("2026-03-31T00:00:00Z"));

        // Warsaw moves from UTC+1 to UTC+2 on Sunday 29 March: 09:00 local is 08:00Z before, 07:00Z after.
        assertThat(sent).extracting(Rig.Sent::at).containsExactly(Instant.parse("2026-03-28T08:00:00Z"),
                Instant.parse("2026-03-29T07:00:00Z"), Instant.parse("2026-03-30T07:00:00Z"));
        assertThat(sent.get(1).text()).contains("Daily digest for Acme Store, 2026-03-29 Sun");
    }

    @Test
    void theDigestCountsOpenAwaitingDueTodayAndOverduePerOwner() {
        Rig rig = Rig.open(dir);
        rig.settings.setDigestTime(Rig.TEAM, Optional.of(LocalTime.of(9, 30)));
        DisputeCase overdue = rig.openCase(Rig.ALICE, "aliexpress", LocalDate.of(2026, 2, 20));
        DisputeCase overdueToo = rig.openCase(Rig.BOB, "tiktok", LocalDate.of(2026, 2, 28)); // 00:00 today: passed
        DisputeCase awaiting = rig.openCase(Rig.BOB, "aliexpress", LocalDate.of(2026, 3, 2));
        DisputeCase unowned = rig.openCase(Rig.ALICE, "unknown", LocalDate.of(2026, 3, 2));
        DisputeCase dueToday = rig.openCase(Rig.ALICE, "temu", LocalDate.of(2026, 3, 1)); // 12:00 today
        DisputeCase closed = rig.openCase(Rig.ALICE);
        rig.offerSent(awaiting);
        rig.type(Rig.ALICE, "/unassign " + unowned.number().value());
        rig.closed(closed);
        rig.scheduler().planner().digestChanged(Rig.TEAM);

        List<Rig.Sent> digests = rig.runUntil(Instant.parse("2026-03-02T08:31:00Z")).stream()
                .filter(s -> s.text().startsWith("Daily digest")).toList();

        assertThat(digests).singleElement().satisfies(d -> {
            assertThat(d.at()).isEqualTo(Instant.parse("2026-03-02T08:30:00Z"));
            assertThat(d.message().chat()).isEqualTo(com.disputedesk.core.chat.ChatRef.of(Rig.HOME.platform(),
                    Rig.HOME.chatId()));
            assertThat(d.message().reply().mention()).isEmpty();
            assertThat(d.text()).contains("Open: 5 | Awaiting buyer: 1 | Due today: 1 | Overdue: 2",
                    "Alice: #5 (due today), #1 (overdue)", "Bob: #3 (awaiting buyer), #2 (overdue)",
                    "Unassigned: #4");
        });
        assertThat(List.of(overdue, overdueToo, dueToday)).extracting(c -> c.number().value()).containsExactly(1, 2, 5);
    }
}
