package com.disputedesk.core.store;

import com.disputedesk.core.cases.CaseListing;
import com.disputedesk.core.cases.CaseQueries;
import com.disputedesk.core.cases.CaseState;
import com.disputedesk.core.cases.DisputeCase;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Case lists as single index range scans: each listing's WHERE and ORDER BY match one partial index of V4
 * ({@code dispute_case_open_due}, {@code _awaiting_due}, {@code _mine_due}, {@code _closed_at}), so the first page
 * of a million cases reads a page of index entries. Predicates on state are literals, as the partial indexes are
 * declared; a bound parameter would keep the planner from using them.
 */
final class JdbcCaseQueries implements CaseQueries {
    /** The deadline of a case whose deadline cannot be told: sorts after every real one. */
    static final long NO_DEADLINE = Long.MAX_VALUE;

    private static final String AWAITING = "state = '" + CaseState.AWAITING_BUYER.code() + "'";
    private static final String CLOSED = "state = '" + CaseState.CLOSED.code() + "'";
    private static final String BY_URGENCY = " ORDER BY due_at, number";

    private final Jdbc jdbc;

    JdbcCaseQueries(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** A listing as SQL: its WHERE after the team, its ORDER BY, and the parameters after the team. */
    record Sql(String where, String order, Object... params) {
        String page() {
            return "SELECT " + JdbcCaseStore.COLUMNS + " FROM dispute_case WHERE team = ? AND " + where + order
                    + " LIMIT ? OFFSET ?";
        }

        String count() {
            // the list's own order makes the planner take the list's index rather than any other one on team
            return "SELECT COUNT(*) FROM (SELECT 1 FROM dispute_case WHERE team = ? AND " + where + order
                    + " LIMIT ?) listed";
        }

        Object[] with(String team, Object... more) {
            Object[] all = new Object[1 + params.length + more.length];
            all[0] = team;
            System.arraycopy(params, 0, all, 1, params.length);
            System.arraycopy(more, 0, all, 1 + params.length, more.length);
            return all;
        }
    }

    static Sql sql(CaseListing listing) {
        if (listing instanceof CaseListing.Awaiting) {
            return new Sql(AWAITING, BY_URGENCY);
        }
        if (listing instanceof CaseListing.Overdue o) {
            return new Sql(JdbcCaseStore.NOT_CLOSED + " AND due_at < ?", BY_URGENCY, o.now().toEpochMilli());
        }
        if (listing instanceof CaseListing.Mine m) {
            return new Sql("owner_key = ? AND " + JdbcCaseStore.NOT_CLOSED, BY_URGENCY, m.ownerKey());
        }
        if (listing instanceof CaseListing.Closed c) {
            return new Sql(CLOSED + " AND closed_at >= ? AND closed_at < ?", " ORDER BY closed_at DESC, number DESC",
                    Instants.format(c.from()), Instants.format(c.until()));
        }
        return new Sql(JdbcCaseStore.NOT_CLOSED, BY_URGENCY);
    }

    @Override
    public List<DisputeCase> page(String team, CaseListing listing, int offset, int limit) {
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit cannot be negative");
        }
        Sql sql = sql(listing);
        return jdbc.query(sql.page(), JdbcCaseStore::read, sql.with(team, limit, offset));
    }

    @Override
    public int countUpTo(String team, CaseListing listing, int cap) {
        Sql sql = sql(listing);
        return jdbc.queryOne(sql.count(), rs -> rs.getInt(1), sql.with(team, cap)).orElse(0);
    }

    @Override
    public void recordDue(long caseId, Optional<Instant> due) {
        jdbc.update("UPDATE dispute_case SET due_at = ? WHERE id = ?", due.map(Instant::toEpochMilli)
                .orElse(NO_DEADLINE), caseId);
    }

    @Override
    public List<DisputeCase> withoutDue(int limit) {
        return jdbc.query(WITHOUT_DUE, JdbcCaseStore::read, limit);
    }

    static final String WITHOUT_DUE = "SELECT " + JdbcCaseStore.COLUMNS + " FROM dispute_case"
            + " WHERE due_at IS NULL AND " + JdbcCaseStore.NOT_CLOSED + " LIMIT ?";
}
