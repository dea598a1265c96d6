package com.disputedesk.core.team;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What a team's reminder settings are until an admin changes them (config/disputedesk.yml, section
 * {@code reminders}).
 *
 * @param quietHours     hours in which reminders are held; empty for none
 * @param digestTime     local time of the daily digest; empty for no digest
 * @param followUpFirst  how long after an offer the owner is first reminded to follow up
 * @param followUpEvery  how often the follow-up repeats while the buyer has not answered
 * @param deadlineLeads  how long before the platform deadline to warn, longest first
 * @param overdueEvery   how often an overdue case nags until someone acts
 * @param morning        what "tomorrow morning" means when a reminder is snoozed, local time
 */
public record TeamDefaults(Optional<QuietHours> quietHours, Optional<LocalTime> digestTime, Duration followUpFirst,
                           Duration followUpEvery, List<Duration> deadlineLeads, Duration overdueEvery,
                           LocalTime morning) {
    public TeamDefaults {
        deadlineLeads = deadlineLeads.stream().sorted(Comparator.reverseOrder()).toList();
        requirePositive(followUpFirst, "followUpFirst");
        requirePositive(followUpEvery, "followUpEvery");
        requirePositive(overdueEvery, "overdueEvery");
        deadlineLeads.forEach(d -> requirePositive(d, "deadlineLeads"));
    }

    /** The documented defaults: no quiet hours, digest at 09:00, follow up after 24 h then every 24 h,
     * warn 48 h, 24 h and 4 h before a deadline, nag every 4 h once overdue, mornings at 09:00. */
    public static TeamDefaults standard() {
        return new TeamDefaults(Optional.empty(), Optional.of(LocalTime.of(9, 0)), Duration.ofHours(24),
                Duration.ofHours(24), List.of(Duration.ofHours(48), Duration.ofHours(24), Duration.ofHours(4)),
                Duration.ofHours(4), LocalTime.of(9, 0));
    }

    private static void requirePositive(Duration d, String what) {
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(what + " must be positive: " + d);
        }
    }
}
