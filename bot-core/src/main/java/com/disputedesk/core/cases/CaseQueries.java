package com.disputedesk.core.cases;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The case lists members page through and search, each answered by one indexed query however many cases the team
 * has. Lists not closed are ordered by the case's recorded running deadline ({@link #recordDue}): nearest first,
 * so overdue cases come on top, and cases whose deadline cannot be told come last.
 */
public interface CaseQueries {

    /** At most {@code limit} cases of {@code listing}, skipping the first {@code offset}. */
    List<DisputeCase> page(String team, CaseListing listing, int offset, int limit);

    /** How many cases {@code listing} holds, counting no further than {@code cap} (so the answer is at most it). */
    int countUpTo(String team, CaseListing listing, int cap);

    /**
     * Open cases matching {@code typed} (already lower-case, without '#'), best first: a case number, order id or
     * buyer equal to it; then numbers, order ids and buyers starting with it; then order ids and buyers containing
     * it, among every open case for text of three letters or more, else among the most urgent
     * {@link #SUBSTRING_WINDOW}. Newest first within each rank; at most {@code limit}.
     */
    List<DisputeCase> search(String team, String typed, int limit);

    /** How many of the most urgent open cases a match inside shorter than three letters looks through. */
    int SUBSTRING_WINDOW = 2_000;

    /** Stores the case's running deadline; empty when none can be told. */
    void recordDue(long caseId, Optional<Instant> due);

    /** Cases not closed whose deadline was never recorded (opened before deadlines were stored), at most limit. */
    List<DisputeCase> withoutDue(int limit);
}
