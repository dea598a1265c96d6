package com.disputedesk.core.remind;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.core.Desk;
import com.disputedesk.core.store.JdbcStores;
import com.disputedesk.core.team.TeamDirectory;
import com.disputedesk.core.testkit.MutableClock;
import com.disputedesk.core.testkit.RecordingOutbox;
import com.disputedesk.core.testkit.TestDesk;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeskWiringTest {
    @TempDir
    Path dir;

    @Test
    void theAssembledEngineAnswersTheReminderCommandsAndSchedulesDigestsAtStart() {
        try (TestDesk desk = TestDesk.open(dir)) {
            desk.chat().send("/claim 3").expect("There is no case #3")
                    .send("/settings").expect("Team settings for Acme Store")
                    .send("/settings digest 07:45").expect("Daily digest: 07:45");

            desk.desk().reminders().start();
            desk.desk().reminders().close();

            // 07:45 tomorrow in Warsaw: today's has passed (it is 09:00 there)
            assertThat(desk.desk().reminders().nextDue()).contains(Instant.parse("2026-03-03T06:45:00Z"));
        }
    }

    @Test
    void anEngineBuiltWithoutReminderPartsKeepsNoReminders() {
        RecordingOutbox outbox = new RecordingOutbox();
        try (JdbcStores stores = JdbcStores.sqlite(dir.resolve("desk.db"), dir.resolve("evidence"), 1000)) {
            Desk desk = Desk.assemble(new Desk.Parts(new TeamDirectory(List.of(TestDesk.TEAM)), stores.stores(),
                    TestDesk.remedies(), outbox, new MutableClock(TestDesk.START), Duration.ofHours(24)));

            desk.reminders().start();
            desk.reminders().close();

            assertThat(desk.reminders().runDue(TestDesk.START.plus(Duration.ofDays(30)))).isZero();
            assertThat(desk.reminders().nextDue()).isEmpty();
        }
    }
}
