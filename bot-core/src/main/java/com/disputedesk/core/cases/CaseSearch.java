package com.disputedesk.core.cases;

import java.util.List;

/**
 * Finds a team's open cases matching what a member has typed so far (a case number, an order id, a buyer name),
 * for autocomplete and /find, over every open case: exact matches first, then prefixes, then substrings (see
 * {@link CaseQueries#search}); at most {@link #MAX_RESULTS}. Nothing typed lists the newest open cases.
 */
public final class CaseSearch {
    /** Discord shows at most 25 suggestions. */
    public static final int MAX_RESULTS = 25;

    private final CaseStore cases;
    private final CaseQueries queries;

    public CaseSearch(CaseStore cases, CaseQueries queries) {
        this.cases = cases;
        this.queries = queries;
    }

    /** Open cases of team {@code team} that match {@code typed}. */
    public List<DisputeCase> openMatching(String team, String typed) {
        return openMatching(team, typed, MAX_RESULTS);
    }

    /** At most {@code limit} open cases of team {@code team} that match {@code typed}. */
    public List<DisputeCase> openMatching(String team, String typed, int limit) {
        String wanted = typed.strip();
        if (wanted.startsWith("#")) {
            wanted = wanted.substring(1).strip();
        }
        return wanted.isEmpty() ? cases.open(team, limit) : queries.search(team, wanted, limit);
    }
}
