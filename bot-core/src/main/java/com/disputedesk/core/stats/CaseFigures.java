package com.disputedesk.core.stats;

import java.time.Instant;

/**
 * A team's figures added up where the cases are stored: exact at any number of cases, and the memory it takes
 * grows with the number of distinct states, outcomes, reasons, marketplaces, currencies and owners, never with the
 * number of cases.
 */
public interface CaseFigures {

    /** The figures of the team's cases opened at or after {@code since}. */
    TeamStats since(String team, Instant since);

    /**
     * What the team's cases opened at or after {@code since} meant in money and time, for the team and per
     * marketplace, reason and owner. Read from the period's index entries: the time grows with the cases in the
     * period, the memory with the number of groups.
     */
    OutcomeReport outcomes(String team, Instant since);
}
