package com.disputedesk.core.remind;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.core.kernel.Durations;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** /settings values are cleaned and bounded: leads once each, at most six, never empty; durations shown as set. */
@ExtendWith(Rig.ClosesRigs.class)
class SettingsBoundsTest {
    private static final String DEFAULT_LEADS = "2d, 1d, 4h";

    @TempDir
    Path dir;
    Rig rig;

    @BeforeEach
    void open() {
        rig = Rig.open(dir);
    }

    @Test
    void aDurationIsShownExactlyAsSetNeverRounded() {
        assertThat(say("/settings followup 2999m")).contains("Follow up every: 2d 1h 59m");
        assertThat(say("/settings nag 1441m")).contains("Overdue nag every: 1d 1m");
        assertThat(say("/settings leads 2999m,90m")).contains("Deadline warnings before: 2d 1h 59m, 1h 30m");

        assertThat(say("/settings")).contains("Follow up every: 2d 1h 59m", "Deadline warnings before: 2d 1h 59m, 1h 30m",
                "Overdue nag every: 1d 1m");
        assertThat(rig.settings.followUpInterval(Rig.TEAM)).isEqualTo(Duration.ofMinutes(2999));
    }

    @Test
    void exactDurationsKeepEveryUnit() {
        assertThat(Durations.exact(Duration.ofMinutes(2999))).isEqualTo("2d 1h 59m");
        assertThat(Durations.exact(Duration.ofDays(1))).isEqualTo("1d");
        assertThat(Durations.exact(Duration.ofMinutes(24 * 60 + 1))).isEqualTo("1d 1m");
        assertThat(Durations.exact(Duration.ofHours(25))).isEqualTo("1d 1h");
        assertThat(Durations.exact(Duration.ofMinutes(45))).isEqualTo("45m");
        assertThat(Durations.exact(Duration.ZERO)).isEqualTo("0m");
    }

    @Test
    void leadsAreKeptOnceEachLongestFirst() {
        assertThat(say("/settings leads 4h,48h,4h,240m,48h")).contains("Deadline warnings before: 2d, 4h");

        assertThat(rig.settings.deadlineLeads(Rig.TEAM)).containsExactly(Duration.ofHours(48), Duration.ofHours(4));
    }

    @Test
    void leadsWithNoDurationAreRefusedAndTheCurrentOnesKept() {
        assertThat(say("/settings leads ,,,,")).isEqualTo("Deadline warnings need at least one duration, "
                + "e.g. 48h,24h,4h. Nothing was changed: they stay " + DEFAULT_LEADS + ".");

        assertThat(rig.settingsStore.all("acme")).isEqualTo(Map.of());
        assertThat(rig.settings.deadlineLeads(Rig.TEAM)).hasSize(3);
    }

    @Test
    void moreThanSixLeadsAreRefusedWithTheLimitNamed() {
        assertThat(say("/settings leads 1h,2h,3h,4h,5h,6h,7h")).isEqualTo("At most 6 deadline warnings, each up to "
                + "30d (you gave 7). Nothing was changed: they stay " + DEFAULT_LEADS + ".");
        assertThat(say("/settings leads 1h,2h,3h,4h,5h,6h,1h,2h")).contains("Deadline warnings before: 6h, 5h, 4h, 3h, 2h, 1h");
    }

    @Test
    void threeThousandLeadsAreRefusedWithTheLimitNamedInAShortReply() {
        String reply = say("/settings leads " + String.join(",", Collections.nCopies(3000, "48h")));

        assertThat(reply).isEqualTo("At most 6 deadline warnings, each up to 30d (you gave 3000). Nothing was "
                + "changed: they stay " + DEFAULT_LEADS + ".");
        assertThat(rig.settingsStore.all("acme")).isEqualTo(Map.of());
    }

    @Test
    void aStoredListBreakingTheBoundsGivesTheDefaults() {
        rig.settingsStore.put("acme", "leads", String.join(",", Collections.nCopies(3000, "PT48H")));
        assertThat(rig.settings.deadlineLeads(Rig.TEAM)).containsExactly(Duration.ofHours(48));

        rig.settingsStore.put("acme", "leads", IntStream.rangeClosed(1, 3000).mapToObj(m -> "PT" + m + "M")
                .collect(Collectors.joining(",")));

        assertThat(rig.settings.deadlineLeads(Rig.TEAM)).containsExactly(Duration.ofHours(48), Duration.ofHours(24),
                Duration.ofHours(4));
    }

    @Test
    void aValueIsCleanedBeforeItIsReadAndAnOverLongOneRefusedWithItsLimit() {
        assertThat(say("/settings zone \u202eAsia/Shanghai\u0000\u200b")).contains("Saved. Time zone: Asia/Shanghai.");
        assertThat(say("/settings zone " + "Z".repeat(200))).startsWith("\"" + "Z".repeat(59) + "…\" is too long for "
                + "the value: 200 characters, at most 100.").contains("Usage: /settings");
        assertThat(say("/settings zone \u200b\u2066")).contains("Usage: /settings");
        assertThat(say("/settings followup " + "9".repeat(90))).contains("\"" + "9".repeat(59) + "…\" is not a duration");

        assertThat(rig.settingsStore.all("acme")).isEqualTo(Map.of("zone", "Asia/Shanghai"));
    }

    private String say(String typed) {
        return Rig.text(rig.type(Rig.ALICE, typed)).strip();
    }
}
