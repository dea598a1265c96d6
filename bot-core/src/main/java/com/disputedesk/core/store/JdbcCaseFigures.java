package com.disputedesk.core.store;

import com.disputedesk.core.cases.CaseState;
import com.disputedesk.core.cases.Outcome;
import com.disputedesk.core.cases.Reason;
import com.disputedesk.core.kernel.Coded;
import com.disputedesk.core.kernel.Money;
import com.disputedesk.core.stats.CaseFigures;
import com.disputedesk.core.stats.OutcomeReport;
import com.disputedesk.core.stats.OutcomeTally;
import com.disputedesk.core.stats.StatsTally;
import com.disputedesk.core.stats.TeamStats;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * /stats by SQL aggregates whose cost does not grow with the cases in the period: the whole UTC days of the period
 * are added up from the per-day counts ({@link CaseDayCounts}, a few dozen rows a day), and the cases of its
 * first, partial day are grouped from the covering indexes {@code dispute_case_figures} and
 * {@code dispute_case_owners}. No case is loaded; one name lookup per shown owner.
 */
final class JdbcCaseFigures implements CaseFigures {
    /** The busiest owners shown; the others are in the totals only. */
    static final int OWNERS_SHOWN = 10;

    static final String GROUPS = "SELECT state, outcome, reason, marketplace, refunded_currency, COUNT(*),"
            + " SUM(refunded_minor) FROM dispute_case WHERE team = ? AND opened_at >= ? AND opened_at < ?"
            + " GROUP BY state, outcome, reason, marketplace, refunded_currency";
    static final String OWNERS = "SELECT owner_key, COUNT(*) FROM dispute_case"
            + " WHERE team = ? AND opened_at >= ? AND opened_at < ? AND owner_key IS NOT NULL GROUP BY owner_key";
    static final String OWNER_NAME = "SELECT owner_name FROM dispute_case WHERE owner_key = ? AND team = ? LIMIT 1";

    /** The period's cases grouped by everything the outcome figures break down by (index dispute_case_outcomes). */
    static final String OUTCOME_GROUPS = "SELECT marketplace, reason, owner_key, state, outcome, order_currency,"
            + " COUNT(*), SUM(order_minor), SUM(refunded_minor), SUM(missed_offer), SUM(missed_close),"
            + " COUNT(first_offer_secs), COUNT(close_secs) FROM dispute_case WHERE team = ? AND opened_at >= ?"
            + " GROUP BY marketplace, reason, owner_key, state, outcome, order_currency";
    /** The period's times to first offer, shortest first, for the medians. */
    static final String TO_FIRST_OFFER = "SELECT marketplace, reason, owner_key, first_offer_secs FROM dispute_case"
            + " WHERE team = ? AND opened_at >= ? AND first_offer_secs IS NOT NULL ORDER BY first_offer_secs";
    /** The period's times to close, shortest first, for the medians. */
    static final String TO_CLOSE = "SELECT marketplace, reason, owner_key, close_secs FROM dispute_case"
            + " WHERE team = ? AND opened_at >= ? AND close_secs IS NOT NULL ORDER BY close_secs";

    /** Rows fetched at a time while the durations stream past. */
    private static final int FETCH_SIZE = 2_000;

    private final Jdbc jdbc;

