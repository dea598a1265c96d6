package com.disputedesk.core.remind;

import com.disputedesk.core.cases.CaseState;
import com.disputedesk.core.cases.DisputeCase;
import com.disputedesk.core.cases.TimelineEntry;
import com.disputedesk.core.team.Team;
import com.disputedesk.core.team.TeamDirectory;
import com.disputedesk.core.team.TeamSettings;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The rules that turn what happens to a case into reminder rows:
 * <ul>
 * <li>every marketplace clock running on the case: a warning at each lead time before it runs out (one at once if
 *     the clock is already inside the shortest lead), and an overdue alert when it runs out
 *     ({@link DeadlineReminders});</li>
 * <li>a clock that stops (an offer sent stops the clock to answer, a received return the one to ship it) loses its
 *     reminders; one that restarts (the buyer changed the request) gets them planned again from its new end;</li>
 * <li>an offer sent (now awaiting the buyer): a follow-up after the first interval;</li>
 * <li>leaving "awaiting buyer": the follow-up stops;</li>
 * <li>closed: every reminder of the case stops.</li>
 * </ul>
 * After changing rows it wakes the scheduler, which then looks again for the next due reminder.
 */
public final class ReminderPlanner {
    /** What the team does on a case that its follow-up hangs on: the audit replays the last of these. */
    static final Set<TimelineEntry.Kind> ACTIONS =
            EnumSet.of(TimelineEntry.Kind.OFFER_SENT, TimelineEntry.Kind.BUYER_REPLIED, TimelineEntry.Kind.CLOSED);

    private final ReminderStore store;
    private final TeamDirectory teams;
    private final TeamSettings settings;
    private final DeadlineSource deadlines;
    private final Clock clock;
    private final Runnable wake;

    public ReminderPlanner(ReminderStore store, TeamDirectory teams, TeamSettings settings, DeadlineSource deadlines,
                           Clock clock, Runnable wake) {
        this.store = store;
        this.teams = teams;
        this.settings = settings;
        this.deadlines = deadlines;
        this.clock = clock;
        this.wake = wake;
    }

    /** Schedules the deadline warnings and overdue alerts of a new case's running clocks. */
    public void caseCreated(DisputeCase c) {
        clocksChanged(c);
    }

    /**
     * Brings the case's deadline reminders in line with the clocks running on it now: kept where a clock runs on
     * unchanged, stopped where it stopped, planned again where it (re)started. Safe to call after any change.
     */
    public void clocksChanged(DisputeCase c) {
        Optional<Team> team = teams.byId(c.team());
        if (team.isEmpty()) {
            return;
        }
        List<RunningClock> running = c.state() == CaseState.CLOSED ? List.of()
                : deadlines.running(c, settings.zone(team.get()));
        DeadlineReminders.Replan plan = DeadlineReminders.replan(c, running, store.activeOfCase(c.id()),
                settings.deadlineLeads(team.get()), clock.instant());
        plan.stop().forEach(store::stop); // first: a restarted clock's rows come back under the same ids
        plan.schedule().forEach(store::schedule);
        if (!plan.schedule().isEmpty()) {
            wake.run();
        }
    }

    /** Adjusts the case's reminders after {@code updated} was stored with a timeline entry of {@code kind}. */
    public void caseUpdated(DisputeCase updated, TimelineEntry.Kind kind) {
        if (updated.state() == CaseState.CLOSED) {
            store.stopCase(updated.id(), EnumSet.allOf(ReminderKind.class));
            return;
        }
        clocksChanged(updated);
        if (updated.state() != CaseState.AWAITING_BUYER) {
            store.stopCase(updated.id(), EnumSet.of(ReminderKind.FOLLOW_UP));
            return;
        }
        Optional<Team> team = teams.byId(updated.team());
        if (team.isEmpty()) {
            return;
        }
        Reminder followUp = Reminder.followUp(updated, clock.instant().plus(settings.followUpFirst(team.get())));
        if (kind == TimelineEntry.Kind.OFFER_SENT) {
            store.schedule(followUp); // a new offer restarts the follow-up clock
        } else {
            store.scheduleIfAbsent(followUp);
        }
        wake.run();
    }

    /** (Re)schedules the team's daily digest at its next local digest time, or stops it when switched off. */
    public void digestChanged(Team team) {
        Optional<LocalTime> at = settings.digestTime(team);
        String id = Reminder.digest(team.id(), Instant.EPOCH).id();
        if (at.isEmpty()) {
            store.stop(id);
            return;
        }
        store.schedule(Reminder.digest(team.id(), nextLocal(clock.instant(), at.get(), settings.zone(team))));
        wake.run();
    }

    /** At start: every team with a digest has one scheduled (a digest missed during downtime stays due). */
    public void ensureDigests() {
        for (Team team : teams.all()) {
            String id = Reminder.digest(team.id(), Instant.EPOCH).id();
            if (settings.digestTime(team).isEmpty()) {
                store.stop(id);
            } else if (store.active(id).isEmpty()) {
                digestChanged(team);
            }
        }
    }

    /**
     * The first instant after {@code after} showing {@code time} on a local clock in {@code zone}. Computed on
     * local dates, not by adding 24 h, so it stays at the same local time across a DST change.
     */
    public static Instant nextLocal(Instant after, LocalTime time, ZoneId zone) {
        LocalDate day = after.atZone(zone).toLocalDate();
        Instant candidate = ZonedDateTime.of(day, time, zone).toInstant();
        return candidate.isAfter(after) ? candidate : ZonedDateTime.of(day.plusDays(1), time, zone).toInstant();
    }
}
