package com.disputedesk.core.remind;

import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A scratch {@link ReminderStore} that only notes what a {@link ReminderPlanner} asks of it for one case: the
 * reminders it plans and the kinds it stops. {@link ReminderAudit} replays the planner on it, so what a case
 * needs is decided by the planner's own rules, never by a copy of them.
 */
final class PlanRecorder implements ReminderStore {
    private final Map<String, Reminder> planned = new LinkedHashMap<>();
    private final Set<ReminderKind> stopped = EnumSet.noneOf(ReminderKind.class);

    /** The reminders planned (after any stop of their kind), by id. */
    Map<String, Reminder> planned() {
        return planned;
    }

    /** The kinds stopped and not planned again since. */
    Set<ReminderKind> stopped() {
        return stopped;
    }

    @Override
    public void schedule(Reminder r) {
        planned.put(r.id(), r);
    }

    @Override
    public void scheduleIfAbsent(Reminder r) {
        planned.putIfAbsent(r.id(), r);
    }

    @Override
    public Optional<Reminder> active(String id) {
        return Optional.ofNullable(planned.get(id));
    }

    @Override
    public List<Reminder> activeOfCase(long caseId) {
        return List.copyOf(planned.values()); // a recorder replays one case
    }

    @Override
    public boolean stop(String id) {
        return planned.remove(id) != null;
    }

    @Override
    public void stopCase(long caseId, Set<ReminderKind> kinds) {
        stopped.addAll(kinds);
        planned.values().removeIf(r -> kinds.contains(r.kind()));
    }

    @Override
    public boolean snooze(String id, Instant dueAt) {
        return planned.containsKey(id);
    }

    @Override
    public List<Reminder> claimDue(Instant now, String claimant, Instant leaseUntil, int limit) {
        return List.of();
    }

    @Override
    public void finish(String id, String claimant) {
    }

    @Override
    public void release(String id, String claimant, Instant dueAt, int attempts, Optional<String> error) {
    }

    @Override
    public void settle(String claimant, List<Settlement> settlements) {
    }

    @Override
    public Optional<Instant> nextDue() {
        return Optional.empty();
    }
}
