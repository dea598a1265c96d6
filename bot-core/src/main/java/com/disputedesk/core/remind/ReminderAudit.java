package com.disputedesk.core.remind;

import com.disputedesk.core.cases.CaseNumber;
import com.disputedesk.core.cases.CaseState;
import com.disputedesk.core.cases.CaseStore;
import com.disputedesk.core.cases.DisputeCase;
import com.disputedesk.core.cases.TimelineEntry;
import com.disputedesk.core.team.Team;
import com.disputedesk.core.team.TeamDirectory;
import com.disputedesk.core.team.TeamSettings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Whether a case's stored reminders match its state, as {@link ReminderPlanner} plans them: the start-up sweep
 * repairs what it finds, and the crash test asserts that nothing is found. It checks what must exist and what
 * must not still wait, never due times (a snooze or a changed setting moves those):
 * <ul>
 * <li>a closed case has no reminder waiting (pending or claimed);</li>
 * <li>an open case the team has not acted on since it was opened (no offer, reply or close) has its overdue alert
 *     and each deadline warning still ahead, in any state (one stopped by "done" counts);</li>
 * <li>a case acted on has no deadline warning or overdue alert waiting;</li>
 * <li>a case awaiting the buyer has its follow-up, in any state; any other has none waiting.</li>
 * </ul>
 */
public final class ReminderAudit {

    /** What can be wrong with a case's reminders. */
    public enum Problem {
        /** A closed case still has reminders waiting. */
        WAITING_WHILE_CLOSED,
        /** Deadline warnings or the overdue alert were never planned. */
        DEADLINE_REMINDERS_MISSING,
        /** Deadline warnings or the overdue alert still wait although the team acted. */
        DEADLINE_REMINDERS_LEFT,
        /** A case awaiting the buyer has no follow-up. */
        FOLLOW_UP_MISSING,
        /** A follow-up waits although the case is not awaiting the buyer. */
        FOLLOW_UP_LEFT
    }

    /**
     * One case whose reminders do not match its state.
     *
     * @param team     the case's team
     * @param caseId   the case's store id
     * @param number   the case's number in its team
     * @param stored   the case as stored; empty when it is gone (its reminders then wait for nothing)
     * @param problems what is wrong, at least one
     */
    public record Finding(String team, long caseId, int number, Optional<DisputeCase> stored,
                          List<Problem> problems) {
        public Finding {
            problems = List.copyOf(problems);
        }

        @Override
        public String toString() {
            return "case " + team + " #" + number + " (" + stored.map(c -> c.state().name()).orElse("gone") + "): "
                    + problems;
        }
    }

    private final ReminderStore store;
    private final CaseStore cases;
    private final TeamDirectory teams;
    private final TeamSettings settings;
    private final DeadlineSource deadlines;
    private final Clock clock;

    public ReminderAudit(ReminderStore store, CaseStore cases, TeamDirectory teams, TeamSettings settings,
                         DeadlineSource deadlines, Clock clock) {
        this.store = store;
        this.cases = cases;
        this.teams = teams;
        this.settings = settings;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    /**
     * Every case of every team whose reminders do not match its state: the open cases, and the cases (closed or
     * gone) that still have reminders waiting. A gone case is reported as closed.
     */
    public List<Finding> findAll() {
        List<Finding> found = new ArrayList<>();
        for (Team team : teams.all()) {
            for (DisputeCase c : cases.open(team.id(), Integer.MAX_VALUE)) {
                check(c).ifPresent(found::add);
            }
        }
        Map<Long, Reminder> waiting = store.waitingCaseReminders().stream()
                .collect(Collectors.toMap(Reminder::caseId, Function.identity(), (a, b) -> a));
        for (Reminder r : waiting.values()) {
            Optional<DisputeCase> c = cases.byNumber(r.team(), new CaseNumber(r.caseNumber()))
                    .filter(x -> x.id() == r.caseId());
            if (c.isEmpty() || c.get().state() == CaseState.CLOSED) {
                found.add(new Finding(r.team(), r.caseId(), r.caseNumber(), c, List.of(Problem.WAITING_WHILE_CLOSED)));
            }
        }
        return found;
    }

    /** What is wrong with the reminders of {@code c}; empty when they match its state. */
    public Optional<Finding> check(DisputeCase c) {
        List<ReminderStore.Row> rows = store.ofCase(c.id());
        List<Problem> problems = new ArrayList<>();
        if (c.state() == CaseState.CLOSED) {
            if (rows.stream().anyMatch(r -> r.status().waiting())) {
                problems.add(Problem.WAITING_WHILE_CLOSED);
            }
            return finding(c, problems);
        }
        if (actedSinceOpened(cases.timeline(c.id()))) {
            if (rows.stream().anyMatch(r -> r.status().waiting() && r.reminder().kind() != ReminderKind.FOLLOW_UP)) {
                problems.add(Problem.DEADLINE_REMINDERS_LEFT);
            }
        } else if (!expectedDeadlineReminders(c).stream().allMatch(id -> has(rows, id))) {
            problems.add(Problem.DEADLINE_REMINDERS_MISSING);
        }
        if (c.state() == CaseState.AWAITING_BUYER) {
            if (!has(rows, Reminder.followUp(c, Instant.EPOCH).id())) {
                problems.add(Problem.FOLLOW_UP_MISSING);
            }
        } else if (rows.stream().anyMatch(r -> r.status().waiting()
                && r.reminder().kind() == ReminderKind.FOLLOW_UP)) {
            problems.add(Problem.FOLLOW_UP_LEFT);
        }
        return finding(c, problems);
    }

    /** The ids of the overdue alert and the deadline warnings still ahead, as planning the case now would give. */
    private List<String> expectedDeadlineReminders(DisputeCase c) {
        Optional<Team> team = teams.byId(c.team());
        if (team.isEmpty()) {
            return List.of();
        }
        Optional<Instant> deadline = deadlines.deadline(c, settings.zone(team.get()));
        if (deadline.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        List<String> ids = new ArrayList<>();
        ids.add(Reminder.overdue(c, deadline.get()).id());
        for (Duration lead : settings.deadlineLeads(team.get())) {
            if (deadline.get().minus(lead).isAfter(now)) {
                ids.add(Reminder.lead(c, lead, now).id());
            }
        }
        return ids;
    }

    /** Whether an offer, a reply or a close came after the case was last opened (or reopened). */
    private static boolean actedSinceOpened(List<TimelineEntry> timeline) {
        boolean acted = false;
        for (TimelineEntry e : timeline) {
            if (e.kind() == TimelineEntry.Kind.CREATED || e.kind() == TimelineEntry.Kind.REOPENED) {
                acted = false;
            } else if (ReminderPlanner.ACTIONS.contains(e.kind())) {
                acted = true;
            }
        }
        return acted;
    }

    private static boolean has(List<ReminderStore.Row> rows, String id) {
        return rows.stream().anyMatch(r -> r.reminder().id().equals(id));
    }

    private static Optional<Finding> finding(DisputeCase c, List<Problem> problems) {
        return problems.isEmpty() ? Optional.empty()
                : Optional.of(new Finding(c.team(), c.id(), c.number().value(), Optional.of(c), problems));
    }
}
