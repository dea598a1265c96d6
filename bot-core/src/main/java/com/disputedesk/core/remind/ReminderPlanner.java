package com.disputedesk.core.remind;

import com.disputedesk.core.cases.CaseState;
import com.disputedesk.core.cases.DisputeCase;
import com.disputedesk.core.cases.TimelineEntry;
import com.disputedesk.core.team.Team;
import com.disputedesk.core.team.TeamDirectory;
import com.disputedesk.core.team.TeamSettings;
import java.time.Clock;
import java.time.Duration;
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
 * <li>created: a warning at each lead time before the platform deadline (one at once if the case is opened inside
 *     the shortest lead window), and an overdue alert at the deadline;</li>
 * <li>an offer sent (now awaiting the buyer): a follow-up after the first interval;</li>
 * <li>leaving "awaiting buyer": the follow-up stops;</li>
 * <li>an action (offer, reply, close): the deadline warnings and overdue nagging stop;</li>
 * <li>closed: every reminder of the case stops.</li>
 * </ul>
 * After changing rows it wakes the scheduler, which then looks again for the next due reminder.
 */
public final class ReminderPlanner {
    /** What the team does on a case that stops its deadline warnings and overdue alerts. */
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

    /** Schedules the deadline warnings and the overdue alert of a new case. */
    public void caseCreated(DisputeCase c) {
        Optional<Team> team = teams.byId(c.team());
        if (team.isEmpty()) {
            return;
        }
        Optional<Instant> deadline = deadlines.deadline(c, settings.zone(team.get()));
        if (deadline.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        Instant due = deadline.get();
        List<Duration> leads = settings.deadlineLeads(team.get());
        Duration passedLead = null;
        for (Duration lead : leads) {
            Instant at = due.minus(lead);
            if (at.isAfter(now)) {
                store.schedule(Reminder.lead(c, lead, at));
            } else {
                passedLead = lead; // leads go longest first: the last passed one is the closest
            }
        }
        if (passedLead != null && due.isAfter(now)) {
            store.schedule(Reminder.lead(c, passedLead, now));
        }
        // A case opened after its deadline passed is overdue from now on: due now, not in the past, so it is not
        // reported as missed "while the bot was offline".
        store.schedule(Reminder.overdue(c, due.isAfter(now) ? due : now));
        wake.run();
    }

    /** Adjusts the case's reminders after {@code updated} was stored with a timeline entry of {@code kind}. */
    public void caseUpdated(DisputeCase updated, TimelineEntry.Kind kind) {
        if (kind == TimelineEntry.Kind.REOPENED && updated.state() != CaseState.CLOSED) {
            caseCreated(updated); // its deadline runs again, from the new intake's facts
            return;
        }
        if (updated.state() == CaseState.CLOSED) {
            store.stopCase(updated.id(), EnumSet.allOf(ReminderKind.class));
            return;
        }
        if (ACTIONS.contains(kind)) {
            store.stopCase(updated.id(), EnumSet.of(ReminderKind.LEAD, ReminderKind.OVERDUE));
        }
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
