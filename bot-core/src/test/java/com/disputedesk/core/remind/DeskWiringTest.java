package com.disputedesk.core.remind;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.core.Desk;
import com.disputedesk.core.chat.ChatRef;
import com.disputedesk.core.chat.Platform;
import com.disputedesk.core.chat.TypedText;
import com.disputedesk.core.store.Stores;
import com.disputedesk.core.team.TeamDefaults;
import com.disputedesk.core.team.TeamDirectory;
import com.disputedesk.core.testkit.MutableClock;
import com.disputedesk.core.testkit.RecordingOutbox;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeskWiringTest {
    @TempDir
    Path dir;

    @Test
    void theAssembledEngineAnswersTheReminderCommandsAndSchedulesDigests() {
        RecordingOutbox outbox = new RecordingOutbox();
        MutableClock clock = new MutableClock(Rig.START);
        Desk desk = Desk.assemble(new Desk.Parts(new TeamDirectory(List.of(Rig.TEAM)),
                new Stores(new InMemoryCases(), null, new MapSettings(), null), new FakeRemedies(), outbox, clock,
                Duration.ofHours(24), RemindParts.jdbc(Rig.sqlite(dir.resolve("desk.db")), TeamDefaults.standard(),
                SchedulerConfig.standard())));

        desk.bot().handle(TypedText.parse(ChatRef.of(Platform.TELEGRAM, "-1001"), Rig.ALICE, "/claim 3", Optional.empty()));
        desk.bot().handle(TypedText.parse(ChatRef.of(Platform.TELEGRAM, "-1001"), Rig.ALICE, "/settings", Optional.empty()));

        assertThat(outbox.drain()).extracting(o -> o.reply().text())
                .satisfiesExactly(t -> assertThat(t).contains("There is no case #3"),
                        t -> assertThat(t).contains("Team settings for Acme Store"));
        desk.reminders().start();
        desk.reminders().close();
        // at start every team's digest was scheduled: 09:00 tomorrow in Warsaw
        assertThat(desk.reminders().nextDue()).contains(java.time.Instant.parse("2026-03-03T08:00:00Z"));
    }

    @Test
    void anEngineBuiltWithoutReminderPartsKeepsNoReminders() {
        RecordingOutbox outbox = new RecordingOutbox();
        Desk desk = Desk.assemble(new Desk.Parts(new TeamDirectory(List.of(Rig.TEAM)),
                new Stores(new InMemoryCases(), null, new MapSettings(), null), new FakeRemedies(), outbox,
                new MutableClock(Rig.START), Duration.ofHours(24)));

        desk.bot().handle(TypedText.parse(ChatRef.of(Platform.TELEGRAM, "-1001"), Rig.ALICE, "/settings", Optional.empty()));

        assertThat(outbox.drain()).singleElement().satisfies(o -> assertThat(o.reply().text()).contains("Time zone"));
        assertThat(desk.reminders().runDue(Rig.START.plus(Duration.ofDays(30)))).isZero();
        assertThat(desk.reminders().nextDue()).isEmpty();
    }
}
