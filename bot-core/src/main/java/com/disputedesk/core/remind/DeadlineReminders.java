package com.disputedesk.core.remind;

import com.disputedesk.core.cases.DisputeCase;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The deadline reminders a case needs for the marketplace clocks running on it: a pure function of the clocks, the
 * rows already there, the team's lead times and the moment, with no store and no clock of its own (the
 * {@link ReminderPlanner} applies what it gives).
 *
 * <p>Per running clock: a warning at each lead time before it runs out (one at once when the clock is already
 * inside its shortest lead), and an overdue alert when it runs out that repeats until the clock stops. A clock whose
 * rows were planned for the same end keeps them as they are (sent, snoozed or re-armed); a clock that stopped loses
 * them; a clock that restarted gets them planned again for its new end. Rows planned before cases had several
 * clocks (no clock of their own) give way to the per-clock rows, without a second warning for a lead they passed.
 */
final class DeadlineReminders {

    /**
     * What to change.
     *
     * @param stop     ids of rows that no longer match a running clock
     * @param schedule rows to store as pending (replacing rows with their ids)
     */
    record Replan(List<String> stop, List<Reminder> schedule) {
        Replan {
            stop = List.copyOf(stop);
            schedule = List.copyOf(schedule);
        }

        boolean isEmpty() {
            return stop.isEmpty() && schedule.isEmpty();
        }
    }

    private DeadlineReminders() {
    }

    /**
     * The change that brings {@code active} (the case's rows not stopped) in line with {@code running}.
     *
     * @param leads the team's lead times, longest first
     */
    static Replan replan(DisputeCase c, List<RunningClock> running, List<Reminder> active,
                         List<Duration> leads, Instant now) {
        List<Reminder> deadlineRows = active.stream()
                .filter(r -> r.kind() == ReminderKind.LEAD || r.kind() == ReminderKind.OVERDUE).toList();
        List<String> stop = new ArrayList<>();
        for (Reminder r : deadlineRows) {
            boolean current = r.clock().isPresent() && running.stream().anyMatch(k -> plannedFor(r, k));
            if (!current) {
                stop.add(r.id());
            }
        }
        // Rows from before clocks already warned about the case's deadline: taking them over adds no warning "at once"
        // for a lead that passed, or the team would be warned twice.
        boolean takingOver = deadlineRows.stream().anyMatch(r -> r.clock().isEmpty());
        List<Reminder> schedule = new ArrayList<>();
        for (RunningClock clock : running) {
            if (deadlineRows.stream().noneMatch(r -> plannedFor(r, clock))) {
                schedule.addAll(forClock(c, clock, leads, now, !takingOver));
            }
        }
        return new Replan(stop, schedule);
    }

    /**
     * Every deadline reminder of a clock just started (or restarted) at {@code now}; with {@code catchUp}, one
     * warning at once when the clock is already inside a lead time.
     */
    static List<Reminder> forClock(DisputeCase c, RunningClock clock, List<Duration> leads, Instant now,
                                   boolean catchUp) {
        List<Reminder> out = new ArrayList<>();
        Instant due = clock.due();
        Duration passedLead = null;
        for (Duration lead : leads) {
            Instant at = due.minus(lead);
            if (at.isAfter(now)) {
                out.add(Reminder.lead(c, clock, lead, at));
            } else {
                passedLead = lead; // leads go longest first: the last passed one is the closest
            }
        }
        if (catchUp && passedLead != null && due.isAfter(now)) {
            out.add(Reminder.lead(c, clock, passedLead, now));
        }
        // A clock that ran out before it was planned (a case opened after its deadline) is overdue from now on: due
        // now, not in the past, so it is not reported as missed "while the bot was offline".
        out.add(Reminder.overdue(c, clock, due.isAfter(now) ? due : now));
        return out;
    }

    private static boolean plannedFor(Reminder r, RunningClock clock) {
        return r.clock().filter(k -> k.clock().equals(clock.id()) && k.due().equals(clock.due())).isPresent();
    }
}
