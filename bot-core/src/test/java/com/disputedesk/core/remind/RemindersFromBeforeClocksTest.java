package com.disputedesk.core.remind;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.core.cases.DisputeCase;
import com.disputedesk.core.store.JdbcReminderStore;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reminder rows planned before cases had several clocks carry no clock: they stand for the case's nearest running
 * clock, go out naming it, and give way to rows per clock once the case changes.
 */
@ExtendWith(Rig.ClosesRigs.class)
class RemindersFromBeforeClocksTest {
    @TempDir
    Path dir;

    @Test
    void anOldRowGoesOutNamingTheNearestClockAndTheNextChangePlansPerClock() {
        Rig rig = Rig.open(dir);
        DisputeCase c = rig.openCase(Rig.ALICE);
        Instant deadline = Rig.deadline(c);
        JdbcReminderStore store = new JdbcReminderStore(rig.db);
        // the rows an older version planned: keyed by case alone, no clock
        store.stopCase(c.id(), EnumSet.of(ReminderKind.LEAD, ReminderKind.OVERDUE));
        store.schedule(new Reminder("c" + c.id() + ".lead1440", c.team(), c.id(), c.number().value(),
                ReminderKind.LEAD, Duration.ofHours(24), deadline.minus(Duration.ofHours(24)), 0));
        store.schedule(new Reminder("c" + c.id() + ".overdue", c.team(), c.id(), c.number().value(),
                ReminderKind.OVERDUE, Duration.ZERO, deadline, 0));

        List<Rig.Sent> sent = rig.runUntil(deadline.minus(Duration.ofHours(5)));

        assertThat(sent).singleElement().satisfies(s -> {
            assertThat(s.at()).isEqualTo(deadline.minus(Duration.ofHours(24)));
            assertThat(s.message().reply().text()).isEqualTo("Case #1 (aliexpress, order " + c.facts().orderId()
                    + "): respond. The deadline is in 1d, at 2026-03-07 00:00.");
        });

        rig.type(Rig.BOB, "/claim 1"); // any change plans the case's reminders per clock
        assertThat(store.activeOfCase(c.id())).extracting(Reminder::id)
                .contains("c" + c.id() + ".respond.lead240", "c" + c.id() + ".respond.overdue")
                .doesNotContain("c" + c.id() + ".overdue");
        assertThat(rig.runUntil(deadline)).extracting(Rig.Sent::at)
                .containsExactly(deadline.minus(Duration.ofHours(4)), deadline);
    }
}
