package com.disputedesk.core.cases;

import java.util.List;
import java.util.Optional;

/**
 * Durable storage of cases and their timelines. Every method is atomic; a method that returns has stored
 * what it was given.
 */
public interface CaseStore {

    /**
     * Stores a new case owned by its opener, numbered one past the team's last number, in state OPEN, with
     * {@code firstEntries} as the start of its timeline, all in one transaction.
     */
    DisputeCase create(NewCase newCase, List<TimelineEntry> firstEntries);

    Optional<DisputeCase> byNumber(String team, CaseNumber number);

    /** The team's newest case for that order id, if any. */
    Optional<DisputeCase> byOrderId(String team, String orderId);

    /** The team's cases not closed, newest first, at most {@code limit}. */
    List<DisputeCase> open(String team, int limit);

    /** Every case of the team, newest first, at most {@code limit}. */
    List<DisputeCase> all(String team, int limit);

    /**
     * Stores {@code updated} (state, owner, outcome, refunded) and appends {@code entry}, if the stored case's
     * version still equals {@code updated.version()}.
     *
     * @return the stored case with its version bumped
     * @throws ConcurrentCaseUpdate when someone else changed the case meanwhile
     */
    DisputeCase update(DisputeCase updated, TimelineEntry entry);

    /** Appends to the timeline without changing the case. */
    void append(long caseId, TimelineEntry entry);

    /** The case's timeline, oldest first. */
    List<TimelineEntry> timeline(long caseId);

    /** Thrown by {@link #update} when the case changed since it was read. */
    final class ConcurrentCaseUpdate extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public ConcurrentCaseUpdate(String message) {
            super(message);
        }
    }
}
