package com.disputedesk.core.remind;

import com.disputedesk.core.cases.CaseNumber;
import com.disputedesk.core.cases.CaseState;
import com.disputedesk.core.cases.CaseStore;
import com.disputedesk.core.cases.DisputeCase;
import com.disputedesk.core.team.Team;
import com.disputedesk.core.team.TeamSettings;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * What one due case reminder leads to, decided from the case as it is now (not as it was when the reminder was
 * planned): drop it, hold it, or send it.
 */
final class CaseReminderCheck {

    /** The decision about one due case reminder. */
    sealed interface Verdict {
    }

    /** The case moved on (gone, closed, buyer answered) or the warning came too late: the reminder stops. */
    record Drop() implements Verdict {
    }

    /** Not yet (an overdue alert before its deadline, quiet hours): pending again at {@code until}. */
    record Hold(Instant until) implements Verdict {
    }

    /**
     * Goes out now, about {@code c} in the team's {@code zone}: a deadline reminder about {@code clock}, a follow-up
     * with the case's nearest running clock if one runs.
     */
    record Send(DisputeCase c, ZoneId zone, Optional<RunningClock> clock) implements Verdict {
        Optional<Instant> deadline() {
            return clock.map(RunningClock::due);
        }
    }

    private final CaseStore cases;
    private final TeamSettings settings;
    private final DeadlineSource deadlines;
    private final SendTiming timing;

    CaseReminderCheck(CaseStore cases, TeamSettings settings, DeadlineSource deadlines, SendTiming timing) {
        this.cases = cases;
        this.settings = settings;
        this.deadlines = deadlines;
        this.timing = timing;
    }

    /**
     * Decides about {@code r} of {@code team} at {@code now}. A deadline warning or alert is held through quiet
     * hours unless the deadline itself falls inside them: then waiting would let it pass unseen.
     */
    Verdict decide(Reminder r, Team team, Instant now) {
        Optional<DisputeCase> found = cases.byNumber(r.team(), new CaseNumber(r.caseNumber()))
                .filter(c -> c.id() == r.caseId());
        if (found.isEmpty() || found.get().state() == CaseState.CLOSED
                || r.kind() == ReminderKind.FOLLOW_UP && found.get().state() != CaseState.AWAITING_BUYER) {
            return new Drop(); // the case moved on: a safety net behind SchedulingCaseStore
        }
        DisputeCase c = found.get();
        ZoneId zone = settings.zone(team);
        Optional<RunningClock> clock = clockOf(r, deadlines.running(c, zone));
        Optional<Instant> deadline = clock.map(RunningClock::due);
        if (r.kind() != ReminderKind.FOLLOW_UP) {
            if (deadline.isEmpty() || r.kind() == ReminderKind.LEAD && !deadline.get().isAfter(now)) {
                // its clock stopped (behind the planner's back), or a warning for a deadline that passed: the
                // overdue alert says it
                return new Drop();
            }
            if (r.kind() == ReminderKind.OVERDUE && deadline.get().isAfter(now)) {
                return new Hold(deadline.get());
            }
        }
        Optional<Instant> quietEnd = timing.heldUntil(team, zone, now);
        boolean deadlineInQuiet = deadline.isPresent() && quietEnd.isPresent()
                && !deadline.get().isBefore(now) && deadline.get().isBefore(quietEnd.get());
        if (quietEnd.isPresent() && !deadlineInQuiet) {
            return new Hold(quietEnd.get());
        }
        return new Send(c, zone, clock);
    }

    /**
     * The running clock {@code r} is about: its own clock, if it still runs; for a follow-up, or a row planned
     * before cases had several clocks, the nearest running one.
     */
    private static Optional<RunningClock> clockOf(Reminder r, List<RunningClock> running) {
        if (r.clock().isEmpty()) {
            return running.stream().findFirst();
        }
        String id = r.clock().get().clock();
        return running.stream().filter(k -> k.id().equals(id)).findFirst();
    }
}
