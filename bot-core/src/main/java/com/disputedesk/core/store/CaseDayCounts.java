package com.disputedesk.core.store;

import com.disputedesk.core.cases.Outcome;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The per-day counts /stats adds up (table {@code case_day_count}, V8): what one case counts for, and keeping the
 * counts in step with a case create or update inside that write's own transaction, so they never drift from the
 * cases.
 *
 * <p>Days are UTC dates of {@code opened_at}: a storage bucket only. /stats reads whole days here and the cases
 * of its first, partial day from the case table, so its figures are exact for any starting instant and any team
 * zone.
 */
final class CaseDayCounts {
    static final String STATE = "state";
    static final String OUTCOME = "outcome";
    static final String REASON = "reason";
    static final String MARKETPLACE = "marketplace";
    static final String OWNER = "owner";
    static final String REFUNDED = "refunded";
    /** A reshipped case's amount is what the reship cost the seller, counted apart from refunds. */
    static final String RESHIP_COST = "reship-cost";
    private static final String RESHIPPED = Outcome.RESHIPPED.code();

    /** The columns a case's counts come from, in this order. */
    static final String COLUMNS = "opened_at, state, outcome, reason, marketplace, owner_key, refunded_currency,"
            + " refunded_minor";

    /** The team's whole days from a date on: one row per facet value, zero rows left out. */
    static final String SUM_DAYS = "SELECT facet, value, SUM(cases), SUM(refunded_minor) FROM case_day_count"
            + " WHERE team = ? AND day >= ? GROUP BY facet, value HAVING SUM(cases) <> 0";

    private static final String ADD = "INSERT INTO case_day_count (team, day, facet, value, cases, refunded_minor)"
            + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (team, day, facet, value) DO UPDATE"
            + " SET cases = case_day_count.cases + excluded.cases,"
            + " refunded_minor = case_day_count.refunded_minor + excluded.refunded_minor";

    private CaseDayCounts() {
    }

    /** The stored columns one case is counted by. */
    record Counted(String openedAt, String state, Optional<String> outcome, Optional<String> reason,
                   String marketplace, Optional<String> owner, Optional<String> currency, Optional<Long> minor) {

        /** Reads {@link #COLUMNS} from the current row. */
        static Counted read(ResultSet rs) throws SQLException {
            long minor = rs.getLong(8);
            return new Counted(rs.getString(1), rs.getString(2), Optional.ofNullable(rs.getString(3)),
                    Optional.ofNullable(rs.getString(4)), rs.getString(5), Optional.ofNullable(rs.getString(6)),
                    Optional.ofNullable(rs.getString(7)), rs.wasNull() ? Optional.empty() : Optional.of(minor));
        }

        String day() {
            return openedAt.substring(0, 10);
        }

        /** The rows this case adds one to (with its refund in the currency's row). */
        List<Count> counts() {
            List<Count> counts = new ArrayList<>();
            counts.add(new Count(STATE, state, 1, 0));
            outcome.ifPresent(o -> counts.add(new Count(OUTCOME, o, 1, 0)));
            reason.ifPresent(r -> counts.add(new Count(REASON, r, 1, 0)));
            counts.add(new Count(MARKETPLACE, marketplace, 1, 0));
            owner.ifPresent(o -> counts.add(new Count(OWNER, o, 1, 0)));
            if (currency.isPresent() && minor.isPresent()) {
                String facet = outcome.filter(RESHIPPED::equals).isPresent() ? RESHIP_COST : REFUNDED;
                counts.add(new Count(facet, currency.get(), 1, minor.get()));
            }
            return counts;
        }
    }

    /** A change to one row: cases and refunded minor units added (negative to take away). */
    record Count(String facet, String value, long cases, long refundedMinor) {
        String key() {
            return facet + '\u0000' + value;
        }

        Count plus(Count other) {
            return new Count(facet, value, cases + other.cases, Math.addExact(refundedMinor, other.refundedMinor));
        }

        Count negated() {
            return new Count(facet, value, -cases, -refundedMinor);
        }

        boolean none() {
            return cases == 0 && refundedMinor == 0;
        }
    }

    /** Counts a new case. */
    static void created(Jdbc.Tx tx, String team, Counted c) {
        apply(tx, team, c.day(), c.counts());
    }

    /** Moves a case from the rows of what it was to the rows of what it is; rows it stays in are not touched. */
    static void changed(Jdbc.Tx tx, String team, Counted before, Counted after) {
        List<Count> delta = new ArrayList<>(after.counts());
        before.counts().forEach(c -> delta.add(c.negated()));
        apply(tx, team, before.day(), delta);
    }

    private static void apply(Jdbc.Tx tx, String team, String day, List<Count> counts) {
        // summed per row and written in key order: two transactions touching the same rows lock them in the same
        // order on PostgreSQL, so they queue instead of deadlocking
        Map<String, Count> rows = new TreeMap<>();
        counts.forEach(c -> rows.merge(c.key(), c, Count::plus));
        for (Count c : rows.values()) {
            if (!c.none()) {
                tx.update(ADD, team, day, c.facet(), c.value(), c.cases(), c.refundedMinor());
            }
        }
    }

    /** Every count of the cases matching {@code where} (a condition on dispute_case), as the V8 backfill makes them. */
    static String recount(String where) {
        String day = "SUBSTR(opened_at, 1, 10)";
        String from = " FROM dispute_case WHERE " + where;
        String group = " GROUP BY team, " + day + ", ";
        return "SELECT team, " + day + ", '" + STATE + "', state, COUNT(*), 0" + from + group + "state"
                + " UNION ALL SELECT team, " + day + ", '" + OUTCOME + "', outcome, COUNT(*), 0" + from
                + " AND outcome IS NOT NULL" + group + "outcome"
                + " UNION ALL SELECT team, " + day + ", '" + REASON + "', reason, COUNT(*), 0" + from
                + " AND reason IS NOT NULL" + group + "reason"
                + " UNION ALL SELECT team, " + day + ", '" + MARKETPLACE + "', marketplace, COUNT(*), 0" + from
                + group + "marketplace"
                + " UNION ALL SELECT team, " + day + ", '" + OWNER + "', owner_key, COUNT(*), 0" + from
                + " AND owner_key IS NOT NULL" + group + "owner_key"
                + " UNION ALL SELECT team, " + day + ", '" + REFUNDED + "', refunded_currency, COUNT(*),"
                + " SUM(refunded_minor)" + from + " AND refunded_currency IS NOT NULL AND refunded_minor IS NOT NULL"
                + " AND (outcome IS NULL OR outcome <> '" + RESHIPPED + "')" + group + "refunded_currency"
                + " UNION ALL SELECT team, " + day + ", '" + RESHIP_COST + "', refunded_currency, COUNT(*),"
                + " SUM(refunded_minor)" + from + " AND refunded_currency IS NOT NULL AND refunded_minor IS NOT NULL"
                + " AND outcome = '" + RESHIPPED + "'" + group + "refunded_currency";
    }

    /**
     * Counts a team's cases again from the case table, replacing its rows: for cases written around the store (bulk
     * imports, generated benchmark data).
     */
    static void recountTeam(Jdbc.Tx tx, String team) {
        tx.update("DELETE FROM case_day_count WHERE team = ?", team);
        String where = "team = ?";
        tx.update("INSERT INTO case_day_count (team, day, facet, value, cases, refunded_minor) " + recount(where),
                team, team, team, team, team, team, team);
    }
}
