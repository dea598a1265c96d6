package com.disputedesk.core.remind;

import com.disputedesk.core.team.Team;
import com.disputedesk.core.team.TeamSettings;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What a sent case reminder becomes: one-shot ones are over, repeating ones come back one interval on. */
final class Rearm {
    // Logged under the scheduler's name: operators follow the reminders in one place.
    private static final Logger log = LoggerFactory.getLogger(ReminderScheduler.class);

    private final TeamSettings settings;

    Rearm(TeamSettings settings) {
        this.settings = settings;
    }

    /**
     * Marks a sent reminder: one-shot ones finish, repeating ones come back one interval on (never in the past).
     * If marking fails the claim lease runs out and the reminder goes out once more: the documented repeat.
     */
    void markSent(Reminder r, ClaimedBatch claim, Team team, Instant now) {
        try {
            mark(r, claim, team, now);
        } catch (RuntimeException e) {
            log.error("reminder {} was sent but could not be marked; it may be sent once more", r.id(), e);
        }
    }

    private void mark(Reminder r, ClaimedBatch claim, Team team, Instant now) {
        if (!r.kind().repeats()) {
            claim.sent(r.id());
            return;
        }
        Duration every = r.kind() == ReminderKind.OVERDUE ? settings.overdueInterval(team)
                : settings.followUpInterval(team);
        Instant next = r.dueAt().plus(every);
        if (!next.isAfter(now)) {
            next = now.plus(every); // after downtime: one late reminder, not one per missed interval
        }
        claim.release(r.id(), next, 0, Optional.empty());
    }
}
