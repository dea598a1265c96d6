package com.disputedesk.core.store;

import com.disputedesk.core.cases.BuyerRequest;
import com.disputedesk.core.cases.CaseFacts;
import com.disputedesk.core.cases.CaseState;
import com.disputedesk.core.cases.Outcome;
import com.disputedesk.core.cases.Reason;
import com.disputedesk.core.cases.RequestKind;
import com.disputedesk.core.kernel.Money;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Realistic case rows written straight into the tables with batched SQL (a million through the case service would
 * take hours): several states, outcomes, reasons, marketplaces, owners and currencies, a timeline and evidence rows
 * per case. Each row is a pure function of its team and index, so tests recompute what they expect from
 * {@link #row}.
 */
final class GeneratedCases {
    static final Instant START = Instant.parse("2025-01-01T00:00:00Z");
    /** One case every this long, so a million cases span about two years. */
    static final Duration SPACING = Duration.ofMinutes(1);
    static final List<String> MARKETPLACES = List.of("aliexpress", "temu", "amazon", "ebay");
    static final List<String> OWNERS = List.of("Alice", "Bob", "Chen", "Dana", "Emil");
    static final List<String> BUYERS = List.of("Rosa Diaz", "Li Wei", "Ana Souza", "Tom Becker", "Yuki Sato",
            "Omar Haddad", "Eva Novak");
    private static final int BATCH = 1_000;

    private GeneratedCases() {
    }

    /** What one generated case is. */
    record Row(String team, int number, String orderId, String buyer, String marketplace, Reason reason,
               CaseState state, Optional<Outcome> outcome, Optional<Money> refunded, Optional<String> owner,
               Instant openedAt, Optional<Instant> closedAt, Instant due) {

        /** Cases past the open state had their first offer 1 to 48 hours after opening. */
        Optional<Instant> firstOfferAt() {
            return state == CaseState.OPEN ? Optional.empty()
                    : Optional.of(openedAt.plus(Duration.ofHours(1 + number % 48)));
        }
    }

    /** The {@code i}-th case (0-based) of {@code team}. */
    static Row row(String team, int i) {
        int number = i + 1;
        Instant opened = START.plus(SPACING.multipliedBy(i));
        CaseState state = i % 10 < 5 ? CaseState.OPEN : i % 10 < 7 ? CaseState.AWAITING_BUYER : CaseState.CLOSED;
        Optional<Outcome> outcome = state == CaseState.CLOSED
                ? Optional.of(Outcome.values()[(i / 10) % Outcome.values().length]) : Optional.empty();
        Optional<Money> refunded = outcome.filter(o -> o == Outcome.PARTIAL_REFUND || o == Outcome.FULL_REFUND)
                .map(o -> i % 3 == 0 ? Money.of((i % 5000) + "", "JPY") : Money.of((i % 97) + "." + (i % 100 < 10
                        ? "0" + i % 100 : i % 100), i % 2 == 0 ? "USD" : "EUR"));
        Optional<String> owner = i % 6 == 0 ? Optional.empty() : Optional.of(OWNERS.get(i % OWNERS.size()));
        String marketplace = MARKETPLACES.get(i % MARKETPLACES.size());
        String orderId = (marketplace.equals("temu") ? "PO-" : "81") + String.format("%014d", 7_919L * i + 13);
        return new Row(team, number, orderId, BUYERS.get(i % BUYERS.size()) + " " + (i % 1000), marketplace,
                Reason.values()[i % Reason.values().length], state, outcome, refunded, owner, opened,
                state == CaseState.CLOSED ? Optional.of(opened.plus(Duration.ofDays(3))) : Optional.empty(),
                opened.plus(Duration.ofDays(7 + i % 9)));
    }

    /**
     * Writes {@code cases} cases of {@code team} (numbers 1 to cases), each with {@code timeline} timeline entries
     * and {@code evidence} evidence rows; ids start at {@code firstId}. Moves the counters past them, so cases
     * opened afterwards through the store take the next id and number.
     */
    static void fill(Jdbc jdbc, String team, int cases, long firstId, int timeline, int evidence) {
        insert(jdbc, team, cases, firstId, timeline, evidence);
        // written around the case store, so /stats' per-day counts are made the way the V8 backfill makes them
        jdbc.useTransaction(tx -> CaseDayCounts.recountTeam(tx, team));
    }

    /** {@link #fill} without counting the cases for /stats: a database from before the per-day counts. */
    static void insert(Jdbc jdbc, String team, int cases, long firstId, int timeline, int evidence) {
        for (int from = 0; from < cases; from += BATCH * 10) {
            int to = Math.min(cases, from + BATCH * 10);
            int start = from;
            jdbc.useTransaction(tx -> {
                try {
                    insert(tx, team, start, to, firstId, timeline, evidence);
                } catch (SQLException e) {
                    throw new StoreException("generating cases failed: " + e.getMessage(), e);
                }
            });
        }
        jdbc.useTransaction(tx -> {
            counter(tx, "case-number:" + team, cases);
            counter(tx, "case", firstId + cases - 1);
        });
    }

    private static void counter(Jdbc.Tx tx, String name, long atLeast) {
        tx.update("INSERT INTO counter (name, last_value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE"
                + " SET last_value = CASE WHEN counter.last_value > ? THEN counter.last_value ELSE ? END",
                name, atLeast, atLeast, atLeast);
    }

    private static void insert(Jdbc.Tx tx, String team, int from, int to, long firstId, int timeline, int evidence)
            throws SQLException {
        // a database from before the outcome columns (V30) gets the rows it can hold
        boolean outcomes = hasOutcomeColumns(tx);
        try (PreparedStatement c = tx.connection().prepareStatement("INSERT INTO dispute_case (id, team, number,"
                + " order_id, marketplace, state, owner_key, owner_name, home_platform, home_chat, home_thread,"
                + " opened_at, outcome, refunded_amount, refunded_currency, facts, version, timeline_seq, reason,"
                + " refunded_minor, closed_at, due_at, order_key, buyer_key"
                + (outcomes ? ", order_currency, order_minor, first_offer_at, first_offer_secs, missed_offer,"
                + " close_secs, missed_close" : "")
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?"
                + (outcomes ? ", ?, ?, ?, ?, ?, ?, ?" : "") + ")");
             PreparedStatement t = tx.connection().prepareStatement(
                     "INSERT INTO case_timeline (case_id, seq, at, actor, kind, text) VALUES (?, ?, ?, ?, ?, ?)");
             PreparedStatement e = tx.connection().prepareStatement("INSERT INTO evidence (case_id, file_name,"
                     + " media_type, size_bytes, sha256, path, stored_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = from; i < to; i++) {
                Row r = row(team, i);
                long id = firstId + i;
                Object[] values = {id, team, r.number(), r.orderId(), r.marketplace(), r.state().code(),
                    r.owner().map(o -> "telegram:" + o.toLowerCase()).orElse(null), r.owner().orElse(null),
                    "telegram", "-100" + Math.abs(team.hashCode()), null, Instants.format(r.openedAt()),
                    r.outcome().map(Outcome::code).orElse(null),
                    r.refunded().map(m -> m.amount().toPlainString()).orElse(null),
                    r.refunded().map(m -> m.currency().getCurrencyCode()).orElse(null), FactsJson.write(facts(r)),
                    1L, timeline, r.reason().code(), r.refunded().map(JdbcCaseStore::minor).orElse(null),
                    r.closedAt().map(Instants::format).orElse(null), r.due().toEpochMilli(),
                    SearchKey.of(r.orderId()), SearchKey.of(r.buyer()),
                    facts(r).orderAmount().currency().getCurrencyCode(), JdbcCaseStore.minor(facts(r).orderAmount()),
                    r.firstOfferAt().map(Instants::format).orElse(null),
                    r.firstOfferAt().map(at -> Duration.between(r.openedAt(), at).getSeconds()).orElse(null),
                    r.firstOfferAt().map(at -> r.due().isBefore(at) ? 1 : 0).orElse(null),
                    r.closedAt().map(at -> Duration.between(r.openedAt(), at).getSeconds()).orElse(null),
                    r.closedAt().map(at -> r.due().isBefore(at) ? 1 : 0).orElse(null)};
                int columns = outcomes ? values.length : values.length - 7;
                for (int p = 0; p < columns; p++) {
                    if (values[p] == null) {
                        c.setNull(p + 1, Types.NULL);
                    } else {
                        c.setObject(p + 1, values[p]);
                    }
                }
                c.addBatch();
                for (int s = 1; s <= timeline; s++) {
                    t.setLong(1, id);
                    t.setInt(2, s);
                    t.setString(3, Instants.format(r.openedAt().plus(Duration.ofMinutes(s))));
                    t.setString(4, "telegram:" + s + " Member " + s);
                    t.setString(5, s == 1 ? "created" : "note");
                    t.setString(6, "step " + s + " of case " + r.number() + ": asked the buyer for photos");
                    t.addBatch();
                }
                for (int f = 1; f <= evidence; f++) {
                    e.setLong(1, id);
                    e.setString(2, "photo-" + f + ".jpg");
                    e.setString(3, "image/jpeg");
                    e.setLong(4, 120_000L + f);
                    e.setString(5, String.format("%064x", id * 31 + f));
                    e.setString(6, id + "/photo-" + f + ".jpg");
                    e.setString(7, Instants.format(r.openedAt().plus(Duration.ofHours(f))));
                    e.addBatch();
                }
                if ((i - from + 1) % BATCH == 0 || i == to - 1) {
                    c.executeBatch();
                    t.executeBatch();
                    e.executeBatch();
                }
            }
        }
    }

    private static boolean hasOutcomeColumns(Jdbc.Tx tx) throws SQLException {
        try (PreparedStatement ps = tx.connection().prepareStatement("SELECT * FROM dispute_case WHERE 1 = 0");
             java.sql.ResultSet rs = ps.executeQuery()) {
            java.sql.ResultSetMetaData meta = rs.getMetaData();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                if (meta.getColumnName(i).equalsIgnoreCase("order_currency")) {
                    return true;
                }
            }
            return false;
        }
    }

    static CaseFacts facts(Row r) {
        return new CaseFacts(r.marketplace(), r.orderId(), r.buyer(), "en", r.reason(),
                BuyerRequest.of(RequestKind.FULL_REFUND), Money.of("40.00", "USD"), Optional.empty(),
                Optional.empty(), Optional.empty(), Set.of(), LocalDate.ofInstant(r.openedAt(), ZoneOffset.UTC));
    }
}
