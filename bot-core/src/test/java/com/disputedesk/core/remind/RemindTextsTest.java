package com.disputedesk.core.remind;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.core.kernel.Durations;
import com.disputedesk.core.team.QuietHours;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class RemindTextsTest {

    @Test
    void durationsAsMembersTypeThem() {
        assertThat(Durations.parse("24h")).contains(Duration.ofHours(24));
        assertThat(Durations.parse("1d12h")).contains(Duration.ofHours(36));
        assertThat(Durations.parse("90m")).contains(Duration.ofMinutes(90));
        assertThat(Durations.parse("0h")).isEmpty();
        assertThat(Durations.parse("31d")).isEmpty();
        assertThat(Durations.parse("h")).isEmpty();
        assertThat(Durations.parse("")).isEmpty();
        assertThat(Durations.format(Duration.ofMinutes(2 * 24 * 60 + 3 * 60 + 5))).isEqualTo("2d 3h");
        assertThat(Durations.format(Duration.ofMinutes(-45))).isEqualTo("45m");
        assertThat(Durations.format(Duration.ofSeconds(20))).isEqualTo("0m");
    }

    @Test
    void quietHoursSpanningMidnight() {
        QuietHours q = QuietHours.parse("22:00-07:00").orElseThrow();
        ZoneId warsaw = ZoneId.of("Europe/Warsaw");
        assertThat(q.contains(Instant.parse("2026-03-02T21:00:00Z"), warsaw)).isTrue();  // 22:00
        assertThat(q.contains(Instant.parse("2026-03-03T05:59:00Z"), warsaw)).isTrue();  // 06:59
        assertThat(q.contains(Instant.parse("2026-03-03T06:00:00Z"), warsaw)).isFalse(); // 07:00
        assertThat(q.contains(Instant.parse("2026-03-02T20:59:00Z"), warsaw)).isFalse(); // 21:59
        assertThat(q.nextEnd(Instant.parse("2026-03-02T21:30:00Z"), warsaw)).isEqualTo(Instant.parse("2026-03-03T06:00:00Z"));
        assertThat(q.nextEnd(Instant.parse("2026-03-03T01:00:00Z"), warsaw)).isEqualTo(Instant.parse("2026-03-03T06:00:00Z"));
        QuietHours day = QuietHours.parse("12:00-13:00").orElseThrow();
        assertThat(day.contains(Instant.parse("2026-03-02T11:30:00Z"), warsaw)).isTrue();
        assertThat(day.contains(Instant.parse("2026-03-02T12:00:00Z"), warsaw)).isFalse();
        assertThat(QuietHours.parseTime("24:00")).isEmpty();
        assertThat(QuietHours.parseTime("7:05")).contains(LocalTime.of(7, 5));
    }

    @Test
    void theNextLocalTimeSkipsTheMissingHourOfASpringForwardDay() {
        ZoneId warsaw = ZoneId.of("Europe/Warsaw");
        // 02:30 does not exist in Warsaw on 29 March 2026: the digest goes at 03:30 local (01:30Z) that day
        assertThat(ReminderPlanner.nextLocal(Instant.parse("2026-03-28T12:00:00Z"), LocalTime.of(2, 30), warsaw))
                .isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
        assertThat(ReminderPlanner.nextLocal(Instant.parse("2026-03-29T01:30:00Z"), LocalTime.of(2, 30), warsaw))
                .isEqualTo(Instant.parse("2026-03-30T00:30:00Z"));
    }
}
