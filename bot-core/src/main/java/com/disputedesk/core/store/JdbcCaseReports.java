package com.disputedesk.core.store;

import com.disputedesk.core.cases.CaseReports;
import com.disputedesk.core.cases.CaseReports.MissedDeadline;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The period's cases for reports: one pass over the cases opened in the period (index {@code dispute_case_figures}
 * on team and opening time) and one over those closed in it but opened before ({@code dispute_case_closed_at}),
 * each row handed on as it is read.
 */
final class JdbcCaseReports implements CaseReports {
    static final String OPENED = "SELECT " + JdbcCaseStore.COLUMNS + ", closed_at, first_offer_at,"
            + " missed_offer, missed_close FROM dispute_case WHERE team = ? AND opened_at >= ? ORDER BY number";
    static final String CLOSED_EARLIER_OPENED = "SELECT " + JdbcCaseStore.COLUMNS + ", closed_at,"
            + " first_offer_at, missed_offer, missed_close FROM dispute_case WHERE team = ? AND state = 'closed'"
            + " AND closed_at >= ? AND opened_at < ? ORDER BY number";

    private final Jdbc jdbc;

    JdbcCaseReports(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void eachSince(String team, Instant since, Consumer<ReportedCase> each) {
        String from = Instants.format(since);
        Jdbc.RowMapper<Void> handOn = rs -> {
            String closedAt = rs.getString("closed_at");
            String firstOfferAt = rs.getString("first_offer_at");
            Optional<MissedDeadline> missed = rs.getInt("missed_offer") == 1
                    ? Optional.of(MissedDeadline.BEFORE_FIRST_OFFER)
                    : rs.getInt("missed_close") == 1 ? Optional.of(MissedDeadline.BEFORE_CLOSE) : Optional.empty();
            each.accept(new ReportedCase(JdbcCaseStore.read(rs), Optional.ofNullable(closedAt).map(Instants::parse),
                    Optional.ofNullable(firstOfferAt).map(Instants::parse), missed));
            return null;
        };
        jdbc.query(CLOSED_EARLIER_OPENED, handOn, team, from, from);
        jdbc.query(OPENED, handOn, team, from);
    }
}
