package com.disputedesk.core.remind;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The reminders claimed together, and what became of each: applied in one transaction at the end. */
final class ClaimedBatch {
    private final String claimant;
    private final List<ReminderStore.Settlement> settlements = new ArrayList<>();

    ClaimedBatch(String claimant) {
        this.claimant = claimant;
    }

    /** The name the batch was claimed under, new for every batch. */
    String claimant() {
        return claimant;
    }

    /** What became of each reminder so far, in the order it was decided. */
    List<ReminderStore.Settlement> settlements() {
        return settlements;
    }

    /** Stopped for good: the case moved on, the team is gone, the digest is off. */
    void finish(String id) {
        settlements.add(ReminderStore.Settlement.finished(id));
    }

    /** A one-shot reminder went out. */
    void sent(String id) {
        settlements.add(ReminderStore.Settlement.sent(id));
    }

    /** Back to pending, due at {@code nextDue}: the next repetition, a hold, or a retry. */
    void release(String id, Instant nextDue, int attempts, Optional<String> error) {
        settlements.add(ReminderStore.Settlement.again(id, nextDue, attempts, error));
    }
}
