package com.disputedesk.core.store;

import com.disputedesk.core.cases.CaseState;
import com.disputedesk.core.cases.Outcome;
import com.disputedesk.core.cases.Reason;
import com.disputedesk.core.kernel.Coded;
import com.disputedesk.core.kernel.Money;
import com.disputedesk.core.stats.CaseFigures;
import com.disputedesk.core.stats.StatsTally;
import com.disputedesk.core.stats.TeamStats;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.Optional;

/**
 * /stats by SQL aggregates: two GROUP BY passes over the period's entries of the covering indexes
 * {@code dispute_case_figures} and {@code dispute_case_owners} (no table rows read, no case loaded), then one
 * name lookup per shown owner.
 */
final class JdbcCaseFigures implements CaseFigures {
    /** The busiest owners shown; the others are in the totals only. */
    static final int OWNERS_SHOWN = 10;

    static final String GROUPS = "SELECT state, outcome, reason, marketplace, refunded_currency, COUNT(*),"
            + " SUM(refunded_minor) FROM dispute_case WHERE team = ? AND opened_at >= ?"
            + " GROUP BY state, outcome, reason, marketplace, refunded_currency";
    static final String OWNERS = "SELECT owner_key, COUNT(*) FROM dispute_case"
            + " WHERE team = ? AND opened_at >= ? AND owner_key IS NOT NULL"
            + " GROUP BY owner_key ORDER BY COUNT(*) DESC, owner_key LIMIT " + OWNERS_SHOWN;
    static final String OWNER_NAME = "SELECT owner_name FROM dispute_case WHERE owner_key = ? AND team = ? LIMIT 1";

    private final Jdbc jdbc;

    JdbcCaseFigures(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public TeamStats since(String team, Instant since) {
        StatsTally tally = new StatsTally(since);
        String from = Instants.format(since);
        jdbc.query(GROUPS, rs -> {
            int cases = Math.toIntExact(rs.getLong(6));
            Optional<Outcome> outcome = Optional.ofNullable(rs.getString(2)).map(o -> code(Outcome.class, o));
            tally.add(code(CaseState.class, rs.getString(1)), outcome, code(Reason.class, rs.getString(3)),
                    rs.getString(4), cases);
            String currency = rs.getString(5);
            BigDecimal minor = rs.getBigDecimal(7);
            if (currency != null && minor != null) {
                Currency c = Currency.getInstance(currency);
                tally.settled(outcome, new Money(minor.movePointLeft(Math.max(c.getDefaultFractionDigits(), 0)), c));
            }
            return null;
        }, team, from);
        for (OwnerCount owner : jdbc.query(OWNERS, rs -> new OwnerCount(rs.getString(1),
                Math.toIntExact(rs.getLong(2))), team, from)) {
            String name = jdbc.queryOne(OWNER_NAME, rs -> rs.getString(1), owner.key(), team).orElse(owner.key());
            tally.owner(name, owner.cases());
        }
        return tally.result();
    }

    private record OwnerCount(String key, int cases) {
    }

    private static <E extends Enum<E> & Coded> E code(Class<E> type, String code) {
        return Coded.parse(type, code).orElseThrow(() ->
                new IllegalStateException("stored " + type.getSimpleName() + " code '" + code + "' is unknown"));
    }
}
