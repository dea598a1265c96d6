package com.disputedesk.core.remind;

import com.disputedesk.core.team.QuietHours;
import com.disputedesk.core.team.Team;
import com.disputedesk.core.team.TeamSettings;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/** When a due reminder may go out (not in the team's quiet hours), and whether it goes out late. */
final class SendTiming {
    private final TeamSettings settings;
    private final SchedulerConfig config;

    SendTiming(TeamSettings settings, SchedulerConfig config) {
        this.settings = settings;
        this.config = config;
    }

    /** The end of the team's quiet hours when {@code now} falls inside them; empty when it may go out. */
    Optional<Instant> heldUntil(Team team, ZoneId zone, Instant now) {
        Optional<QuietHours> quiet = settings.quietHours(team);
        if (quiet.isPresent() && quiet.get().contains(now, zone)) {
            return Optional.of(quiet.get().nextEnd(now, zone));
        }
        return Optional.empty();
    }

    /**
     * Whether {@code r} goes out more than {@link SchedulerConfig#lateAfter()} after its due time
     * (the bot was down).
     */
    boolean late(Reminder r, Instant now) {
        return Duration.between(r.dueAt(), now).compareTo(config.lateAfter()) > 0;
    }
}
