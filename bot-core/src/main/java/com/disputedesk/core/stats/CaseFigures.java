package com.disputedesk.core.stats;

import java.time.Instant;

/**
 * A team's figures added up where the cases are stored: exact at any number of cases, and the memory it takes
 * grows with the number of distinct states, outcomes, reasons, marketplaces, currencies and owners, never with the
 * number of cases.
 */
@FunctionalInterface
public interface CaseFigures {

    /** The figures of the team's cases opened at or after {@code since}. */
    TeamStats since(String team, Instant since);
}
