package com.disputedesk.core.store;

import com.disputedesk.core.cases.CaseState;
import com.disputedesk.core.cases.DisputeCase;
import com.disputedesk.core.cases.TimelineEntry;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The columns /stats reads its outcome figures from (V30), worked out inside a case update's own transaction: the
 * order value, when the first offer went out and how long after the opening, how long the case took to close, and
 * whether the running deadline ({@code due_at}, as recorded before the change) had passed by then. A deadline
 * the remedy engine could not tell never counts as missed.
 */
final class CaseTimes {
    /** The stored columns a change is worked out from, in this order. */
    static final String COLUMNS = "state, opened_at, first_offer_at, first_offer_secs, missed_offer, due_at,"
            + " close_secs, missed_close";
    static final String WRITE = "UPDATE dispute_case SET order_currency = ?, order_minor = ?, first_offer_at = ?,"
            + " first_offer_secs = ?, missed_offer = ?, close_secs = ?, missed_close = ? WHERE id = ?";

    private CaseTimes() {
    }

    /** What the row held before the change. */
    record Stored(String state, Instant openedAt, Optional<String> firstOfferAt, Optional<Long> firstOfferSecs,
                  Optional<Integer> missedOffer, Optional<Long> due, Optional<Long> closeSecs,
                  Optional<Integer> missedClose) {

        /** Reads {@link #COLUMNS} from the current row. */
        static Stored read(ResultSet rs) throws SQLException {
            return new Stored(rs.getString(1), Instants.parse(rs.getString(2)), Optional.ofNullable(rs.getString(3)),
                    longOf(rs, 4), longOf(rs, 5).map(Long::intValue), longOf(rs, 6), longOf(rs, 7),
                    longOf(rs, 8).map(Long::intValue));
        }

        private static Optional<Long> longOf(ResultSet rs, int column) throws SQLException {
            long value = rs.getLong(column);
            return rs.wasNull() ? Optional.empty() : Optional.of(value);
        }

        /** Whether the recorded deadline had passed at {@code at}: 1 or 0. */
        int missedAt(Instant at) {
            return due.filter(d -> d != JdbcCaseQueries.NO_DEADLINE && d < at.toEpochMilli()).isPresent() ? 1 : 0;
        }

        long secondsTo(Instant at) {
            return Duration.between(openedAt, at).getSeconds();
        }
    }

    /** Writes the columns of {@code u} after the change {@code entry}, from what the row held before it. */
    static void changed(Jdbc.Tx tx, Stored before, DisputeCase u, TimelineEntry entry) {
        Optional<String> firstOfferAt = before.firstOfferAt();
        Optional<Long> firstOfferSecs = before.firstOfferSecs();
        Optional<Integer> missedOffer = before.missedOffer();
        if (firstOfferAt.isEmpty() && entry.kind() == TimelineEntry.Kind.OFFER_SENT) {
            firstOfferAt = Optional.of(Instants.format(entry.at()));
            firstOfferSecs = Optional.of(before.secondsTo(entry.at()));
            missedOffer = Optional.of(before.missedAt(entry.at()));
        }
        Optional<Long> closeSecs = Optional.empty();
        Optional<Integer> missedClose = Optional.empty();
        if (u.state() == CaseState.CLOSED) {
            boolean wasClosed = before.state().equals(CaseState.CLOSED.code());
            closeSecs = wasClosed ? before.closeSecs() : Optional.of(before.secondsTo(entry.at()));
            missedClose = wasClosed ? before.missedClose() : Optional.of(before.missedAt(entry.at()));
        }
        tx.update(WRITE, u.facts().orderAmount().currency().getCurrencyCode(),
                JdbcCaseStore.minor(u.facts().orderAmount()), firstOfferAt, firstOfferSecs, missedOffer, closeSecs,
                missedClose, u.id());
    }
}
