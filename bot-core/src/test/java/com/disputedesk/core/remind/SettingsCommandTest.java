package com.disputedesk.core.remind;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.core.kernel.UiLanguage;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(Rig.ClosesRigs.class)
class SettingsCommandTest {
    @TempDir
    Path dir;
    Rig rig;

    @BeforeEach
    void open() {
        rig = Rig.open(dir);
    }

    @Test
    void settingsAloneShowsTheDefaults() {
        assertThat(Rig.text(rig.type(Rig.BOB, "/settings"))).contains("Team settings for Acme Store",
                "Time zone: Europe/Warsaw", "Quiet hours: off", "Daily digest: 09:00", "Language: en",
                "Follow up every: 1d", "Deadline warnings before: 2d, 1d, 4h", "Overdue nag every: 4h");
    }

    @Test
    void anAdminChangesEachSetting() {
        assertThat(Rig.text(rig.type(Rig.ALICE, "/settings zone Asia/Shanghai"))).contains("Saved. Time zone: Asia/Shanghai.");
        assertThat(Rig.text(rig.type(Rig.ALICE, "/settings quiet 22:00-07:30"))).contains("Quiet hours: 22:00-07:30");
        assertThat(Rig.text(rig.type(Rig.ALICE, "/settings digest 8:15"))).contains("Daily digest: 08:15");
        assertThat(Rig.text(rig.type(Rig.ALICE, "/settings followup 36h"))).contains("Follow up every: 1d 12h");
        assertThat(Rig.text(rig.type(Rig.ALICE, "/settings nag 90m"))).contains("Overdue nag every: 1h 30m");
        assertThat(Rig.text(rig.type(Rig.ALICE, "/settings leads 4h,72h"))).contains("Deadline warnings before: 3d, 4h");

        assertThat(rig.settings.zone(Rig.TEAM)).isEqualTo(ZoneId.of("Asia/Shanghai"));
        assertThat(rig.settings.quietHours(Rig.TEAM)).hasValueSatisfying(q ->
                assertThat(q.end()).isEqualTo(LocalTime.of(7, 30)));
        assertThat(rig.settings.followUpInterval(Rig.TEAM)).isEqualTo(Duration.ofHours(36));
        assertThat(rig.settings.overdueInterval(Rig.TEAM)).isEqualTo(Duration.ofMinutes(90));
        assertThat(rig.settings.deadlineLeads(Rig.TEAM)).containsExactly(Duration.ofHours(72), Duration.ofHours(4));
        // the digest moved to 08:15 in Shanghai: 00:15Z the next day (it is 16:00 there now)
        assertThat(rig.scheduler().nextDue()).contains(Instant.parse("2026-03-03T00:15:00Z"));

        assertThat(Rig.text(rig.type(Rig.ALICE, "/settings language zh"))).contains("已保存");
        assertThat(rig.settings.language(Rig.TEAM)).isEqualTo(UiLanguage.ZH);
        assertThat(Rig.text(rig.type(Rig.BOB, "/settings"))).contains("时区：Asia/Shanghai");

        rig.type(Rig.ALICE, "/settings quiet off");
        rig.type(Rig.ALICE, "/settings digest off");
        assertThat(rig.settings.quietHours(Rig.TEAM)).isEmpty();
        assertThat(rig.settings.digestTime(Rig.TEAM)).isEmpty();
        assertThat(rig.scheduler().nextDue()).isEmpty();
    }

    @Test
    void badValuesSayWhatIsExpectedAndChangeNothing() {
        assertThat(Rig.text(rig.type(Rig.ALICE, "/settings zone Mars/Olympus"))).contains("Unknown time zone");
        assertThat(Rig.text(rig.type(Rig.ALICE, "/settings quiet 22-7"))).contains("Quiet hours look like 22:00-07:00");
        assertThat(Rig.text(rig.type(Rig.ALICE, "/settings quiet 07:00-07:00"))).contains("Quiet hours look like");
        assertThat(Rig.text(rig.type(Rig.ALICE, "/settings digest 25:00"))).contains("The digest time looks like");
        assertThat(Rig.text(rig.type(Rig.ALICE, "/settings language fr"))).contains("The language is en or zh");
        assertThat(Rig.text(rig.type(Rig.ALICE, "/settings followup soon"))).contains("\"soon\" is not a duration");
        assertThat(Rig.text(rig.type(Rig.ALICE, "/settings nag 0h"))).contains("not a duration");
        assertThat(Rig.text(rig.type(Rig.ALICE, "/settings leads 4h,x"))).contains("\"x\" is not a duration");
        assertThat(Rig.text(rig.type(Rig.ALICE, "/settings colour blue"))).contains("Usage: /settings");
        assertThat(Rig.text(rig.type(Rig.ALICE, "/settings zone"))).contains("Usage: /settings");

        assertThat(rig.settingsStore.all("acme")).isEqualTo(Map.of());
    }

    @Test
    void aMemberWhoIsNotAnAdminIsRefused() {
        assertThat(Rig.text(rig.type(Rig.BOB, "/settings quiet 22:00-07:00")))
                .contains("Only a team admin can change settings");

        assertThat(rig.settingsStore.all("acme")).isEmpty();
        assertThat(rig.settings.deadlineLeads(Rig.TEAM)).hasSize(3);
        assertThat(List.of(rig.settings.quietHours(Rig.TEAM))).containsExactly(java.util.Optional.empty());
    }
}
