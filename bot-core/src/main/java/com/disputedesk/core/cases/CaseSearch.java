package com.disputedesk.core.cases;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Finds a team's open cases matching what a member has typed so far (a case number, an order id, a buyer name),
 * for autocomplete: exact number first, then numbers starting with the text, then order ids and buyer names
 * containing it; newest first within each group; at most {@link #MAX_RESULTS}.
 */
public final class CaseSearch {
    /** Discord shows at most 25 suggestions. */
    public static final int MAX_RESULTS = 25;
    /** How many open cases are looked through; a team with more open cases finds the newest. */
    static final int SCAN_LIMIT = 1000;

    private final CaseStore cases;

    public CaseSearch(CaseStore cases) {
        this.cases = cases;
    }

    /** Open cases of team {@code team} that match {@code typed}. */
    public List<DisputeCase> openMatching(String team, String typed) {
        String wanted = typed.strip().toLowerCase(Locale.ROOT);
        if (wanted.startsWith("#")) {
            wanted = wanted.substring(1).strip();
        }
        List<DisputeCase> open = cases.open(team, SCAN_LIMIT);
        if (wanted.isEmpty()) {
            return open.subList(0, Math.min(MAX_RESULTS, open.size()));
        }
        List<Ranked> hits = new ArrayList<>();
        for (int i = 0; i < open.size(); i++) {
            int rank = rank(open.get(i), wanted);
            if (rank >= 0) {
                hits.add(new Ranked(open.get(i), rank, i));
            }
        }
        hits.sort(Comparator.comparingInt(Ranked::rank).thenComparingInt(Ranked::position));
        return hits.stream().limit(MAX_RESULTS).map(Ranked::found).toList();
    }

    /** 0 exact number, 1 number prefix, 2 order id, 3 buyer; -1 no match. */
    private static int rank(DisputeCase c, String wanted) {
        String number = Integer.toString(c.number().value());
        if (number.equals(wanted)) {
            return 0;
        }
        if (number.startsWith(wanted)) {
            return 1;
        }
        if (c.facts().orderId().toLowerCase(Locale.ROOT).contains(wanted)) {
            return 2;
        }
        String buyer = c.facts().buyer() == null ? "" : c.facts().buyer().toLowerCase(Locale.ROOT);
        return buyer.contains(wanted) ? 3 : -1;
    }

    private record Ranked(DisputeCase found, int rank, int position) {
    }
}
