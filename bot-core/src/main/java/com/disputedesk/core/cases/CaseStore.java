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
     *
     * @throws OrderAlreadyOpen when the team has an open case for the same marketplace and order id; nothing is
     *                          stored then
     */
    DisputeCase create(NewCase newCase, List<TimelineEntry> firstEntries);

    /**
     * The team's newest case for that order id on that marketplace, open or closed. A store holding few cases may
     * answer from {@link #byOrderId}; the JDBC store looks the marketplace up exactly.
     */
    default Optional<DisputeCase> forOrder(String team, String marketplace, String orderId) {
        return byOrderId(team, orderId).filter(c -> c.facts().marketplace().equals(marketplace));
    }

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
     * @throws OrderAlreadyOpen     when a closed case is opened again while another case of its order is open
     */
    DisputeCase update(DisputeCase updated, TimelineEntry entry);

    /** Appends to the timeline without changing the case. */
    void append(long caseId, TimelineEntry entry);

    /** The case's timeline, oldest first. */
    List<TimelineEntry> timeline(long caseId);

    /** Thrown when a case would be the second open one of its marketplace order in the team; nothing was stored. */
    final class OrderAlreadyOpen extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final CaseNumber open;

        public OrderAlreadyOpen(CaseNumber open) {
            super("case " + open + " is already open for this order");
            this.open = open;
        }

        /** The open case of the order. */
        public CaseNumber open() {
            return open;
        }
    }

    /** Thrown by {@link #update} when the case changed since it was read. */
    final class ConcurrentCaseUpdate extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public ConcurrentCaseUpdate(String message) {
            super(message);
        }
    }
}
