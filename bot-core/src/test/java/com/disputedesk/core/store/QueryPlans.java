package com.disputedesk.core.store;

import java.util.List;

/** The plans the two databases choose for a statement, one line per plan node. */
final class QueryPlans {
    private QueryPlans() {
    }

    /** SQLite's EXPLAIN QUERY PLAN lines ("SEARCH dispute_case USING INDEX ... (team=? AND number=?)"). */
    static List<String> sqlite(Jdbc jdbc, String sql, Object... params) {
        return jdbc.query("EXPLAIN QUERY PLAN " + sql, rs -> rs.getString("detail"), params);
    }

    /**
     * PostgreSQL's EXPLAIN lines with sequential scans priced out, so an empty test table still shows whether an
     * index can answer the statement at all.
     */
    static List<String> postgres(Jdbc jdbc, String sql, Object... params) {
        return jdbc.inTransaction(tx -> {
            tx.update("SET LOCAL enable_seqscan = off");
            return tx.query("EXPLAIN " + sql, rs -> rs.getString(1), params);
        });
    }
}
