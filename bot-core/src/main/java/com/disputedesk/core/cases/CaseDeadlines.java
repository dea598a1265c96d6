package com.disputedesk.core.cases;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Keeps the deadline column of cases in step with what the remedy engine computes, so lists can sort and filter
 * by urgency in the database: {@link #record} after a case is stored, {@link #catchUp} for cases stored without
 * one (before the column existed, or when a process stopped between storing a case and its deadline).
 */
public final class CaseDeadlines {
    private static final int CATCH_UP_BATCH = 500;

    /** A case's running deadline as the remedy engine tells it; empty when it cannot. */
    @FunctionalInterface
    public interface Source {
        Optional<Instant> due(DisputeCase c);
    }

    private final CaseQueries queries;
    private final Source source;

    public CaseDeadlines(CaseQueries queries, Source source) {
        this.queries = queries;
        this.source = source;
    }

    /** Records the deadline of a case just stored; a closed case keeps the one it had. */
    public void record(DisputeCase c) {
        if (c.state() != CaseState.CLOSED) {
            queries.recordDue(c.id(), source.due(c));
        }
    }

    /**
     * Records the deadline of every case not closed that has none yet; one indexed look-up that finds nothing when
     * all are recorded.
     *
     * @return how many cases got their deadline
     */
    public int catchUp() {
        int recorded = 0;
        List<DisputeCase> missing = queries.withoutDue(CATCH_UP_BATCH);
        while (!missing.isEmpty()) {
            missing.forEach(this::record);
            recorded += missing.size();
            missing = queries.withoutDue(CATCH_UP_BATCH);
        }
        return recorded;
    }
}