    JdbcCaseFigures(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public TeamStats since(String team, Instant since) {
        StatsTally tally = new StatsTally(since);
        Map<String, Long> owners = new HashMap<>();
        LocalDate firstWholeDay = firstWholeDay(since);
        Instant partialEnd = firstWholeDay.atStartOfDay(ZoneOffset.UTC).toInstant();
        if (since.isBefore(partialEnd)) {
            partialDay(tally, owners, team, Instants.format(since), Instants.format(partialEnd));
        }
        wholeDays(tally, owners, team, firstWholeDay);
        owners.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(OWNERS_SHOWN)
                .forEach(owner -> tally.owner(jdbc.queryOne(OWNER_NAME, rs -> rs.getString(1), owner.getKey(), team)
                        .orElse(owner.getKey()), Math.toIntExact(owner.getValue())));
        return tally.result();
    }

    @Override
    public OutcomeReport outcomes(String team, Instant since) {
        OutcomeTally tally = new OutcomeTally();
        String from = Instants.format(since);
        // one read transaction: SQLite reads all three from one snapshot, and PostgreSQL streams the durations
        jdbc.useTransaction(tx -> {
            tx.each(OUTCOME_GROUPS, FETCH_SIZE, rs -> {
                String currency = rs.getString(6);
                if (currency == null) {
                    // a case written around the store without its order value: nothing to add up
                    return null;
                }
                tally.add(new OutcomeTally.Row(key(rs), code(CaseState.class, rs.getString(4)),
                        Optional.ofNullable(rs.getString(5)).map(o -> code(Outcome.class, o)),
                        Currency.getInstance(currency), Math.toIntExact(rs.getLong(7)), decimal(rs, 8),
                        decimal(rs, 9), Math.toIntExact(rs.getLong(10)), Math.toIntExact(rs.getLong(11)),
                        Math.toIntExact(rs.getLong(12)), Math.toIntExact(rs.getLong(13))));
                return null;
            }, team, from);
            tx.each(TO_FIRST_OFFER, FETCH_SIZE, rs -> tally.firstOffer(key(rs), rs.getLong(4)), team, from);
            tx.each(TO_CLOSE, FETCH_SIZE, rs -> tally.closed(key(rs), rs.getLong(4)), team, from);
        });
        return tally.result(owner -> jdbc.queryOne(OWNER_NAME, rs -> rs.getString(1), owner, team).orElse(owner),
                OWNERS_SHOWN);
    }

    private static OutcomeTally.Key key(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new OutcomeTally.Key(rs.getString(1), code(Reason.class, rs.getString(2)),
                Optional.ofNullable(rs.getString(3)));
    }

    private static BigDecimal decimal(java.sql.ResultSet rs, int column) throws java.sql.SQLException {
        BigDecimal value = rs.getBigDecimal(column);
        return value == null ? BigDecimal.ZERO : value;
    }

    /** The first UTC day that lies wholly in the period. */
    private static LocalDate firstWholeDay(Instant since) {
        LocalDate day = LocalDate.ofInstant(since, ZoneOffset.UTC);
        return day.atStartOfDay(ZoneOffset.UTC).toInstant().equals(since) ? day : day.plusDays(1);
    }

    /** Cases opened from {@code from} to the next UTC midnight, grouped from the case indexes. */
    private void partialDay(StatsTally tally, Map<String, Long> owners, String team, String from, String until) {
        jdbc.query(GROUPS, rs -> {
            int cases = Math.toIntExact(rs.getLong(6));
            Optional<Outcome> outcome = Optional.ofNullable(rs.getString(2)).map(o -> code(Outcome.class, o));
            tally.add(code(CaseState.class, rs.getString(1)), outcome, code(Reason.class, rs.getString(3)),
                    rs.getString(4), cases);
            String currency = rs.getString(5);
            BigDecimal minor = rs.getBigDecimal(7);
            if (currency != null && minor != null) {
                tally.settled(outcome, money(currency, minor));
            }
            return null;
        }, team, from, until);
        jdbc.query(OWNERS, rs -> owners.merge(rs.getString(1), rs.getLong(2), Long::sum), team, from, until);
    }

    /** Whole days from {@code first} on, added up from the per-day counts. */
    private void wholeDays(StatsTally tally, Map<String, Long> owners, String team, LocalDate first) {
        jdbc.query(CaseDayCounts.SUM_DAYS, rs -> {
            String value = rs.getString(2);
            int cases = Math.toIntExact(rs.getLong(3));
            switch (rs.getString(1)) {
                case CaseDayCounts.STATE -> tally.inState(code(CaseState.class, value), cases);
                case CaseDayCounts.OUTCOME -> tally.endedWith(code(Outcome.class, value), cases);
                case CaseDayCounts.REASON -> tally.forReason(code(Reason.class, value), cases);
                case CaseDayCounts.MARKETPLACE -> tally.onMarketplace(value, cases);
                case CaseDayCounts.OWNER -> owners.merge(value, (long) cases, Long::sum);
                case CaseDayCounts.REFUNDED -> tally.refunded(money(value, rs.getBigDecimal(4)));
                case CaseDayCounts.RESHIP_COST -> tally.settled(Optional.of(Outcome.RESHIPPED),
                        money(value, rs.getBigDecimal(4)));
                default -> throw new IllegalStateException("stored count facet '" + rs.getString(1) + "' is unknown");
            }
            return null;
        }, team, first.toString());
    }

    /** A sum kept in minor units, in its currency. */
    private static Money money(String currency, BigDecimal minor) {
        Currency c = Currency.getInstance(currency);
        return new Money(minor.movePointLeft(Math.max(c.getDefaultFractionDigits(), 0)), c);
    }

    private static <E extends Enum<E> & Coded> E code(Class<E> type, String code) {
        return Coded.parse(type, code).orElseThrow(() ->
                new IllegalStateException("stored " + type.getSimpleName() + " code '" + code + "' is unknown"));
    }
}
