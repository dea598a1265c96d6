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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whether a case's stored reminders match its state: the start-up sweep repairs what it finds, and the crash test
 * asserts that nothing is found. What a case needs is what the {@link ReminderPlanner} plans for it, replayed on a
 * scratch store ({@link PlanRecorder}) as its latest change would: a case not acted on since it was opened is
 * planned as new; then its last offer, reply or close (or, with none, a plain change) is applied. So the rules
 * live in the planner alone.
 * <ul>
 * <li>every reminder that replay plans must be stored, in any state (a warning already sent, or stopped by its
 *     "done" button, counts);</li>
 * <li>no reminder of a kind the replay stops may still wait (pending or claimed), unless the replay plans it;</li>
 * <li>no deadline warning or overdue alert may still wait for a clock that stopped or restarted.</li>
 * </ul>
 * Due times are not compared: a snooze or a changed setting moves them.
 */
public final class ReminderAudit {

    /**
     * One case whose reminders do not match its state.
     *
     * @param team    the case's team
     * @param caseId  the case's store id
     * @param number  the case's number in its team
     * @param stored  the case as stored; empty when it is gone (its reminders then wait for nothing)
     * @param missing reminders the case needs that are not stored
     * @param left    ids of reminders still waiting that the case no longer needs
     */
    public record Finding(String team, long caseId, int number, Optional<DisputeCase> stored,
                          List<Reminder> missing, List<String> left) {
        public Finding {
            missing = List.copyOf(missing);
            left = List.copyOf(left);
        }

        /** The ids of the missing reminders. */
        public List<String> missingIds() {
            return missing.stream().map(Reminder::id).toList();
        }

        @Override
        public String toString() {
            return "case " + team + " #" + number + " (" + stored.map(c -> c.state().name()).orElse("gone")
                    + "): missing " + missingIds() + ", left waiting " + left;
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
     * gone) that still have reminders waiting.
     */
    public List<Finding> findAll() {
        List<Finding> found = new ArrayList<>();
        for (Team team : teams.all()) {
            for (DisputeCase c : cases.open(team.id(), Integer.MAX_VALUE)) {
                check(c).ifPresent(found::add);
            }
        }
        Map<Long, List<Reminder>> waiting = new LinkedHashMap<>();
        for (Reminder r : store.waitingCaseReminders()) {
            waiting.computeIfAbsent(r.caseId(), id -> new ArrayList<>()).add(r);
        }
        for (List<Reminder> ofCase : waiting.values()) {
            Reminder r = ofCase.get(0);
            Optional<DisputeCase> c = cases.byNumber(r.team(), new CaseNumber(r.caseNumber()))
                    .filter(x -> x.id() == r.caseId());
            if (c.isEmpty()) {
                found.add(new Finding(r.team(), r.caseId(), r.caseNumber(), c, List.of(),
                        ofCase.stream().map(Reminder::id).toList()));
            } else if (c.get().state() == CaseState.CLOSED) {
                check(c.get()).ifPresent(found::add);
            }
        }
        return found;
    }

    /** What is wrong with the reminders of {@code c}; empty when they match its state. */
    public Optional<Finding> check(DisputeCase c) {
        PlanRecorder needed = replay(c);
        List<ReminderStore.Row> rows = store.ofCase(c.id());
        List<Reminder> missing = needed.planned().values().stream()
                .filter(r -> rows.stream().noneMatch(row -> row.reminder().id().equals(r.id())))
                .toList();
        List<RunningClock> running = running(c);
        List<String> left = rows.stream()
                .filter(row -> row.status().waiting() && !needed.planned().containsKey(row.reminder().id())
                        && (needed.stopped().contains(row.reminder().kind())
                            || forNoRunningClock(row.reminder(), running)))
                .map(row -> row.reminder().id())
                .toList();
        return missing.isEmpty() && left.isEmpty() ? Optional.empty()
                : Optional.of(new Finding(c.team(), c.id(), c.number().value(), Optional.of(c), missing, left));
    }

    /** The marketplace clocks running on {@code c} now: none once it is closed. */
    private List<RunningClock> running(DisputeCase c) {
        Optional<Team> team = teams.byId(c.team());
        return c.state() == CaseState.CLOSED || team.isEmpty() ? List.of()
                : deadlines.running(c, settings.zone(team.get()));
    }

    /**
     * A deadline warning or overdue alert planned for a clock that no longer runs with that end (stopped, or
     * restarted with a new one). A row from before clocks (none of its own) is left to the planner's take-over.
     */
    private static boolean forNoRunningClock(Reminder r, List<RunningClock> running) {
        if (r.kind() != ReminderKind.LEAD && r.kind() != ReminderKind.OVERDUE) {
            return false;
        }
        return r.clock().filter(k -> running.stream()
                .noneMatch(clock -> clock.id().equals(k.clock()) && clock.due().equals(k.due()))).isPresent();
    }

    /** What the planner asks for {@code c} as its latest change would (see the class comment). */
    private PlanRecorder replay(DisputeCase c) {
        PlanRecorder recorder = new PlanRecorder();
        ReminderPlanner planner = new ReminderPlanner(recorder, teams, settings, deadlines, clock, () -> { });
        if (c.state() == CaseState.CLOSED) {
            planner.caseUpdated(c, TimelineEntry.Kind.CLOSED);
            return recorder;
        }
        Optional<TimelineEntry.Kind> lastAction = lastActionSinceOpened(cases.timeline(c.id()));
        if (lastAction.isEmpty()) {
            planner.caseCreated(c);
        }
        planner.caseUpdated(c, lastAction.orElse(TimelineEntry.Kind.NOTE));
        return recorder;
    }

    /** The last offer, reply or close after the case was last opened (or reopened). */
    private static Optional<TimelineEntry.Kind> lastActionSinceOpened(List<TimelineEntry> timeline) {
        Optional<TimelineEntry.Kind> last = Optional.empty();
        for (TimelineEntry e : timeline) {
            if (e.kind() == TimelineEntry.Kind.CREATED || e.kind() == TimelineEntry.Kind.REOPENED) {
                last = Optional.empty();
            } else if (ReminderPlanner.ACTIONS.contains(e.kind())) {
                last = Optional.of(e.kind());
            }
        }
        return last;
    }
}
