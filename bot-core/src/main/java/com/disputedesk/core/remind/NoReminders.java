package com.disputedesk.core.remind;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The store of an engine with reminders off: keeps nothing, so nothing is ever due. */
enum NoReminders implements ReminderStore {
    INSTANCE;

    @Override
    public void schedule(Reminder r) {
    }

    @Override
    public void scheduleIfAbsent(Reminder r) {
    }

    @Override
    public Optional<Reminder> active(String id) {
        return Optional.empty();
    }

    @Override
    public List<Reminder> activeOfCase(long caseId) {
        return List.of();
    }

    @Override
    public boolean stop(String id) {
        return false;
    }

    @Override
    public void stopCase(long caseId, Set<ReminderKind> kinds) {
    }

    @Override
    public boolean snooze(String id, Instant dueAt) {
        return false;
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
