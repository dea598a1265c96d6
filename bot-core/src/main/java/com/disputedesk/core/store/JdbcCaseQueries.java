package com.disputedesk.core.store;

import com.disputedesk.core.cases.CaseListing;
import com.disputedesk.core.cases.CaseQueries;
import com.disputedesk.core.cases.CaseState;
import com.disputedesk.core.cases.DisputeCase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    private final JdbcStores.Vendor vendor;

    JdbcCaseQueries(Jdbc jdbc, JdbcStores.Vendor vendor) {
        this.jdbc = jdbc;
        this.vendor = vendor;
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
    public List<DisputeCase> search(String team, String typed, int limit) {
        String key = SearchKey.of(typed);
        if (key.isEmpty() || limit <= 0) {
            return List.of();
        }
        Found found = new Found(limit);
        Optional<Integer> number = number(key);
        // exact
        number.ifPresent(n -> found.rank(jdbc.query(NUMBER_EXACT, JdbcCaseStore::read, team, n)));
        found.rank(jdbc.query(ORDER_EXACT, JdbcCaseStore::read, team, key, limit));
        found.rank(jdbc.query(BUYER_EXACT, JdbcCaseStore::read, team, key, limit));
        // prefix: numbers with more digits after the typed ones, then the keys' ranges
        List<DisputeCase> prefix = new ArrayList<>();
        if (number.isPresent()) {
            long low = number.get();
            long high = low + 1;
            while (low * 10 <= MAX_NUMBER && prefix.size() < limit) {
                low *= 10;
                high *= 10;
                prefix.addAll(jdbc.query(NUMBER_RANGE, JdbcCaseStore::read, team, low, high - 1, limit));
            }
        }
        String end = key + '\uffff';
        prefix.addAll(jdbc.query(ORDER_PREFIX, JdbcCaseStore::read, team, key, end, limit));
        prefix.addAll(jdbc.query(BUYER_PREFIX, JdbcCaseStore::read, team, key, end, limit));
        found.rank(prefix);
        if (!found.full()) {
            found.rank(containing(team, key, limit));
        }
        return found.cases();
    }

    /**
     * Open cases whose order id or buyer contains {@code key}: every open case through the trigram index, or, for
     * text shorter than a trigram, the most urgent ones.
     */
    private List<DisputeCase> containing(String team, String key, int limit) {
        String like = "%" + key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        if (key.codePointCount(0, key.length()) < TRIGRAM) {
            return jdbc.query(SUBSTRING, JdbcCaseStore::read, team, SUBSTRING_WINDOW, like, like, limit);
        }
        return vendor == JdbcStores.Vendor.SQLITE
                ? jdbc.query(SQLITE_CONTAINING, JdbcCaseStore::read, phrase(key), team, limit)
                : jdbc.query(POSTGRES_CONTAINING, JdbcCaseStore::read, team, like, like, limit);
    }

    /** {@code key} as one FTS5 phrase: quoted, so no character of it is query syntax. */
    static String phrase(String key) {
        return '"' + key.replace("\"", "\"\"") + '"';
    }

    /** A case number typed, or empty when the text is not one. */
    private static Optional<Integer> number(String key) {
        if (key.length() > 9 || !key.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        int n = Integer.parseInt(key);
        return n < 1 ? Optional.empty() : Optional.of(n);
    }

    /** Hits gathered rank by rank: each rank newest first, a case only once, at most the limit. */
    private static final class Found {
        private final int limit;
        private final Map<Long, DisputeCase> cases = new LinkedHashMap<>();

        Found(int limit) {
            this.limit = limit;
        }

        void rank(List<DisputeCase> hits) {
            hits.stream().sorted(Comparator.comparingInt((DisputeCase c) -> c.number().value()).reversed())
                    .forEach(c -> {
                        if (!full()) {
                            cases.putIfAbsent(c.id(), c);
                        }
                    });
        }

        boolean full() {
            return cases.size() >= limit;
        }

        List<DisputeCase> cases() {
            return List.copyOf(cases.values());
        }
    }

    private static final long MAX_NUMBER = Integer.MAX_VALUE;
    private static final String OPEN_CASE = "SELECT " + JdbcCaseStore.COLUMNS + " FROM dispute_case WHERE team = ? AND "
            + JdbcCaseStore.NOT_CLOSED;
    static final String NUMBER_EXACT = OPEN_CASE + " AND number = ?";
    static final String NUMBER_RANGE = OPEN_CASE + " AND number BETWEEN ? AND ? ORDER BY number DESC LIMIT ?";
    static final String ORDER_EXACT = OPEN_CASE + " AND order_key = ? ORDER BY order_key, number LIMIT ?";
    static final String BUYER_EXACT = OPEN_CASE + " AND buyer_key = ? ORDER BY buyer_key, number LIMIT ?";
    static final String ORDER_PREFIX = OPEN_CASE + " AND order_key >= ? AND order_key < ?"
            + " ORDER BY order_key, number LIMIT ?";
    static final String BUYER_PREFIX = OPEN_CASE + " AND buyer_key >= ? AND buyer_key < ?"
            + " ORDER BY buyer_key, number LIMIT ?";
    /** The fewest letters the trigram indexes can look for inside a text. */
    static final int TRIGRAM = 3;
    /**
     * SQLite: the FTS5 trigram index of open cases ({@code case_search}, V8_1) read first, newest match first, each
     * hit's case fetched by id; CROSS JOIN keeps that order whatever the statistics say.
     */
    static final String SQLITE_CONTAINING = "SELECT " + JdbcCaseStore.COLUMNS + " FROM case_search CROSS JOIN"
            + " dispute_case ON dispute_case.id = case_search.rowid WHERE case_search MATCH ? AND team = ? AND "
            + JdbcCaseStore.NOT_CLOSED + " ORDER BY case_search.rowid DESC LIMIT ?";
    /**
     * PostgreSQL: the pg_trgm indexes of open cases (V8_1); backslash is LIKE's escape by default there. When the
     * planner expects the text in many open cases it may rather walk the team's open cases and stop at the limit,
     * which is as quick then.
     */
    static final String POSTGRES_CONTAINING = OPEN_CASE + " AND (order_key LIKE ? OR buyer_key LIKE ?) LIMIT ?";
    /** Fewer letters than a trigram: looked for among the most urgent open cases only. */
    static final String SUBSTRING = "SELECT " + JdbcCaseStore.COLUMNS + " FROM (SELECT " + JdbcCaseStore.COLUMNS
            + ", order_key, buyer_key FROM dispute_case WHERE team = ? AND " + JdbcCaseStore.NOT_CLOSED + BY_URGENCY
            + " LIMIT ?) urgent"
            + " WHERE order_key LIKE ? ESCAPE '\\' OR buyer_key LIKE ? ESCAPE '\\' LIMIT ?";

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
